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
		{
			name: "where or to whom it was put, before the comma or colon",
			text: "The council met.\n\nAs Dan Ortiz put it in a statement, “We are not done yet.”\n\nRuth Vance put it to reporters: “The bridge is unsafe.”",
			pub:  "2026-03-04",
			want: []want{
				{speaker: "Dan Ortiz", content: "We are not done yet."},
				{speaker: "Ruth Vance", content: "The bridge is unsafe."},
			},
		},
		{
			name: "an appositive ending in a quoted title, its comma inside the closing mark",
			text: "The bill passed.\n\nAs Ann Lee, professor of law at Harbourtown and author of “The Long Road,” put it, “Nobody gets a free pass.”",
			pub:  "2026-03-04",
			want: []want{
				{speaker: "Ann Lee", content: "Nobody gets a free pass.", title: "professor of law at Harbourtown"},
			},
			none: []string{"The Long Road"},
		},
	})
}
