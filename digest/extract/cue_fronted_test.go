package extract_test

import "testing"

// TestFrontedColon has a verb of speech put before its speaker and a
// colon: the quotation after the colon, or opening the next paragraph, is
// the speaker's, and the verb is the cue, never part of the name.
func TestFrontedColon(t *testing.T) {
	runStatements(t, []statementCase{
		{
			name: "Stated X: ending its paragraph, then Continued X: “...”",
			text: "The council met on Monday.\n\nDr. Ann Lee spoke after the vote.\n\nStated Lee:\n\n“The county is not about fairness anymore. It is about the mayor and his friends.”\n\nContinued Lee: “The solution is simple.”",
			pub:  "2026-03-04",
			want: []want{
				{speaker: "Ann Lee", content: "The county is not about fairness anymore.", cue: "Stated", direct: 1},
				{speaker: "Ann Lee", content: "The solution is simple.", cue: "Continued", direct: 1},
			},
		},
		{
			name: "Added the senator: “...”",
			text: "The council met on Monday.\n\nSen. Tom Gray voted no.\n\nAdded the senator: “We will not wait for the state.”",
			pub:  "2026-03-04",
			want: []want{
				{content: "We will not wait for the state.", cue: "Added", direct: 1},
			},
		},
		{
			name: "a name after a capitalised past form is no fronted verb",
			text: "Airlines react.\n\nUnited Airlines: “We are reviewing the rule.”",
			pub:  "2026-03-04",
			want: []want{
				{speaker: "United Airlines", content: "We are reviewing the rule.", direct: 1},
			},
		},
	})
}
