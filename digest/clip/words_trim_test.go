package clip

import (
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestTrimPunct: trimPunct, with its ASCII steps, answers as a rune-by-rune
// search for the first and last letter or digit does.
func TestTrimPunct(t *testing.T) {
	want := func(tok string) string {
		start, end := -1, 0
		for i, r := range tok {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				if start < 0 {
					start = i
				}
				end = i + utf8.RuneLen(r)
			}
		}
		if start < 0 {
			return ""
		}
		return tok[start:end]
	}
	for _, tok := range []string{"said", "said,", "(Reuters)", "“We", "win.”", "—", "...", ",", "'", "’s", "U.S.", "U.S.,", "(AP)—",
		"José,", "«Été»", "“Émile”", "x", "1", "$5", "5%", "“", "\"a\"", "-", "--a--", "a-", "(é)", "(,é", "é,)", "“(a)”", "a’", "’a"} {
		if got, w := trimPunct(tok), want(tok); got != w {
			t.Errorf("trimPunct(%q) = %q, want %q", tok, got, w)
		}
	}
}
