package extract_test

import (
	"slices"
	"testing"

	"github.com/whosaid/whosaid/digest"
)

// TestCountedTimeSubject checks that a stretch of time counted back or on
// between a subject and its verb of speech ("two weeks ago", "a month
// later", "late last week") tells when, and the noun phrase before it
// speaks. Made-up sentences, the rules alone and with the shipped model.
func TestCountedTimeSubject(t *testing.T) {
	tests := []struct {
		name, text, speaker, content string
	}{
		{
			name:    "ago",
			text:    "The rule changed.\n\nThe Transport Department less than two weeks ago said that the bridge would close in May.",
			speaker: "The Transport Department",
			content: "the bridge would close in May",
		},
		{
			name:    "later",
			text:    "The rule changed.\n\nThe county board a month later announced that the bridge would close in May.",
			speaker: "The county board",
			content: "the bridge would close in May",
		},
		{
			name:    "late before a date",
			text:    "The rule changed.\n\nSurveys of commuters late last week indicated that a third of them drive alone.",
			speaker: "Surveys of commuters",
			content: "a third of them drive alone",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := clipping(tt.text, "2026-12-01", false)
			eachRun(c, func(run string, got []digest.Statement) {
				if !slices.ContainsFunc(got, func(s digest.Statement) bool { return mentionOf(c, s) == tt.speaker && s.Content == tt.content }) {
					t.Errorf("%s: want %s: %q, got %s", run, tt.speaker, tt.content, dump(got))
				}
			})
		})
	}
}
