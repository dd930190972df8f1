package extract_test

import "testing"

// TestAskedForDatedAfter: the thing asked for ends at a date (asked_for.go
// askedForThing, as a cue's noun-phrase object does), and that date dates
// the asking as it does a statement's object ("told friends as much on
// Friday"): "asked for patience on Monday" was asked on Monday, not on the
// day of publication. A date inside a clause of its own after the thing
// stays that clause's.
func TestAskedForDatedAfter(t *testing.T) {
	runStatements(t, []statementCase{
		{name: "on a weekday after the thing", pub: "2026-12-01",
			text: "Hale asked for patience on Monday.",
			want: []want{{content: "patience", saidOn: "2026-11-30"}}},
		{name: "a weekday alone after the thing", pub: "2026-12-01",
			text: "The families asked for an inquiry Monday.",
			want: []want{{content: "an inquiry", saidOn: "2026-11-30"}}},
		{name: "a date before the thing still dates it", pub: "2026-12-01",
			text: "On Monday, Hale asked for patience.",
			want: []want{{content: "patience", saidOn: "2026-11-30"}}},
	})
}
