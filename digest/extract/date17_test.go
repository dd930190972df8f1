package extract_test

import (
	"strings"
	"testing"

	"github.com/whosaid/whosaid/digest/extract"
)

// TestDateObjectCues: a verb that takes its object before what it says
// ("accused the council of ...", "urged residents to ...", "called the
// plan “a failure”") has its date phrase after the object, before the
// complement ("accused the council on Sunday of hiding ..."), or, for a
// call, after the name it gives; that phrase dates the saying, though it
// stands inside the content. Publication is Monday 7 December 2026.
func TestDateObjectCues(t *testing.T) {
	const pub = "2026-12-07"
	runStatements(t, []statementCase{
		{name: "accused with the date before of", pub: pub,
			text: "The mayor accused the council on Sunday of hiding the figures.",
			want: []want{{content: "hiding the figures", saidOn: "2026-12-06"}}},
		{name: "urged with the date before to", pub: pub,
			text: "Union leaders urged workers on Saturday to reject the offer.",
			want: []want{{content: "reject the offer", saidOn: "2026-12-05"}}},
		{name: "asked with the date before to", pub: pub,
			text: "The mayor asked residents on Saturday to stay home.",
			want: []want{{content: "stay home", saidOn: "2026-12-05"}}},
		{name: "a call with the date after the name", pub: pub,
			text: "The mayor called the plan \"a failure\" on Thursday.",
			want: []want{{content: "a failure", saidOn: "2026-12-03"}}},
		{name: "a call with the saying's vehicle after the name", pub: pub,
			text: "Opposition leader Karen Holt called the budget \"a fraud\" in remarks Thursday.",
			want: []want{{content: "a fraud", saidOn: "2026-12-03"}}},
		{name: "a name given with as, the date closing it", pub: pub,
			text: "The governor described the ruling as \"a disaster\" on Friday.",
			want: []want{{content: "a disaster", saidOn: "2026-12-04"}}},
		{name: "a name given with as, the date before it", pub: pub,
			text: "The governor described the ruling on Friday as \"a disaster.\"",
			want: []want{{content: "a disaster", saidOn: "2026-12-04"}}},
		// guards: a date that belongs to the object or to what was asked
		{name: "an infinitive's own date stays undated", pub: pub,
			text: "The mayor urged residents to stay home on Saturday.",
			want: []want{{content: "stay home", saidOn: "2026-12-07"}}},
		{name: "a gerund's own date stays undated", pub: pub,
			text: "The mayor accused the council of hiding the figures on Sunday.",
			want: []want{{content: "hiding the figures", saidOn: "2026-12-07"}}},
		{name: "a clause's date is what was said", pub: pub,
			text: "The mayor said the council on Sunday voted to close the library.",
			want: []want{{content: "voted to close", saidOn: "2026-12-07"}}},
	})
}

// TestAudienceBeforeVehicle: the one told ends before the saying's
// vehicle ("told The Times in an interview published Sunday that"): the
// vehicle is how the telling was done and its date when, and a line
// "to The Times in an interview published" reads as no sentence.
func TestAudienceBeforeVehicle(t *testing.T) {
	const pub = "2026-12-01"
	runStatements(t, []statementCase{
		{name: "an interview made public", pub: pub,
			text: "The ambassador told The Times in an interview published Sunday that he had been naive.",
			want: []want{{content: "he had been naive", audience: "The Times", saidOn: "2026-11-29"}}},
		{name: "an interview with an adjective", pub: pub,
			text: "The ambassador told the BBC in a radio interview broadcast on Sunday that he had been naive.",
			want: []want{{content: "he had been naive", audience: "the BBC", saidOn: "2026-11-29"}}},
		{name: "an interview without a date", pub: pub,
			text: "The actress told the magazine in an interview that she had been harassed.",
			want: []want{{content: "she had been harassed", audience: "the magazine"}}},
		// guards: a place or a group stays with the one told
		{name: "a place", pub: pub,
			text: "The ambassador told a reporter in New York that he had been naive.",
			want: []want{{content: "he had been naive", audience: "a reporter in New York"}}},
		{name: "a room", pub: pub,
			text: "The ambassador told the people in the room that he had been naive.",
			want: []want{{content: "he had been naive", audience: "the people in the room"}}},
	})
}

// TestDaysFromAfterCue: a count of days from the story's day right after
// the cue ("said two days later that") is when, not what: it stays out of
// the content and counts from the day the story has reached, as it does
// opening the sentence. Publication is Wednesday 9 December 2026.
func TestDaysFromAfterCue(t *testing.T) {
	const pub = "2026-12-09"
	runStatements(t, []statementCase{
		{name: "days later after the cue", pub: pub,
			text: "The prime minister said on Friday that she would resign. Her finance minister said two days later that the budget would be delayed.",
			want: []want{{content: "the budget would be delayed", saidOn: "2026-12-06"}}, none: []string{"later"}},
		{name: "days earlier after the cue", pub: pub,
			text: "The prime minister said on Friday that she would resign. Her finance minister said three days earlier that the budget would be delayed.",
			want: []want{{content: "the budget would be delayed", saidOn: "2026-12-01"}}, none: []string{"earlier"}},
	})
}

// TestNamedDayIsNoSpeaker: a named day after a preposition of time ("on
// New Year's Day", "on Christmas Day", "since Election Day") is no name a
// pronoun may take: "She told the BBC" after it spoke as "New Year".
func TestNamedDayIsNoSpeaker(t *testing.T) {
	for _, day := range []string{"New Year's Day", "Christmas Day", "Election Day", "Easter Sunday"} {
		text := "The health secretary defended the reforms in a speech on " + day + ". She told the BBC on Dec. 31 that the hospitals were coping."
		for _, s := range extract.Statements(clipping(text, "2027-01-02", false)) {
			if strings.Contains(day, strings.TrimSuffix(s.Speaker, "'s")) {
				t.Errorf("%s: speaker %q", day, s.Speaker)
			}
		}
	}
	runStatements(t, []statementCase{
		{name: "a surname Day stays a name", text: "Doris Day said the film was her favourite.",
			want: []want{{speaker: "Doris Day", content: "the film was her favourite"}}},
		{name: "a named person before the day", pub: "2027-01-02",
			text: "Health Secretary Jane Fox defended the reforms in a speech on New Year's Day. She told the BBC on Dec. 31 that the hospitals were coping.",
			want: []want{{speaker: "Jane Fox", content: "the hospitals were coping", saidOn: "2026-12-31"}}},
	})
}

// TestParticipleAfterRelative: a participle cue after a relative clause
// goes on with the main clause, whose date before the relative is its
// own ("Trump on Saturday attacked the judge who blocked his order,
// calling him ..."); a verb inside the relative still keeps the main
// clause's date out ("Hart on Monday met the mayor, who said").
// Publication is Sunday 6 December 2026.
func TestParticipleAfterRelative(t *testing.T) {
	const pub = "2026-12-06"
	runStatements(t, []statementCase{
		{name: "calling after a relative", pub: pub,
			text: "President Trump on Saturday attacked the judge who blocked his order, calling him \"a disgrace.\"",
			want: []want{{speaker: "Trump", content: "a disgrace", saidOn: "2026-12-05"}}},
		{name: "saying after a relative", pub: pub,
			text: "The governor on Friday criticized lawmakers who rejected the budget, saying they had failed the state.",
			want: []want{{content: "they had failed the state", saidOn: "2026-12-04"}}},
		{name: "the relative's own verb", pub: pub,
			text: "Bob Hart on Monday met the mayor, who said the plan was dead.",
			want: []want{{content: "the plan was dead", saidOn: "2026-12-06"}}},
	})
}

// TestEmailVehicle: an email is a vehicle of a saying as a letter is: its
// date dates the saying ("in a June email"), and the one told ends before
// it ("told supporters in an email that"). Publication is Monday 7
// December 2026.
func TestEmailVehicle(t *testing.T) {
	const pub = "2026-12-07"
	runStatements(t, []statementCase{
		{name: "a month's email", pub: pub,
			text: "Lee said in a June email that it was time to go.",
			want: []want{{content: "it was time to go", saidOn: "2026-06"}}},
		{name: "told in an email", pub: pub,
			text: "Sen. Lisa Park told supporters in an email that it was time for a new generation.",
			want: []want{{content: "it was time for a new generation", audience: "supporters"}}},
	})
}

// TestEventAfterTimePhrase: the event a time phrase counts from ("on the
// eve of the vote", "the day after the vote") is part of the attribution,
// not a clause of what was said: a statement whose cue closes the
// sentence with it was lost, and one with "that" after it began its
// content at the event. Publication is Monday 7 December 2026.
func TestEventAfterTimePhrase(t *testing.T) {
	const pub = "2026-12-07"
	runStatements(t, []statementCase{
		{name: "the eve of an event after a closing cue", pub: pub,
			text: "Talks failed, the mayor said on the eve of the vote.",
			want: []want{{content: "Talks failed", saidOn: "-"}}},
		{name: "the day after an event after a closing cue", pub: pub,
			text: "Talks failed, the mayor said the day after the vote.",
			want: []want{{content: "Talks failed", saidOn: "-"}}},
		{name: "the eve of an event before that", pub: pub,
			text: "The mayor said on the eve of the vote that talks had failed.",
			want: []want{{content: "talks had failed", saidOn: "-"}}, none: []string{"vote"}},
		{name: "a day after an event before that", pub: pub,
			text: "The mayor said a day after the vote that talks had failed.",
			want: []want{{content: "talks had failed"}}, none: []string{"vote"}},
	})
}

// TestThisWeekUpToPublication: "this week" is the week's days up to
// publication, nothing being said after it: a week running into the next
// month or year, read before the turn, is the month (or year) of its days
// so far.
func TestThisWeekUpToPublication(t *testing.T) {
	runStatements(t, []statementCase{
		{name: "this week before the year's turn", pub: "2026-12-30",
			text: "Retailers said this week that holiday sales had been weak.",
			want: []want{{content: "holiday sales had been weak", saidOn: "2026-12"}}},
		{name: "earlier this week before the month's turn", pub: "2026-09-29",
			text: "The minister said earlier this week that the talks had failed.",
			want: []want{{content: "the talks had failed", saidOn: "2026-09"}}},
		{name: "this week after the year's turn", pub: "2027-01-02",
			text: "Retailers said this week that holiday sales had been weak.",
			want: []want{{content: "holiday sales had been weak", saidOn: "-"}}},
		{name: "last week stays whole", pub: "2026-12-30",
			text: "Retailers said last week that holiday sales had been weak.",
			want: []want{{content: "holiday sales had been weak", saidOn: "2026-12"}}},
	})
}
