package extract_test

import "testing"

// TestNestedCurlyQuote has a quotation opened with straight marks that
// quotes someone else with curly ones: the curly pair is nested, and the
// straight quotation runs on past it, over paragraphs that each open with
// a mark too.
func TestNestedCurlyQuote(t *testing.T) {
	runStatements(t, []statementCase{
		{
			name: "straight quotation holding a curly one",
			text: "The council met on Monday.\n\nDr. Ann Lee said, \"The county is not about “fairness” anymore. It is about his friends.\"",
			pub:  "2026-03-04",
			want: []want{
				{speaker: "Ann Lee", content: "The county is not about “fairness” anymore. It is about his friends.", direct: 1},
			},
		},
		{
			name: "over paragraphs after a colon",
			text: "The council met on Monday.\n\nDr. Ann Lee stated:\n\n\"The county is not about “fairness” anymore. It is about the mayor and his friends.\n\n\"The solution is simple. Let the voters decide.\"",
			pub:  "2026-03-04",
			want: []want{
				{speaker: "Ann Lee", content: "The county is not about “fairness” anymore. It is about the mayor and his friends.", direct: 1},
			},
		},
	})
}
