package extract

import (
	"strings"
	"testing"

	"github.com/whosaid/whosaid/digest"
)

// TestLabelRules checks, on the rules and the fallback's candidates as
// training collects them (before any model judges them), that a rubric or
// a roundup's byline before a colon is no speaker (ends.go).
func TestLabelRules(t *testing.T) {
	for _, tt := range []struct{ text, label string }{
		{"Markets were calm.\n\nUPDATE: The company said on Friday that the plant would stay open through the winter.", "UPDATE"},
		{"Good Friday morning.\n\nMUSEUM NEWS—\"For the new director, a job of balancing history with crowds,\" by The Wall Street Journal's Jennifer Smith: \"Ms. Donhauser, 48 years old, has not previously led a museum. But she spent the past 23 years as a fundraiser and manager at one of the largest ones in the world.\"", "Jennifer Smith"},
	} {
		c := &digest.Clipping{Text: tt.text}
		start := 0
		for _, p := range strings.SplitAfter(tt.text, "\n\n") {
			c.Blocks = append(c.Blocks, digest.Block{Span: digest.Span{start, start + len(strings.TrimRight(p, "\n"))}, Kind: digest.BlockBody})
			start += len(p)
		}
		for _, s := range statementsWith(c, nil, &collector{keep: true}, nil) {
			if strings.Contains(s.Speaker, tt.label) && s.Cue == ":" {
				t.Errorf("%q: a label before a colon is no speaker: %s: %s", tt.label, s.Speaker, s.Content)
			}
		}
	}
}

// TestWritersEndRules checks on the rules alone (the end model may trim
// what they leave) that an opening subordinate clause after "But", or
// "even after", ends where the main clause starts.
func TestWritersEndRules(t *testing.T) {
	text := "But even after Mayor Ann Lee said she would cut the fees on parking, the council voted to raise them again."
	c := &digest.Clipping{Text: text, Blocks: []digest.Block{{Span: digest.Span{0, len(text)}, Kind: digest.BlockBody}}}
	for _, s := range statementsWith(c, nil, nil, nil) {
		if s.Speaker == "Ann Lee" {
			if s.Content != "she would cut the fees on parking" {
				t.Errorf("content %q, want it to end before the main clause", s.Content)
			}
			return
		}
	}
	t.Error("no statement of Ann Lee")
}
