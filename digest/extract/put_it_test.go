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
		{
			name: "a conjunction or a clause before as X, an appositive, put it",
			text: "The bill passed.\n\nOr, as Tom Ridge, the former secretary, put it: “Nobody is safe.”\n\nAnd as Ruth Vance, the chair of the committee, put it, “Nobody gets a free pass.”\n\nThe vote was close, or, as Ann Lee, the whip, put it: “Too close.”",
			pub:  "2026-03-04",
			want: []want{
				{speaker: "Tom Ridge", content: "Nobody is safe.", title: "former secretary"},
				{speaker: "Ruth Vance", content: "Nobody gets a free pass.", title: "chair of the committee"},
				{speaker: "Ann Lee", content: "Too close.", title: "whip"},
			},
		},
	})
}
