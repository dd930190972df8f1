package extract_test

import "testing"

// TestSaidAsIrregular: a clause of time after the cue whose verb is an
// irregular past ("as Obama spoke", "as she left") says when the words
// were said, not what they were.
func TestSaidAsIrregular(t *testing.T) {
	runStatements(t, []statementCase{
		{
			name: "as with a subject and an irregular past",
			text: "The hearing ended.\n\nNina Ortiz, a reporter at the paper, live tweeted as Governor Tom Aske spoke from the stage.\n\nDan Reed wrote as she left the courtroom.",
			pub:  "2026-03-04",
			none: []string{"spoke from the stage", "she left the courtroom"},
		},
	})
}
