package store

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// slowPairs is entryPairs by termWords alone, what the ASCII fast path
// must equal.
func slowPairs(content, names string) string {
	var out []string
	seen := map[string]bool{}
	for _, part := range []struct{ text, sep string }{{content, pairSep}, {names, namePairSep}} {
		words := termWords(part.text)
		for i := 0; i+1 < len(words); i++ {
			if commonWords[words[i]] != "" && commonWords[words[i+1]] != "" {
				if p := words[i] + part.sep + words[i+1]; !seen[p] {
					seen[p] = true
					out = append(out, p)
				}
			}
		}
	}
	return strings.Join(out, " ")
}

func TestEntryPairsAgreesWithTermWords(t *testing.T) {
	cases := [][3]string{
		{"It is not the end, OF THE world.", "Joe Biden", "He said: it is, as of now, not so"},
		{"", "", ""},
		{"of-the to_the at9the S.T. don't", "The Who", "of  the\n\tthe"},
		{"Ünter den Linden is of the past", "Zoë", "and the ÄRA of it"},
		{"supercalifragilisticexpialidocious of the", "A B", "the 'the' \"of\" (the)"},
		// Outside ASCII: curly quotes and dashes part words, letters join
		// them, and a letter may lower-case into ASCII (İ to i).
		{"“It is” — of the… don’t we", "Zoë of the", "İN THE end, İt İS; ſo the \u212Aing of it"},
		{"caf\u00e9 the of caf\u0065\u0301 the of", "", "\xff\xfeof the \xc3 the of"},
	}
	// Real text too: the headlines and first lines of the store's fixtures.
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "clippings", "*"))
	for _, f := range files {
		if data, err := os.ReadFile(f); err == nil {
			cases = append(cases, [3]string{string(data), "", string(data[:min(len(data), 300)])})
		}
	}
	for _, c := range cases {
		if got, want := entryPairs(c[0], c[1]), slowPairs(c[0], c[1]); got != want {
			t.Errorf("entryPairs(%.40q…) = %q, want %q", c[0], got, want)
		}
		if got, want := entryPairs(c[2], c[1]), slowPairs(c[2], c[1]); got != want {
			t.Errorf("entryPairs(%.40q…) = %q, want %q", c[0], got, want)
		}
	}
}

// The context is indexed as its uncommon words that the content lacks,
// each once, in order of first sight.
func TestContextWords(t *testing.T) {
	for _, c := range []struct{ content, context, want string }{
		{"He said it would take time.", "Kremlin Says Relations Going Nowhere\nPeskov said the restoration of ties would take time, he said",
			"kremlin says relations going nowhere peskov restoration ties"},
		{"", "", ""},
		{"ties", "The the THE of ties Ties", ""},
		{"Zoë", "ZOË Ünter den Linden, ünter U.S. 2017", "ünter den linden u 2017"},
		{"caf\u00e9", "Café “quoted” — dashes…", "quoted dashes"},
	} {
		if got := contextWords(c.content, c.context); got != c.want {
			t.Errorf("contextWords(%q, %q) = %q, want %q", c.content, c.context, got, c.want)
		}
	}
	for w := range commonWords {
		if len(w) > maxCommonWord {
			t.Errorf("common word %q is longer than maxCommonWord", w)
		}
	}
}

func BenchmarkContextWords(b *testing.B) {
	content := "So far, the process of normalizing relations with the U.S. is going nowhere fast"
	context := "Kremlin Says Normalizing Relations With U.S. Going Nowhere Fast\nthe Kremlin said Tuesday that talks with the United States on restoring bilateral ties, including efforts … Kremlin spokesman Dmitry Peskov told reporters. We would like to see a bit more movement in the talks"
	for range b.N {
		contextWords(content, context)
	}
}
