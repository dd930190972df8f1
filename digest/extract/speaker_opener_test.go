package extract_test

import (
	"testing"

	"github.com/whosaid/whosaid/digest/extract"
)

// TestSpeakerOpener checks a sentence whose speaker phrase follows the
// conjunction opening it: the conjunction is no part of the speaker's
// name. Made-up sentences, with the shipped model (the looser reading
// that proposes them is the model's; the rules alone find no statement
// here, so a run of theirs would check nothing).
func TestSpeakerOpener(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Budget news.\n\nAnn Lee runs the city.\n\nWhen Lee a week later announced 300 layoffs, some workers felt betrayed.", "Ann Lee"},
		{"Budget news.\n\nWhen Lee a week later announced 300 layoffs, some workers felt betrayed.", "Lee"},
	} {
		got := extract.Statements(clipping(tc.text, "2026-12-01", false))
		if len(got) == 0 {
			t.Errorf("%q: no statement, so no speaker to check", tc.text)
		}
		for _, s := range got {
			if s.Speaker != tc.want {
				t.Errorf("%q: want speaker %q, got %s", tc.text, tc.want, dump(got))
			}
		}
	}
}
