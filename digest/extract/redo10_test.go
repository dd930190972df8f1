package extract_test

import "testing"

// TestPerfectProgressive: "has been saying" speaks as "is saying" does,
// its subject before the auxiliaries.
func TestPerfectProgressive(t *testing.T) {
	runStatements(t, []statementCase{
		{
			name: "has been saying, had been warning",
			text: "The vote is near.\n\nSen. Ann Voss has been saying that the vote will happen before the recess.\n\nNina Ortiz had been telling reporters the dam would fail.",
			pub:  "2026-03-04",
			want: []want{
				{speaker: "Ann Voss", content: "the vote will happen before the recess"},
				{speaker: "Nina Ortiz", content: "the dam would fail", audience: "reporters"},
			},
		},
		{
			name: "a span of time before that",
			text: "The vote is near.\n\nSen. Ann Voss has been saying for weeks that the vote will happen before the recess.\n\nNina Ortiz said for months that the dam would fail.",
			pub:  "2026-03-04",
			want: []want{
				{speaker: "Ann Voss", content: "the vote will happen before the recess"},
				{speaker: "Nina Ortiz", content: "the dam would fail"},
			},
			none: []string{"weeks", "months"},
		},
	})
}
