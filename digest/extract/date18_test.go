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
