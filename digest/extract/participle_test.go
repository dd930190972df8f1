package extract_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/whosaid/whosaid/digest"
)

// TestParticipleClauseSubject checks who speaks in a participle clause
// (", acknowledging that ...") after a sentence of more than one clause:
// the subject of the nearest clause before it, after "and" when a subject
// and a finite verb of its own follow it (not inside a clause after
// "that"), and the main clause's subject
// after a subordinate clause that opens the sentence. Made-up sentences,
// with the rules alone and with the shipped model.
func TestParticipleClauseSubject(t *testing.T) {
	tests := []struct {
		name, text, speaker, starts string
	}{
		{
			name:    "a clause of its own after and",
			text:    "The city was angry.\n\nOver the past week, prosecutors charged the officer with assault and Mayor Ann Lee fired her police chief, acknowledging that many residents had lost trust in the force.",
			speaker: "Ann Lee",
			starts:  "many residents had lost trust",
		},
		{
			name:    "the main clause after an opening subordinate clause",
			text:    "The debate was long.\n\nIn the second debate, while most of his rivals called for a larger army, Tom Hale hewed closely to the governor's plan, noting that the two groups were enemies.",
			speaker: "Tom Hale",
			starts:  "the two groups were enemies",
		},
		{
			name:    "an and inside a clause after that joins inside it",
			text:    "Ann Lee is the mayor's spokeswoman.\n\nLee also dismissed reports that Canadian and US officials would meet in Ottawa this week, calling the claims \"false.\" These reports said the talks were planned.",
			speaker: "Lee",
			starts:  "the claims",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := clipping(tt.text, "2026-12-01", false)
			eachRun(c, func(run string, got []digest.Statement) {
				if !slices.ContainsFunc(got, func(s digest.Statement) bool {
					return strings.HasSuffix(mentionOf(c, s), tt.speaker) && strings.HasPrefix(s.Content, tt.starts)
				}) {
					t.Errorf("%s: want %s: %q..., got %s", run, tt.speaker, tt.starts, dump(got))
				}
			})
		})
	}
}

// TestParticipleClauseSubjectNot checks that "and" between two noun
// phrases opens no clause: the sentence's subject goes on.
func TestParticipleClauseSubjectNot(t *testing.T) {
	noStatement(t, []string{
		"The race is close.\n\nAnn Lee met Tom Hale and Joe Gray on Friday, saying the three of them agreed on the budget.",
	}, func(c *digest.Clipping, s digest.Statement) bool {
		m := mentionOf(c, s)
		return strings.Contains(m, "Gray") || strings.Contains(m, "Hale")
	})
}
