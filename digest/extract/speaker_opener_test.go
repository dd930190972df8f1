package extract_test

import (
	"testing"

	"github.com/whosaid/whosaid/digest"
)

// TestSpeakerOpener checks a sentence whose speaker phrase follows the
// conjunction opening it: the conjunction is no part of the speaker's
// name. Made-up sentences, with the shipped model (the looser reading
// that proposes them is the model's).
func TestSpeakerOpener(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Budget news.\n\nAnn Lee runs the city.\n\nWhen Lee a week later announced 300 layoffs, some workers felt betrayed.", "Ann Lee"},
		{"Budget news.\n\nWhen Lee a week later announced 300 layoffs, some workers felt betrayed.", "Lee"},
	} {
		c := clipping(tc.text, "2026-12-01", false)
		eachRun(c, func(run string, got []digest.Statement) {
			for _, s := range got {
				if s.Speaker != tc.want {
					t.Errorf("%s: %q: want speaker %q, got %s", run, tc.text, tc.want, dump(got))
				}
			}
		})
	}
}
