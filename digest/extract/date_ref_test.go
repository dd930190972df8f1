package extract_test

import "testing"

// TestDateReadsPerSentence checks that the date phrases read at a token
// are kept for their own sentence only: the three sentences below hold a
// date phrase, another one and none at the same token index.
func TestDateReadsPerSentence(t *testing.T) {
	runStatements(t, []statementCase{
		{
			name: "each sentence dates its statement by its own phrase",
			text: "Ann Lee said on Monday the plan would fail. Tom Aske said on Friday the plan would work. Jo Park said in a statement the plan was fine.",
			pub:  "2026-03-04",
			want: []want{
				{speaker: "Ann Lee", content: "the plan would fail", saidOn: "2026-03-02"},
				{speaker: "Tom Aske", content: "the plan would work", saidOn: "2026-02-27"},
				{speaker: "Jo Park", content: "the plan was fine", saidOn: "2026-03-04"},
			},
		},
	})
}
