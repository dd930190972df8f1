package extract_test

import "testing"

// TestThisWeekOnItsMonday: "this week" read on the week's Monday has one
// day so far, the day of publication: it is that day, not its month.
func TestThisWeekOnItsMonday(t *testing.T) {
	runStatements(t, []statementCase{
		{name: "this week on a Monday", pub: "2026-12-07",
			text: "Retailers said this week that holiday sales had been weak.",
			want: []want{{content: "holiday sales had been weak", saidOn: "2026-12-07"}}},
		{name: "this week on a Tuesday stays the month", pub: "2026-12-08",
			text: "Retailers said this week that holiday sales had been weak.",
			want: []want{{content: "holiday sales had been weak", saidOn: "2026-12"}}},
	})
}
