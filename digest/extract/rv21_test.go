package extract_test

import (
	"testing"

	"github.com/whosaid/whosaid/digest"
)

// TestWithPhraseEndsAtColon: "with X -ing" takes the quotation after the
// colon only when its form in -ing ends at the colon ("with Lund
// yelling:"); a phrase going on past it ("with his aides standing
// behind him:") is circumstance, and the quotation stays the subject's
// (colon_clause.go withParticiple).
func TestWithPhraseEndsAtColon(t *testing.T) {
	tests := []struct{ text, content, speaker string }{
		{"Senator Ada Brandt addressed the crowd, with her aides standing behind her: “We will carry this state.”",
			"We will carry this state.", "Ada Brandt"},
		{"Senator Ada Brandt closed the rally, with the band playing in the background: “We will carry this state.”",
			"We will carry this state.", "Ada Brandt"},
		{"The hall erupted, with Senator Ada Brandt shouting: “We will carry this state.”",
			"We will carry this state.", "Ada Brandt"},
	}
	for _, tt := range tests {
		c := clipping("The weather was fine.\n\n"+tt.text, "2026-12-01", false)
		eachRun(c, func(run string, got []digest.Statement) {
			for _, s := range got {
				if s.Content == tt.content {
					if s.Speaker != tt.speaker {
						t.Errorf("%s: %q: want speaker %q, got %s", run, tt.text, tt.speaker, dump(got))
					}
					return
				}
			}
			t.Errorf("%s: %q: want %q from %q, got %s", run, tt.text, tt.content, tt.speaker, dump(got))
		})
	}
}
