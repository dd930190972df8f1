package extract_test

import "testing"

// TestExpressingVerbBeforeNounCue: "X expressed hope that ..." is X's
// statement; the past verb before the noun is no part of the speaker
// ("Kim expressed", whose line read "Kim expressed hoped the talks would
// resume").
func TestExpressingVerbBeforeNounCue(t *testing.T) {
	runStatements(t, []statementCase{
		{name: "expressed hope", text: "Ann Kim expressed hope that the talks would resume.",
			want: []want{{speaker: "Ann Kim", content: "the talks would resume"}}},
		{name: "voiced fear", text: "Lee Park voiced fear that the talks would fail.",
			want: []want{{speaker: "Lee Park", content: "the talks would fail"}}},
		{name: "a role expressing hope", text: "The mayor expressed hope that the talks would resume.",
			want: []want{{speaker: "mayor", content: "the talks would resume"}}},
		// guard: a participle after the subject, then the verb
		{name: "a reduced relative", text: "Voters surveyed believe that the talks will fail.",
			want: []want{{speaker: "Voters", content: "the talks will fail"}}},
	})
}
