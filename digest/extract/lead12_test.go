package extract_test

import "testing"

// TestAccordingToNotes: after "according to", a verb of speech in -s
// after a modifier is the phrase's head noun ("the explanatory notes of the
// bill"), not the verb of a speaker "explanatory".
func TestAccordingToNotes(t *testing.T) {
	runStatements(t, []statementCase{{
		name: "notes of the bill",
		text: "Data law\n\nThe code would protect sources, according to the explanatory notes of the bill.\n\n" +
			"According to the brief notes of the meeting, the mayor left early.",
		pub: "2026-12-03",
		want: []want{
			{speaker: "explanatory notes of the bill", content: "The code would protect sources"},
			{speaker: "brief notes of the meeting", content: "the mayor left early"},
		},
	}})
}

// TestFewSpeakNot: "Few argue against it" is the writer's judgement that
// hardly anyone does; "a few" are some people, who speak.
func TestFewSpeakNot(t *testing.T) {
	runStatements(t, []statementCase{{
		name: "few and a few",
		text: "Data law\n\nFew argue against the use of such data to catch criminals.\n\n" +
			"A few lawmakers argue that the law goes too far.",
		pub:  "2026-12-03",
		want: []want{{speaker: "lawmakers", content: "the law goes too far"}},
		none: []string{"the use of such data to catch criminals"},
	}})
}
