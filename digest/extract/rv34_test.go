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

// TestInvertedCompoundSpeaker: two speakers after an inverted cue ("“...,”
// said Kell and Roe") are the speaker as they are before it ("Kell and
// Roe said", bounds18's compound subject); the phrase after "said" ended
// at "and", which no sentence end followed, and the statement was lost.
// "and" that opens a clause of its own after the speaker is no compound.
func TestInvertedCompoundSpeaker(t *testing.T) {
	runStatements(t, []statementCase{
		{name: "two names", pub: "2026-12-01",
			text: "“The deal is close,” said Kell and Roe.",
			want: []want{{speaker: "Kell and Roe", content: "The deal is close"}}},
		{name: "two names and a weekday", pub: "2026-12-01",
			text: "“Nothing is agreed,” said Ann Kell and John Roe on Friday.",
			want: []want{{speaker: "Ann Kell and John Roe", content: "Nothing is agreed", saidOn: "2026-11-27"}}},
		{name: "two roles", pub: "2026-12-01",
			text: "“We are hopeful,” said the mayor and her deputy.",
			want: []want{{speaker: "mayor and her deputy", content: "We are hopeful"}}},
		// guard: a verb of saying after the names makes them its subject
		{name: "the names before their own verb", pub: "2026-12-01",
			text: "“We will not back down,” state Senate leader Ann Kell and House Speaker John Roe, both Republicans, said in a statement.",
			want: []want{{speaker: "Ann Kell and John Roe", content: "We will not back down", cue: "said"}}},
	})
}
