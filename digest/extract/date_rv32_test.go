package extract_test

import "testing"

// TestDateYearEdges: a month-day with no year read at the turn of the
// year and on 29 February. The reader allows a day written one day ahead
// of publication (a clipping dated in one time zone, the saying told in
// the next), so "on January 1" read on 31 December is the next day, not
// the 1 January almost a year back; and "29 February" with no year is the
// last leap year's (read on 1 March 2027 it had no date at all).
func TestDateYearEdges(t *testing.T) {
	runStatements(t, []statementCase{
		{name: "the first of January read on the last of December", pub: "2026-12-31",
			text: "The mayor said on January 1 that the budget was balanced.",
			want: []want{{content: "the budget was balanced", saidOn: "2027-01-01"}}},
		{name: "a weekday with the first of January read on the last of December", pub: "2026-12-31",
			text: "The mayor said on Friday 1 January that the budget was balanced.",
			want: []want{{content: "the budget was balanced", saidOn: "2027-01-01"}}},
		{name: "29 February read in a year with none", pub: "2027-03-01",
			text: "The mayor said on 29 February that the budget was balanced.",
			want: []want{{content: "the budget was balanced", saidOn: "2024-02-29"}}},
		{name: "29 February read before it in a year with none", pub: "2027-02-15",
			text: "The mayor said on February 29 that the budget was balanced.",
			want: []want{{content: "the budget was balanced", saidOn: "2024-02-29"}}},
		// guards: 2 January is last year's read on 31 December; 29 February of a leap year
		{name: "the second of January read on the last of December", pub: "2026-12-31",
			text: "The mayor said on January 2 that the budget was balanced.",
			want: []want{{content: "the budget was balanced", saidOn: "2026-01-02"}}},
		{name: "29 February in a leap year", pub: "2028-03-01",
			text: "The mayor said on Tuesday 29 February that the budget was balanced.",
			want: []want{{content: "the budget was balanced", saidOn: "2028-02-29"}}},
		{name: "the last of December read on the first of January", pub: "2027-01-01",
			text: "The mayor said on Thursday, December 31, that the budget was balanced.",
			want: []want{{content: "the budget was balanced", saidOn: "2026-12-31"}}},
	})
}

// TestWeekdayAgainstItsDate: a weekday written with a date it does not
// fall on ("on Wednesday 3 December" when 3 December is a Thursday)
// contradicts itself: one of the two is wrong, and the reader cannot tell
// which, so the phrase dates only what both readings share (the month of
// 3 December and of the Wednesday nearest it). Publication is Thursday 10
// December 2026.
func TestWeekdayAgainstItsDate(t *testing.T) {
	const pub = "2026-12-10"
	runStatements(t, []statementCase{
		{name: "a weekday its date does not fall on", pub: pub,
			text: "The mayor said on Wednesday 3 December that the budget was balanced.",
			none: []string{"December"},
			want: []want{{content: "the budget was balanced", saidOn: "2026-12"}}},
		{name: "a weekday its date does not fall on, across a month", pub: pub,
			text: "On Monday 1 December, the mayor said the budget was balanced.",
			want: []want{{content: "the budget was balanced", saidOn: "2026"}}},
		// guard: a weekday its date falls on is the day
		{name: "a weekday its date falls on", pub: pub,
			text: "The mayor said on Thursday 3 December that the budget was balanced.",
			want: []want{{content: "the budget was balanced", saidOn: "2026-12-03"}}},
	})
}

// TestDateMonthItsFirstDays: a month named alone while publication is in
// its first week is last year's (date18: "In January" read on 2 January),
// but a month named by its first days ("in early January", "at the start
// of January", "in the first week of January") is the very days
// publication is in: this year's. Publication is Tuesday 5 January 2027.
func TestDateMonthItsFirstDays(t *testing.T) {
	const pub = "2027-01-05"
	runStatements(t, []statementCase{
		{name: "early in the month", pub: pub,
			text: "In early January, the mayor said the roads were clear.",
			want: []want{{content: "the roads were clear", saidOn: "2027-01"}}},
		{name: "the first week of the month", pub: pub,
			text: "In the first week of January, the mayor said the roads were clear.",
			want: []want{{content: "the roads were clear", saidOn: "2027-01"}}},
		{name: "the start of the month", pub: pub,
			text: "At the start of January, the mayor said the roads were clear.",
			want: []want{{content: "the roads were clear", saidOn: "2027-01"}}},
		// guards: the month alone, its middle and its end are last year's
		{name: "the month alone", pub: pub,
			text: "In January, the mayor said the roads were clear.",
			want: []want{{content: "the roads were clear", saidOn: "2026-01"}}},
		{name: "late in the month", pub: pub,
			text: "In late January, the mayor said the roads were clear.",
			want: []want{{content: "the roads were clear", saidOn: "2026-01"}}},
		{name: "the end of the month", pub: pub,
			text: "At the end of January, the mayor said the roads were clear.",
			want: []want{{content: "the roads were clear", saidOn: "2026-01"}}},
	})
}

// TestWeekdayInAName: a weekday after an article and before a capitalised
// word is a name's ("The Sunday Times said", "the Monday Club"), as
// date18 reads it for the date; the speaker had lost it ("Times").
func TestWeekdayInAName(t *testing.T) {
	const pub = "2026-12-10"
	runStatements(t, []statementCase{
		{name: "a paper named by a weekday", pub: pub,
			text: "The Sunday Times said the wards were full.",
			want: []want{{speaker: "Sunday Times", content: "the wards were full", saidOn: "2026-12-10"}}},
		{name: "a club named by a weekday", pub: pub,
			text: "Mr Hale said the Monday Club had voted to stay.",
			want: []want{{speaker: "Hale", content: "the Monday Club had voted to stay"}}},
		// guard: a weekday opening the sentence is the date's
		{name: "a weekday before a name", pub: pub,
			text: "Sunday Mr Hale said the wards were full.",
			want: []want{{speaker: "Hale", content: "the wards were full", saidOn: "2026-12-06"}}},
	})
}
