package extract

import (
	"testing"

	"github.com/whosaid/whosaid/digest"
)

// TestRelativeSubjectEndNone: relativeSubjectEnd answers the end it was
// given when it finds no sentence's verb, and emit gives it the
// sentence's end; a content that runs to the sentence's end (no full
// stop) is no relative subject's, and its end stays the end model's
// to read. The sentence with a relative subject keeps its fixed end.
func TestRelativeSubjectEndNone(t *testing.T) {
	for _, tt := range []struct {
		text  string
		fixed bool
	}{
		{"The mayor said the plan would cut costs for the city", false},
		{"The mayor said the plan would cut costs for the city.", false},
		{"Republicans who agree that the prison should close were irritated by the delay.", true},
	} {
		x := newExtractor(tt.text)
		x.block(0, digest.Block{Span: digest.Span{0, len(tt.text)}, Kind: digest.BlockBody})
		if len(x.raws) == 0 {
			t.Fatalf("%q: no statement", tt.text)
		}
		if got := x.raws[0].fixedEnd; got != tt.fixed {
			t.Errorf("%q: fixedEnd %v, want %v", tt.text, got, tt.fixed)
		}
	}
}
