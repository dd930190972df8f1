package store

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/whosaid/whosaid/digest"
)

// slowWordHashes and slowContentKey are wordHashes and contentKey as they
// were before their ASCII fast paths: stored signatures and content keys
// must not change, or old clippings and entries would no longer match new
// ones.
func slowWordHashes(text string) []uint64 {
	var out []uint64
	h, in := uint64(fnvOffset), false
	for _, r := range text {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			var buf [4]byte
			for _, b := range buf[:utf8.EncodeRune(buf[:], unicode.ToLower(r))] {
				h = (h ^ uint64(b)) * fnvPrime
			}
			in = true
			continue
		}
		if in {
			out = append(out, h)
			h, in = fnvOffset, false
		}
	}
	if in {
		out = append(out, h)
	}
	return out
}

func slowContentKey(content string) string {
	var b strings.Builder
	space := false
	for _, r := range strings.ToLower(content) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
		} else if r != '\'' && r != '’' {
			space = true
		}
	}
	sum := sha256.Sum256([]byte(b.String()))
	return hex.EncodeToString(sum[:16])
}

func TestWordHashesAndContentKeyUnchanged(t *testing.T) {
	cases := []string{
		"", "a", "It is NOT the end, of the world.", "“Quoted” — dashes… and don’t",
		"Zoë Ünter CAFÉ café cafe\u0301 İSTANBUL \u212Aelvin ſ", "\xff\xfe broken \xc3 utf-8 A1b2",
		"trailing word", " leading and trailing ",
	}
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "clippings", "*"))
	for _, f := range files {
		if data, err := os.ReadFile(f); err == nil {
			cases = append(cases, string(data))
		}
	}
	for _, c := range cases {
		if got, want := wordHashes(c), slowWordHashes(c); !slices.Equal(got, want) {
			t.Errorf("wordHashes(%.40q…) differs from the per-rune hashes", c)
		}
		if got, want := contentKey(c), slowContentKey(c); got != want {
			t.Errorf("contentKey(%.40q…) = %s, want %s", c, got, want)
		}
	}
}

// jaccard is the exact Jaccard similarity of two texts' shingle sets,
// what a signature's similarity estimates.
func jaccard(a, b string) float64 {
	set := func(text string) map[uint64]bool {
		words, m := wordHashes(text), map[uint64]bool{}
		for i := 0; i+shingleWords <= len(words); i++ {
			h := uint64(fnvOffset)
			for _, w := range words[i : i+shingleWords] {
				h = (h ^ w) * fnvPrime
			}
			m[h] = true
		}
		return m
	}
	sa, sb := set(a), set(b)
	both := 0
	for h := range sa {
		if sb[h] {
			both++
		}
	}
	return float64(both) / float64(len(sa)+len(sb)-both)
}

// The signature tells near-copies from other texts: a copy with a line
// added or cut scores above nearDupSim, other texts about their Jaccard
// similarity (the seed clippings: 0 to 0.3), short texts sharing no
// shingle below nearDupSim.
func TestSignatureSeparatesNearCopies(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "clippings", "*"))
	var texts []string
	for _, f := range files {
		if data, err := os.ReadFile(f); err == nil && signature(string(data)) != nil {
			texts = append(texts, string(data))
		}
	}
	if len(texts) < 3 {
		t.Fatalf("%d seed clippings", len(texts))
	}
	for i, a := range texts {
		sa := signature(a)
		if s := similarity(sa, signature(a)); s != 1 {
			t.Errorf("text %d against itself: %.2f", i, s)
		}
		edited := "By Staff Writer, Reuters\n" + a[:len(a)*9/10] + "\nSupport independent journalism: donate today."
		if s := similarity(sa, signature(edited)); s < nearDupSim {
			t.Errorf("text %d against a copy with its end cut and lines added: %.2f, want at least %.2f", i, s, nearDupSim)
		}
		for j, b := range texts[i+1:] {
			// Seeds 2 and 4 share 30% of their shingles (one story).
			if s, want := similarity(sa, signature(b)), jaccard(a, b); s > want+0.15 || s < want-0.15 {
				t.Errorf("texts %d and %d: %.2f, want about their Jaccard similarity %.2f", i, i+1+j, s, want)
			}
		}
	}
	short1 := "the minister said on monday that the talks on trade would resume next week in geneva with both sides"
	short2 := "the mayor told reporters that the city would close three schools next year because of the budget cuts"
	if s := similarity(signature(short1), signature(short2)); s >= nearDupSim {
		t.Errorf("two short texts: %.2f", s)
	}
	if s := similarity(signature(short1), signature(short1+" again")); s < nearDupSim {
		t.Errorf("a short text and itself with a word added: %.2f", s)
	}
}

// shingleText is the text near-duplicates are judged on: what cleaning kept,
// or the whole text when the clipping has no blocks. clippingSignature
// hashes its words without building it.
func shingleText(c *digest.Clipping) string {
	if len(c.Blocks) == 0 {
		return c.Text
	}
	var b strings.Builder
	for _, bl := range c.Blocks {
		if bl.Span.Start() < 0 || bl.Span.End() > len(c.Text) || bl.Span.Empty() {
			continue
		}
		b.WriteString(c.Text[bl.Span.Start():bl.Span.End()])
		b.WriteByte('\n')
	}
	return b.String()
}

// TestClippingSignatureIsTheKeptTexts: the signature taken block by block
// is the one of the kept text joined, as signatures were taken before
// (stored ones must keep matching), whatever the blocks: none, one, a
// word cut at a block's edge, empty or out of the text.
func TestClippingSignatureIsTheKeptTexts(t *testing.T) {
	text := strings.Repeat("The minister said on Tuesday that talks about the new border rules would resume soon. ", 6) +
		"Menu Home Sport — Zoë's café, naïve ÉCOLE 42b\n" +
		strings.Repeat("Opposition leaders answered that nothing in the draft addressed their concerns at all. ", 5)
	n := len(text)
	for name, blocks := range map[string][]digest.Block{
		"none":          nil,
		"all":           {{Span: digest.Span{0, n}}},
		"two":           {{Span: digest.Span{0, 300}}, {Span: digest.Span{600, n}}},
		"mid-word":      {{Span: digest.Span{0, 103}}, {Span: digest.Span{103, n}}},
		"empty and out": {{Span: digest.Span{40, 40}}, {Span: digest.Span{0, 500}}, {Span: digest.Span{500, n + 9}}, {Span: digest.Span{-3, 10}}},
	} {
		c := &digest.Clipping{Text: text, Blocks: blocks}
		want := signature(shingleText(c))
		if got := clippingSignature(c); !slices.Equal(got, want) || want == nil {
			t.Errorf("%s: clippingSignature = %v, want signature(shingleText) = %v", name, got, want)
		}
	}
}
