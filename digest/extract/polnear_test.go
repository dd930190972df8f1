package extract_test

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/whosaid/whosaid/digest"
	"github.com/whosaid/whosaid/digest/clip"
	"github.com/whosaid/whosaid/digest/extract"
)

// TestPolNeARStatements runs the extractor over the PolNeAR train texts and
// checks every statement: spans inside the text, content and cue matching
// their spans, a speaker that is never a bare pronoun, a known precision.
func TestPolNeARStatements(t *testing.T) {
	paths, _ := filepath.Glob(filepath.Join(polnearTrain, "*.txt"))
	if len(paths) == 0 {
		t.Skip("PolNeAR train texts not found at " + polnearTrain)
	}
	pronouns := map[string]bool{"he": true, "she": true, "they": true, "it": true, "we": true, "i": true, "who": true, "that": true, "which": true}
	n := 0
	for _, p := range paths {
		c, err := clip.ReadFile(p, clip.Options{})
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		for _, s := range extract.Statements(c) {
			n++
			if err := s.Validate(len(c.Text)); err != nil {
				t.Fatalf("%s: %v: %+v", filepath.Base(p), err, s)
			}
			var parts []string
			for _, sp := range s.ContentSpans {
				parts = append(parts, digest.FoldSpace(c.Text[sp[0]:sp[1]]))
			}
			if joined := strings.Join(parts, " … "); joined != s.Content && unhyphened(joined) != unhyphened(s.Content) {
				t.Errorf("%s: content %q does not match its parts %v", filepath.Base(p), s.Content, s.ContentSpans)
			}
			if len(s.ContentSpans) == 0 || s.ContentSpans[0][0] != s.ContentSpan[0] || s.ContentSpans[len(s.ContentSpans)-1][1] != s.ContentSpan[1] {
				t.Errorf("%s: content span %v is not the outer span of its parts %v", filepath.Base(p), s.ContentSpan, s.ContentSpans)
			}
			if digest.FoldSpace(c.Text[s.CueSpan[0]:s.CueSpan[1]]) != s.Cue {
				t.Errorf("%s: cue %q does not match its span", filepath.Base(p), s.Cue)
			}
			if pronouns[strings.ToLower(s.Speaker)] {
				t.Errorf("%s: pronoun speaker %q", filepath.Base(p), s.Speaker)
			}
			if s.SaidOnPrecision == "" || (s.SaidOn == "") != (s.SaidOnPrecision == digest.PrecisionUnknown) {
				t.Errorf("%s: date %q with precision %q", filepath.Base(p), s.SaidOn, s.SaidOnPrecision)
			}
		}
	}
	if n < 5000 {
		t.Errorf("only %d statements from %d texts", n, len(paths))
	}
}

// unhyphened drops the hyphens and the spaces after them: a content
// matches its parts up to the words it rejoined where a hard-wrapped text
// broke them ("over- sight", token_hyphen.go).
func unhyphened(s string) string {
	return strings.ReplaceAll(strings.ReplaceAll(s, "- ", ""), "-", "")
}
