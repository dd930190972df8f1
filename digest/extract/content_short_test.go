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

// TestBareOneTold has the cases of a bare noun after a verb of telling: it
// is the one told, and what was said comes before the attribution.
func TestBareOneTold(t *testing.T) {
	runStatements(t, []statementCase{
		{
			name: "told staff in an email: staff were told, the clause before was said",
			text: "The plant news came.\n\nThe plant will close in June, the chief executive told staff in an email on Monday.\n\nThe plant will close in June, Mayor Tom Aske told investors.",
			pub:  "2026-03-04",
			want: []want{
				{speaker: "chief executive", content: "The plant will close in June", audience: "staff", saidOn: "2026-03-02"},
				{speaker: "Tom Aske", content: "The plant will close in June", audience: "investors"},
			},
			none: []string{"staff in an email"},
		},
	})
}
