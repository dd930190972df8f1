package extract_test

import "testing"

// TestBareClause has the cases of two words after "that": a subject and
// its verb are what was said; a time after "that" is not.
func TestBareClause(t *testing.T) {
	runStatements(t, []statementCase{
		{
			name: "a subject and its verb after that are a clause",
			text: "Markets moved.\n\nThe minister said that prices fell.\n\nMayor Tom Aske argued that Varga lied.",
			pub:  "2026-03-04",
			want: []want{
				{speaker: "minister", content: "prices fell"},
				{speaker: "Tom Aske", content: "Varga lied"},
			},
		},
		{
			name: "a time after that is no clause",
			text: "Markets moved.\n\nThe minister said that last year.",
			pub:  "2026-03-04",
			none: []string{"last year"},
		},
	})
}
