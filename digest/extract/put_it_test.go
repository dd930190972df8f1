package extract_test

import "testing"

// TestPutIt has the cases of "put it" before a quotation: the one who put
// it so speaks the quotation; "to put it mildly" and "put it this way"
// read nothing of their own.
func TestPutIt(t *testing.T) {
	runStatements(t, []statementCase{
		{
			name: "as X put it, and X put it bluntly:",
			text: "The council met.\n\nAs Ann Lee put it, “We are not done yet.”\n\nBob Hart put it bluntly: “The bridge is unsafe.”\n\nThe plan was, to put it mildly, a mess.",
			pub:  "2026-03-04",
			want: []want{
				{speaker: "Ann Lee", content: "We are not done yet."},
				{speaker: "Bob Hart", content: "The bridge is unsafe."},
			},
		},
	})
}
