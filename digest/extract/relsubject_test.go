package extract_test

import (
	"slices"
	"testing"

	"github.com/whosaid/whosaid/digest"
)

// TestRelativeSubjectEnd checks a verb of speech in a relative clause
// inside the sentence's subject: what was said ends before the sentence's
// own verb, which no comma marks; inside the reported clause a verb after
// a pronoun or "be" goes on. Made-up sentences, with the rules alone and
// with the shipped model.
func TestRelativeSubjectEnd(t *testing.T) {
	tests := []struct {
		name, text, content string
	}{
		{"who and that", "The vote was close.\n\nMembers who agree that the old prison should be closed were irritated about the lack of detail.", "the old prison should be closed"},
		{"whose, an auxiliary inside", "The case is over.\n\nThe young hacker whose posts first revealed that the mayor had used a private account for years pleaded guilty on Wednesday.", "the mayor had used a private account for years"},
		{"a relative inside the reported clause", "The case is over.\n\nNeighbors who say the man who shot him was never caught remained angry at the police.", "the man who shot him was never caught"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := clipping(tt.text, "2026-12-01", false)
			eachRun(c, func(run string, got []digest.Statement) {
				if !slices.ContainsFunc(got, func(s digest.Statement) bool { return s.Content == tt.content }) {
					t.Errorf("%s: want content %q, got %s", run, tt.content, dump(got))
				}
			})
		})
	}
}
