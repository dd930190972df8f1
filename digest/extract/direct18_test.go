package extract_test

import (
	"slices"
	"testing"

	"github.com/whosaid/whosaid/digest"
)

// TestDirect18NestedCurly checks a quotation in straight double marks
// that quotes a phrase in curly ones: the curly pair is nested and the
// quotation runs on to its straight close, or, left open, over the
// paragraphs that follow it. Made-up clippings.
func TestDirect18NestedCurly(t *testing.T) {
	for _, tt := range []struct {
		text, speaker, content string
	}{
		{"\"The board isn’t about “Fair Play For All” anymore. It is about control,\" Ann Lee said.", "Ann Lee", "The board isn’t about “Fair Play For All” anymore. It is about control"},
		{"Dr. Ann Lee stated:\n\n\"The board isn’t about “Fair Play For All” anymore. It is about control.\n\n\"The levee vote is the latest example.\"", "Ann Lee", "The board isn’t about “Fair Play For All” anymore. It is about control."},
	} {
		eachRun(clipping("Council news.\n\n"+tt.text, "2026-12-01", false), func(run string, got []digest.Statement) {
			if !slices.ContainsFunc(got, func(s digest.Statement) bool {
				return s.Speaker == tt.speaker && s.Content == tt.content && s.Direct
			}) {
				t.Errorf("%s %q: no statement %s: %q in %s", run, tt.text, tt.speaker, tt.content, dump(got))
			}
		})
	}
}
