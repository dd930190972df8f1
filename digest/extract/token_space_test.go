package extract_test

import (
	"strings"
	"testing"

	"github.com/whosaid/whosaid/digest"
)

// TestUnicodeSpaces checks, in made-up sentences, that a no-break space
// or another Unicode space reads as a plain space does (token_space.go):
// after a closing quote mark, before a mark printed the wrong way round,
// inside a speaker's description and inside a cue, the statements are
// those of the text with plain spaces, and their spans stay offsets into
// the clipping's own text.
func TestUnicodeSpaces(t *testing.T) {
	tests := []struct {
		text string
		at   []string // each space after one of these is written as the Unicode space
	}{
		{"“The bridge will open in May,” said Ann Lee, the mayor.", []string{"May,”"}},
		{"“The bridge will open in May,” the deputy head of the city’s transport office said.", []string{"May,”", "deputy", "head"}},
		{"Tom Reed called the plan “reckless“ in a speech on Monday.", []string{"“reckless“"}},
		{"Ann Lee told reporters, “The bridge will open in May.”", []string{"told", "reporters,"}},
		{"“The plan is sound, and it is cheap,” Ann Lee said.", []string{"sound,"}},
	}
	for _, sp := range []string{"\u00a0", "\u202f", "\u2009"} {
		for _, tt := range tests {
			odd := tt.text
			for _, w := range tt.at {
				odd = strings.Replace(odd, w+" ", w+sp, 1)
			}
			plain := clipping("The weather was fine.\n\n"+tt.text, "2026-12-01", false)
			c := clipping("The weather was fine.\n\n"+odd, "2026-12-01", false)
			eachRun(plain, func(run string, want []digest.Statement) {
				var got []digest.Statement
				eachRun(c, func(run2 string, g []digest.Statement) {
					if run2 == run {
						got = g
					}
				})
				if len(want) == 0 || readings(want) != readings(got) {
					t.Errorf("%s: %q with %U: got %s, want %s", run, tt.text, []rune(sp)[0], dump(got), dump(want))
				}
				for _, s := range got {
					if s.ContentSpan[1] > len(c.Text) || strings.TrimSpace(c.Text[s.ContentSpan[0]:s.ContentSpan[1]]) == "" {
						t.Errorf("%s: %q: content span %v outside the text", run, odd, s.ContentSpan)
					}
				}
			})
		}
	}
}

// readings is the speakers, cues and contents of ss, one line each, with
// any run of spaces written as one plain space (a content keeps the
// spaces printed).
func readings(ss []digest.Statement) string {
	var b strings.Builder
	for _, s := range ss {
		b.WriteString(strings.Join(strings.Fields(s.Speaker+" | "+s.Cue+" | "+s.Content), " ") + "\n")
	}
	return b.String()
}
