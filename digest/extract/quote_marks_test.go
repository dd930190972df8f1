package extract_test

import (
	"strings"
	"testing"

	"github.com/whosaid/whosaid/digest"
)

// TestMisprintedOpeningMark checks, in made-up sentences, that a right
// double quotation mark printed at the start of a word opens the
// quotation (quote_marks.go), and that one after a word still closes it.
func TestMisprintedOpeningMark(t *testing.T) {
	tests := []struct {
		text    string
		speaker string
		content string // the content is this; "": no statement of the speaker
	}{
		{"”Sorry, Jane, you should have run!” wrote Tom Reed.", "Tom Reed", "Sorry, Jane, you should have run!"},
		{"\u202a”The bridge will open in May,” wrote Ann Lee.", "Ann Lee", "The bridge will open in May"},
		{"“Sorry, Jane, you should have run!” wrote Tom Reed.", "Tom Reed", "Sorry, Jane, you should have run!"},
		{"“The bridge will open in May,” Ann Lee said.", "Ann Lee", "The bridge will open in May"},
	}
	for _, tt := range tests {
		c := clipping("The weather was fine.\n\n"+tt.text, "2026-12-01", false)
		eachRun(c, func(run string, got []digest.Statement) {
			for _, s := range got {
				if strings.HasSuffix(s.Speaker, tt.speaker) {
					if s.Content != tt.content {
						t.Errorf("%s: %q: want content %q, got %q", run, tt.text, tt.content, s.Content)
					}
					return
				}
			}
			t.Errorf("%s: %q: missing %s in %s", run, tt.text, tt.speaker, dump(got))
		})
	}
}
