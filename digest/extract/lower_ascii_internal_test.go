package extract

import (
	"strings"
	"testing"
)

// TestLowerASCIISearch: lowerASCII, whose search for a capital inlines
// (lowerCaps out of line), lowers A-Z alone, anywhere in the word, and
// returns a word with no capital as it is.
func TestLowerASCIISearch(t *testing.T) {
	ref := func(s string) string {
		return strings.Map(func(r rune) rune {
			if 'A' <= r && r <= 'Z' {
				return r + 'a' - 'A'
			}
			return r
		}, s)
	}
	for _, s := range []string{"", "said", "Said", "SAID", "iPhone", "McCain", "@home", "[a]", "A", "Z", "`z{", "Émile", "ÉMILE", "U.S.", "Spokesman", "O’Rourke", "x-Ray"} {
		if got, want := lowerASCII(s), ref(s); got != want {
			t.Errorf("lowerASCII(%q) = %q, want %q", s, got, want)
		}
	}
}
