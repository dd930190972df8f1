package extract_test

import "testing"

// TestCallForKeepsItsDate: "called for" takes what was called for, not a
// name for an object; a date closing it may be the thing's own ("called
// for a vote on Thursday", "called for a strike on Monday"), as after an
// infinitive, so it dates nothing. A call naming its object ("called the
// plan a failure on Thursday") keeps the date. Publication is Monday 7
// December 2026.
func TestCallForKeepsItsDate(t *testing.T) {
	const pub = "2026-12-07"
	runStatements(t, []statementCase{
		{name: "a vote on a day", pub: pub,
			text: "The senator called for a vote on Thursday.",
			want: []want{{content: "a vote on Thursday", saidOn: "2026-12-07"}}},
		{name: "a strike on a day", pub: pub,
			text: "The union called for a general strike on Friday.",
			want: []want{{saidOn: "2026-12-07"}}},
		{name: "called on with an infinitive", pub: pub,
			text: "The senator called on the council to resign on Thursday.",
			want: []want{{saidOn: "2026-12-07"}}},
		{name: "called for in a dated statement", pub: pub,
			text: "The union called for higher wages in a statement on Thursday.",
			want: []want{{saidOn: "2026-12-03"}}},
		{name: "a call naming its object keeps the date", pub: pub,
			text: "The mayor called the plan \"a failure\" on Thursday.",
			want: []want{{content: "a failure", saidOn: "2026-12-03"}}},
	})
}
