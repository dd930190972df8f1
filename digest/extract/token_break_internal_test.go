package extract

import (
	"strings"
	"testing"
)

// TestWordBreak checks wordEnd's early return: a byte wordBreak marks
// ends the word before it in every context the rest of wordEnd reads
// (letters, figures, a capital's initial, a dotted abbreviation, after a
// hyphen), and the marks a word may take are not in it.
func TestWordBreak(t *testing.T) {
	var z tokenizer
	for c := range 128 {
		b := string(rune(c))
		keep := strings.ContainsRune("'-&.,%", rune(c)) || asciiWord[c]
		if wordBreak[c] == keep {
			t.Errorf("wordBreak[%q] = %v", b, wordBreak[c])
		}
		if !wordBreak[c] {
			continue
		}
		for _, w := range []string{"ab", "Ab", "A", "12", "U.S", "then-Sen", "p.m", "39"} {
			for _, after := range []string{"cd", "Cd", "5", ".", " ", ""} {
				text := w + b + after
				if got := z.wordEnd(text, 0, len(text)); got != len(w) {
					t.Errorf("wordEnd(%q) = %d, want %d", text, got, len(w))
				}
			}
		}
	}
	for _, c := range []struct {
		text string
		end  int
	}{
		{"U.S. officials", 4}, {"39% of", 3}, {"Putin's aide", 7}, {"10,000 people", 6}, {"Mr. Smith", 3}, {"rock&roll band", 9}, {"it, he", 2},
	} {
		if got := z.wordEnd(c.text, 0, len(c.text)); got != c.end {
			t.Errorf("wordEnd(%q) = %d, want %d", c.text, got, c.end)
		}
	}
}

// TestSpaceNoLetter: scan asks isLetter before isSpace, which is right
// only while no rune is both.
func TestSpaceNoLetter(t *testing.T) {
	for r := rune(0); r <= 0x10ffff; r++ {
		if isSpace(r) && isLetter(r) {
			t.Errorf("%U is both a space and a letter", r)
		}
	}
}
