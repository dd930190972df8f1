package extract_test

import "testing"

// TestWeekdayWithItsDate: a weekday written with its date ("on Wednesday
// 2 December", "Wednesday, Dec. 2,") is that date, though the weekday
// alone would count back to the latest such day; "Tuesday last week" is
// the Tuesday of the week before publication's, not the latest Tuesday.
// Publication is Thursday 10 December 2026.
func TestWeekdayWithItsDate(t *testing.T) {
	const pub = "2026-12-10"
	runStatements(t, []statementCase{
		{name: "weekday then day first after the cue", pub: pub,
			text: "The mayor said on Wednesday 2 December that the budget was balanced.",
			none: []string{"December"},
			want: []want{{content: "the budget was balanced", saidOn: "2026-12-02"}}},
		{name: "weekday then day first, fronted", pub: pub,
			text: "On Wednesday 2 December, the mayor said the budget was balanced.",
			want: []want{{content: "the budget was balanced", saidOn: "2026-12-02"}}},
		{name: "weekday, month day, commas", pub: pub,
			text: "The mayor said on Wednesday, December 2, that the budget was balanced.",
			none: []string{"December"},
			want: []want{{content: "the budget was balanced", saidOn: "2026-12-02"}}},
		{name: "weekday, abbreviated month day", pub: pub,
			text: "The mayor said Wednesday, Dec. 2, that the budget was balanced.",
			want: []want{{content: "the budget was balanced", saidOn: "2026-12-02"}}},
		{name: "a weekday of last week, fronted", pub: pub,
			text: "On Tuesday last week, the mayor said the budget was balanced.",
			want: []want{{content: "the budget was balanced", saidOn: "2026-12-01"}}},
		{name: "a weekday of last week after the cue", pub: pub,
			text: "The mayor said on Tuesday last week that the budget was balanced.",
			none: []string{"week"},
			want: []want{{content: "the budget was balanced", saidOn: "2026-12-01"}}},
		// guards: a weekday alone counts back; a weekday of this week stays it
		{name: "a weekday alone", pub: pub,
			text: "On Wednesday, the mayor said the budget was balanced.",
			want: []want{{content: "the budget was balanced", saidOn: "2026-12-09"}}},
		{name: "a weekday of this week", pub: pub,
			text: "The mayor said on Monday this week that the budget was balanced.",
			none: []string{"week"},
			want: []want{{content: "the budget was balanced", saidOn: "2026-12-07"}}},
	})
}

// TestDatePhrasesMore: time phrases the reader had missed, each of which
// left the publication day or stayed in the content: the day the story
// has reached ("the same day", "later that day"), a month or year by its
// middle ("in mid-November"), a part of the current month or year, a
// count back with no number ("years ago", "a fortnight ago"),
// "overnight", the British "at the weekend". Publication is Thursday 10
// December 2026.
func TestDatePhrasesMore(t *testing.T) {
	const pub = "2026-12-10"
	runStatements(t, []statementCase{
		{name: "the same day after the cue", pub: pub,
			text: "Union leader Gail Moss said on Wednesday evening that the talks had collapsed. The employers' federation said the same day that it would seek mediation.",
			none: []string{"same day"},
			want: []want{{content: "it would seek mediation", saidOn: "2026-12-09"}}},
		{name: "that same day, fronted", pub: pub,
			text: "The envoy spoke on Sunday. That same day, the foreign minister told reporters that Japan would stay at the table.",
			want: []want{{content: "Japan would stay at the table", saidOn: "2026-12-06"}}},
		{name: "later that day", pub: pub,
			text: "The mayor spoke on Monday. Later that day, the senator said the vote was rigged.",
			want: []want{{content: "the vote was rigged", saidOn: "2026-12-07"}}},
		{name: "mid-month", pub: pub,
			text: "The mayor said in mid-November that the budget was balanced.",
			want: []want{{content: "the budget was balanced", saidOn: "2026-11"}}},
		{name: "mid-year", pub: pub,
			text: "In mid-2025, the mayor said the budget was balanced.",
			want: []want{{content: "the budget was balanced", saidOn: "2025"}}},
		{name: "the start of the month", pub: pub,
			text: "The mayor said at the start of the month that the budget was balanced.",
			want: []want{{content: "the budget was balanced", saidOn: "2026-12"}}},
		{name: "the first week of a month", pub: pub,
			text: "In the first week of November, the mayor said the budget was balanced.",
			want: []want{{content: "the budget was balanced", saidOn: "2026-11"}}},
		{name: "the end of a month", pub: pub,
			text: "The mayor said at the end of March that the budget was balanced.",
			want: []want{{content: "the budget was balanced", saidOn: "2026-03"}}},
		{name: "a fortnight ago", pub: pub,
			text: "The mayor said a fortnight ago that the budget was balanced.",
			none: []string{"fortnight"},
			want: []want{{content: "the budget was balanced", saidOn: "2026-11"}}},
		{name: "years ago", pub: pub,
			text: "The senator said years ago that the war must end.",
			none: []string{"ago"},
			want: []want{{content: "the war must end", saidOn: "-"}}},
		{name: "a few weeks ago, fronted", pub: pub,
			text: "A few weeks ago, the senator said the war must end.",
			want: []want{{content: "the war must end", saidOn: "-"}}},
		{name: "overnight", pub: pub,
			text: "The senator said overnight that the vote was rigged.",
			none: []string{"overnight"},
			want: []want{{content: "the vote was rigged", saidOn: "2026-12-10"}}},
		{name: "at the weekend", pub: pub,
			text: "At the weekend, the mayor said the budget was balanced.",
			want: []want{{content: "the budget was balanced", saidOn: "-"}}},
		{name: "the same day as an event", pub: pub,
			text: "The mayor spoke on Sunday. On the same day that footage emerged, the senator said the vote was rigged.",
			want: []want{{content: "the vote was rigged", saidOn: "-"}}},
		// guards: a time that is the content's, a count, a noun's modifier
		{name: "the end of a month to come", pub: pub,
			text: "The mayor said the budget would last through the end of March.",
			want: []want{{content: "through the end of March", saidOn: "2026-12-10"}}},
		{name: "a count back stays a count", pub: pub,
			text: "The senator said two weeks ago that the war must end.",
			want: []want{{content: "the war must end", saidOn: "2026-11"}}},
		{name: "an overnight raid", pub: pub,
			text: "Police said an overnight raid had failed.",
			want: []want{{content: "an overnight raid had failed", saidOn: "2026-12-10"}}},
		{name: "a relative's years ago", pub: pub,
			text: "The senator, who retired years ago, said the war must end.",
			want: []want{{content: "the war must end", saidOn: "2026-12-10"}}},
	})
}

// TestDateCueToCome: a cue still to come ("will say on Friday that", "is
// expected to tell MPs on Thursday") reports nothing said yet: a weekday
// after it is a coming day, not last week's, and the statement has no
// date. Publication is Thursday 10 December 2026.
func TestDateCueToCome(t *testing.T) {
	const pub = "2026-12-10"
	runStatements(t, []statementCase{
		{name: "will say on Friday", pub: pub,
			text: "The minister will say on Friday that taxes will fall.",
			want: []want{{content: "taxes will fall", saidOn: "-"}}},
		{name: "will tell with the one told", pub: pub,
			text: "The minister will tell MPs on Thursday that taxes will fall.",
			want: []want{{content: "taxes will fall", saidOn: "-"}}},
		{name: "a quotation before the cue to come", pub: pub,
			text: "\"Taxes will fall,\" the minister will say on Friday.",
			want: []want{{content: "Taxes will fall", saidOn: "-"}}},
		// guard: said, with the future in what was said
		{name: "said, the future inside", pub: pub,
			text: "The minister said on Monday that taxes will fall.",
			want: []want{{content: "taxes will fall", saidOn: "2026-12-07"}}},
	})
}

// TestDateRoundUpDays: a round-up's paragraphs labelled by weekday
// ("Monday: ...", "Wednesday: ...", "Friday: ...") tell the days in
// order, so published on a Monday its "Monday:" is the Monday before the
// Wednesday and Friday that follow, not the day of publication; a run
// told backwards keeps its order too. Publication is Monday 7 December
// 2026.
func TestDateRoundUpDays(t *testing.T) {
	const pub = "2026-12-07"
	runStatements(t, []statementCase{
		{name: "a week told forwards", pub: pub,
			text: "Monday: The health minister, Ana Ruiz, said the winter wards were already full.\n\nWednesday: Opposition leader Tom Baird said the waiting lists were too long.\n\nFriday: Ruiz told a committee that 400 extra beds would open by March.",
			want: []want{{content: "the winter wards were already full", saidOn: "2026-11-30"},
				{content: "the waiting lists were too long", saidOn: "2026-12-02"},
				{content: "400 extra beds would open by March", saidOn: "2026-12-04"}}},
		{name: "a week told backwards", pub: pub,
			text: "Friday: The health minister, Ana Ruiz, said the winter wards were already full.\n\nWednesday: Opposition leader Tom Baird said the waiting lists were too long.\n\nMonday: Ruiz told a committee that 400 extra beds would open by March.",
			want: []want{{content: "the winter wards were already full", saidOn: "2026-12-04"},
				{content: "the waiting lists were too long", saidOn: "2026-12-02"},
				{content: "400 extra beds would open by March", saidOn: "2026-11-30"}}},
		// guard: one label alone is the latest such day
		{name: "a single label", pub: pub,
			text: "Monday: The health minister, Ana Ruiz, said the winter wards were already full.",
			want: []want{{content: "the winter wards were already full", saidOn: "2026-12-07"}}},
	})
}

// TestDateMonthJustBegun: a month named alone ("In January") read in its
// first week is last year's: the days of the week before publication
// are told by weekday, so a look back published on 2 January means last
// January, not the two days of this one. "By June," opening a sentence
// tells some time up to then, no date. Publication is Saturday 2
// January 2027.
func TestDateMonthJustBegun(t *testing.T) {
	const pub = "2027-01-02"
	runStatements(t, []statementCase{
		{name: "the month of publication, in its first days", pub: pub,
			text: "In January, the president promised to cut fuel prices by a third.",
			want: []want{{content: "cut fuel prices", saidOn: "2026-01"}}},
		{name: "by a month, opening", pub: pub,
			text: "By June, his adviser Mark Oduya conceded that the target was out of reach.",
			want: []want{{content: "the target was out of reach", saidOn: "-"}}},
		// guards: a day of the month is that day; a month later in the year is last year's already
		{name: "a day of the month of publication", pub: pub,
			text: "The president said on January 1 that prices would fall.",
			want: []want{{content: "prices would fall", saidOn: "2027-01-01"}}},
		{name: "the month past", pub: pub,
			text: "In December, the president said prices would fall.",
			want: []want{{content: "prices would fall", saidOn: "2026-12"}}},
		{name: "by a month as a deadline", pub: pub,
			text: "The mayor said on Friday that the road would be open by June.",
			want: []want{{content: "the road would be open by June", saidOn: "2027-01-01"}}},
		{name: "the month of publication later in it", pub: "2027-01-20",
			text: "In January, the president promised to cut fuel prices by a third.",
			want: []want{{content: "cut fuel prices", saidOn: "2027-01"}}},
	})
}

// TestWeekdayModifiesNoun: a bare weekday right after a present-tense
// cue and before a lower-case word ("Organisers say Saturday march drew
// 20,000", a headline's "Mayor says Monday vote will go ahead") names the
// day of the thing said about: it opens what was said and dates no
// saying (the present tells no past day). After "said" the weekday still
// dates the saying. Publication is Wednesday 9 December 2026.
func TestWeekdayModifiesNoun(t *testing.T) {
	const pub = "2026-12-09"
	runStatements(t, []statementCase{
		{name: "says, then a weekday before a noun", pub: pub,
			text: "Organisers say Saturday march drew 20,000 people.",
			want: []want{{content: "Saturday march drew 20,000 people", saidOn: "2026-12-09"}}},
		{name: "a headline in title case", pub: pub, headline: true,
			text: "Mayor Says Monday Vote Will Go Ahead\n\nMayor Jim Ward said the vote would go ahead.",
			want: []want{{content: "Monday Vote Will Go Ahead", saidOn: "2026-12-09"}}},
		// guards: a past cue's weekday; a present cue's weekday before "that"
		{name: "said, then a weekday before a noun", pub: pub,
			text: "The mayor said Friday talks were useful.",
			want: []want{{content: "talks were useful", saidOn: "2026-12-04"}}},
		{name: "says, then a weekday before that", pub: pub,
			text: "The mayor says Monday that the vote will go ahead.",
			want: []want{{content: "the vote will go ahead", saidOn: "2026-12-07"}}},
	})
}

// TestDatePartsAndAbbreviations: more time phrases that stayed in the
// content or left the publication day: a weekday abbreviated ("on
// Tues."), a letter dated in figures either way round (no date, as "on
// 3/4"), a part of a day with its date ("on the night of 4 December") or
// an event ("on the night of the vote", "on the first day of the
// summit": no date), "hours after the vote" (no date), "Minutes later"
// (the day the story has reached). Publication is Thursday 10 December
// 2026.
func TestDatePartsAndAbbreviations(t *testing.T) {
	const pub = "2026-12-10"
	runStatements(t, []statementCase{
		{name: "an abbreviated weekday", pub: pub,
			text: "The senator said on Tues. that the vote was rigged.",
			none: []string{"Tues"},
			want: []want{{content: "the vote was rigged", saidOn: "2026-12-08"}}},
		{name: "a letter dated in figures either way round", pub: pub,
			text: "In a letter dated 04/12/2026, the senator said the vote was rigged.",
			want: []want{{content: "the vote was rigged", saidOn: "-"}}},
		{name: "a letter dated in figures, day first", pub: pub,
			text: "In a letter dated 24/11/2026, the senator said the vote was rigged.",
			want: []want{{content: "the vote was rigged", saidOn: "2026-11-24"}}},
		{name: "the night of a date", pub: pub,
			text: "The senator said on the night of 4 December that the vote was rigged.",
			want: []want{{content: "the vote was rigged", saidOn: "2026-12-04"}}},
		{name: "the morning of a weekday and date", pub: pub,
			text: "The senator said on the morning of Friday 4 December that the vote was rigged.",
			none: []string{"Friday"},
			want: []want{{content: "the vote was rigged", saidOn: "2026-12-04"}}},
		{name: "the night of an event", pub: pub,
			text: "The senator said on the night of the vote that it was rigged.",
			none: []string{"night"},
			want: []want{{content: "it was rigged", saidOn: "-"}}},
		{name: "the first day of an event", pub: pub,
			text: "On the first day of the summit, the senator said the vote was rigged.",
			want: []want{{content: "the vote was rigged", saidOn: "-"}}},
		{name: "hours after an event", pub: pub,
			text: "The senator said hours after the vote that it was rigged.",
			none: []string{"hours"},
			want: []want{{content: "it was rigged", saidOn: "-"}}},
		{name: "minutes later", pub: pub,
			text: "The mayor spoke on Monday. Minutes later, the senator said the vote was rigged.",
			want: []want{{content: "the vote was rigged", saidOn: "2026-12-07"}}},
		// guard: a noun's time stays the noun's
		{name: "a debate's evening", pub: pub,
			text: "Clinton proposed a debate on the evening of April 4, her aides said.",
			want: []want{{content: "on the evening of April 4", saidOn: "2026-12-10"}}},
	})
}

// TestDateNamesAndLateOn: a weekday inside a name after "the" ("told
// the Sunday Times") dates nothing and leaves the one told whole; "late
// on Tuesday" is Tuesday; "By autumn," is some time up to then.
func TestDateNamesAndLateOn(t *testing.T) {
	runStatements(t, []statementCase{
		{name: "a paper named by a weekday", pub: "2026-12-09",
			text: "The chancellor told the Sunday Times that she wanted to cut income tax.",
			want: []want{{content: "she wanted to cut income tax", saidOn: "2026-12-09", audience: "the Sunday Times"}}},
		{name: "late on a weekday", pub: "2026-12-09",
			text: "Union leaders said late on Tuesday that a planned strike had been called off.",
			none: []string{"late"},
			want: []want{{content: "a planned strike had been called off", saidOn: "2026-12-08"}}},
		{name: "by a season, opening", pub: "2027-01-04",
			text: "By autumn, her ministers said that cuts were unavoidable.",
			want: []want{{content: "cuts were unavoidable", saidOn: "-"}}},
		// guard: a weekday before a name with no article is a date
		{name: "a weekday before a name", pub: "2026-12-09",
			text: "On Tuesday Mr Smith said the vote was rigged.",
			want: []want{{content: "the vote was rigged", saidOn: "2026-12-08"}}},
	})
}

// TestDateRecently: "said recently", "recently wrote" tell some days
// back, not the day of publication, and give no date, as "previously"
// does; "the recently elected senator" is the senator's election.
func TestDateRecently(t *testing.T) {
	const pub = "2026-12-10"
	runStatements(t, []statementCase{
		{name: "said recently", pub: pub,
			text: "The senator said recently that the vote was rigged.",
			want: []want{{content: "the vote was rigged", saidOn: "-"}}},
		{name: "recently wrote", pub: pub,
			text: "The columnist Ann Hale recently wrote that the vote was rigged.",
			want: []want{{content: "the vote was rigged", saidOn: "-"}}},
		// guard: an adjective's adverb
		{name: "the recently elected senator", pub: pub,
			text: "The recently elected senator said the vote was rigged.",
			want: []want{{content: "the vote was rigged", saidOn: "2026-12-10"}}},
	})
}

// TestDateLabelHeadsEntry: a day label heads its whole entry, so a
// quotation before an inverted cue ("Tuesday: “We will not be rushed,”
// said the minister") is that day's, and the run of labels keeps its
// order; "the day before" a time told only by its month or week has no
// day to count from. Publication is Monday 14 December 2026.
func TestDateLabelHeadsEntry(t *testing.T) {
	const pub = "2026-12-14"
	runStatements(t, []statementCase{
		{name: "a quotation first under a label", pub: pub,
			text: "Tuesday: \"We will not be rushed,\" said the foreign minister, Omar Haddad.\n\nThursday: The central bank's governor, Ines Roth, said rates would stay on hold.",
			want: []want{{content: "We will not be rushed", saidOn: "2026-12-08"},
				{content: "rates would stay on hold", saidOn: "2026-12-10"}}},
		{name: "the day before a month's time", pub: pub,
			text: "The former mayor claimed two weeks ago that the contracts were rigged. The council said the day before that it had found no wrongdoing.",
			want: []want{{content: "it had found no wrongdoing", saidOn: "-"}}},
		// guard: the day before a day told
		{name: "the day before a day", pub: pub,
			text: "The former mayor claimed on Thursday that the contracts were rigged. The council said the day before that it had found no wrongdoing.",
			want: []want{{content: "it had found no wrongdoing", saidOn: "2026-12-09"}}},
	})
}
