package extract_test

import "testing"

// TestSaidAsIrregular: a clause of time after the cue whose verb is an
// irregular past ("as Obama spoke", "as she left", "as the crowd left")
// says when the words were said, not what they were.
func TestSaidAsIrregular(t *testing.T) {
	runStatements(t, []statementCase{
		{
			name: "as with a subject and an irregular past",
			text: "The hearing ended.\n\nNina Ortiz, a reporter at the paper, live tweeted as Governor Tom Aske spoke from the stage.\n\nDan Reed wrote as she left the courtroom.",
			pub:  "2026-03-04",
			none: []string{"spoke from the stage", "she left the courtroom"},
		},
		{
			name: "as with a determiner, a noun and an irregular past",
			text: "The hearing ended.\n\nThe ruling was unfair, Tom Reed said as the crowd left.\n\nThe plan will fail, Dan Ortiz said as the mayor spoke.",
			pub:  "2026-03-04",
			want: []want{
				{speaker: "Tom Reed", content: "The ruling was unfair"},
				{speaker: "Dan Ortiz", content: "The plan will fail"},
			},
			none: []string{"as the crowd left", "as the mayor spoke"},
		},
	})
}
