package extract_test

import (
	"strings"
	"testing"

	"github.com/whosaid/whosaid/digest"
)

// TestSaidWhen checks a clause of time or manner right after a verb of
// speech that runs to the sentence's end: it says when or how the words
// were said, never what they were. Made-up sentences, with the rules
// alone and with the shipped model.
func TestSaidWhen(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		// what was said stands before the speaker
		{"Court hears appeal.\n\nThe ruling was unfair, Tom Reed said when the session ended.", "The ruling was unfair"},
		{"Court hears appeal.\n\nThe appeal will fail, Tom Reed said as he walked out of the room.", "The appeal will fail"},
		// what was said follows the clause
		{"Court hears appeal.\n\nTom Reed said as he walked out that the ruling was unfair.", "the ruling was unfair"},
		// nothing was said: the verb's sense is conceding a contest
		{"Court hears appeal.\n\nTom Reed conceded when the polls closed at 8 p.m.", ""},
		{"Court hears appeal.\n\nThe council acknowledged after the mayor asked about the fees in May.", ""},
	} {
		c := clipping(tc.text, "2026-12-01", false)
		eachRun(c, func(run string, got []digest.Statement) {
			for _, s := range got {
				for _, w := range []string{"when ", "as he ", "after "} {
					if strings.HasPrefix(s.Content, w) {
						t.Errorf("%s: %q: the clause of time read as what was said: %s", run, tc.text, dump(got))
					}
				}
			}
			if tc.want == "" {
				if len(got) != 0 {
					t.Errorf("%s: %q: want no statement, got %s", run, tc.text, dump(got))
				}
				return
			}
			if len(got) != 1 || got[0].Content != tc.want {
				t.Errorf("%s: %q: want %q, got %s", run, tc.text, tc.want, dump(got))
			}
		})
	}
	// the clause before the cue's next statement, and a clause a comma
	// closes, are left as they were
	for _, tc := range []struct{ text, want string }{
		{"Court hears appeal.\n\n“We lost,” Reed said before adding that he would appeal.", "he would appeal"},
		{"Court hears appeal.\n\nReed said as mayor he had cut the fees, and the council agreed.", "as mayor he had cut the fees"},
	} {
		c := clipping(tc.text, "2026-12-01", false)
		eachRun(c, func(run string, got []digest.Statement) {
			for _, s := range got {
				if s.Content == tc.want {
					return
				}
			}
			t.Errorf("%s: %q: want %q, got %s", run, tc.text, tc.want, dump(got))
		})
	}
}
