package extract_test

import "testing"

// TestPossessiveS: an apostrophe after a final s is the possessive of a
// plural or a name, not a quotation mark ("Fox News’ On the Record").
func TestPossessiveS(t *testing.T) {
	runStatements(t, []statementCase{
		{
			name: "a show after its network's bare apostrophe",
			text: "The hearing ended.\n\nRep. Dale Walters told Fox News’ Night Desk that he would not resign. “I have done nothing wrong,” he said.",
			pub:  "2026-03-04",
			want: []want{
				{speaker: "Dale Walters", content: "he would not resign"},
				{speaker: "Dale Walters", content: "I have done nothing wrong"},
			},
		},
	})
}
