package extract_test

import (
	"testing"

	"github.com/whosaid/whosaid/digest/extract"
)

// TestHeadlineEchoSpeaker checks that a body statement echoes a headline's
// only when it can be the same speaker: two people named apart are two
// statements, whatever words they share. Made-up clippings.
func TestHeadlineEchoSpeaker(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		want  []want
		count int
	}{
		{
			name:  "another person's words echo the headline: both stay",
			text:  "Tom Gray: ‘Bridges Are The Great Public Works Crisis’\n\n“Bridges have been a public works crisis for a long time,” said Ann Mapp, a delegate from Ohio.",
			want:  []want{{speaker: "Tom Gray", content: "Bridges Are The Great Public Works Crisis"}, {speaker: "Ann Mapp"}},
			count: 2,
		},
		{
			name:  "the same person's words echo the headline: the body's stays",
			text:  "Tom Gray: ‘Bridges Are The Great Public Works Crisis’\n\n“Bridges are the great public works crisis of our time,” Gray said on Monday.",
			want:  []want{{speaker: "Gray", content: "Bridges are the great public works crisis of our time"}},
			count: 1,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := clipping(tt.text, "2026-12-01", true)
			checkWanted(t, c, extract.Statements(c), tt.count, tt.want)
		})
	}
}
