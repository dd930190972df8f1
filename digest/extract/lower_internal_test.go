package extract

import (
	"math"
	"strings"
	"testing"
	"unicode"
)

// TestWordCountFields checks wordCount against strings.Fields, whose count
// it replaces without the slice: ASCII and Unicode spaces, runs of them,
// ends, invalid UTF-8.
func TestWordCountFields(t *testing.T) {
	for _, s := range []string{"", " ", "one", " two  words ", "a\tb\nc\r\vd\fe",
		"non\u00a0breaking\u2003em space", "x\u0085y", "bad \xff\xfe bytes", "“quoted,” he said"} {
		if got, want := wordCount(s), len(strings.Fields(s)); got != want {
			t.Errorf("wordCount(%q) = %d, want %d", s, got, want)
		}
	}
}

// TestLowerInto checks lowerInto against lowerASCII, short and past its
// buffer, and that it copies nothing on the heap in a map index.
func TestLowerInto(t *testing.T) {
	for _, s := range []string{"", "Although", "ALREADY lower", "Ünïcode Words", strings.Repeat("AbC", 20)} {
		var lb [32]byte
		if got, want := string(lowerInto(&lb, s)), lowerASCII(s); got != want {
			t.Errorf("lowerInto(%q) = %q, want %q", s, got, want)
		}
	}
	set := map[string]bool{"although": true}
	w := "Although"
	if n := testing.AllocsPerRun(100, func() {
		var lb [32]byte
		if !set[string(lowerInto(&lb, w))] {
			t.Fatal("not found")
		}
	}); n != 0 {
		t.Errorf("lowerInto in a map index: %v allocations, want 0", n)
	}
}

// TestPossessive checks possessive against the four suffixes it tests
// byte by byte.
func TestPossessive(t *testing.T) {
	for _, w := range []string{"", "s", "'", "’", "'s", "’s", "s'", "s’", "Trump’s", "Trump's", "voters’",
		"voters'", "boss", "its", "x’", "’x", "a\x99", "s\x80\x99", "ss’", "’’s", "Jones’s"} {
		want := strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "s’") || strings.HasSuffix(w, "s'")
		if got := possessive(w); got != want {
			t.Errorf("possessive(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestHalved checks halved against math.Pow(0.5, n), whose value the
// salience weights had, bit for bit.
func TestHalved(t *testing.T) {
	for n := -1100; n <= 5000; n++ {
		if got, want := halved(n), math.Pow(0.5, float64(n)); got != want {
			t.Fatalf("halved(%d) = %g, want %g", n, got, want)
		}
	}
}

// TestLexKeysLower checks that the lexicon's bucketed keys are lower case,
// so that lowerASCII may return one of them for a word it matches, and
// that it does: the key itself, no copy.
func TestLexKeysLower(t *testing.T) {
	for _, e := range lexEntries {
		k := e.key
		if strings.ToLower(k) != k {
			t.Errorf("lexicon key %q is not lower case", k)
		}
	}
	if got := lowerASCII("President"); got != "president" {
		t.Errorf(`lowerASCII("President") = %q`, got)
	}
	if n := testing.AllocsPerRun(10, func() { _ = lowerASCII("Spokesman") }); n != 0 {
		t.Errorf("lowerASCII of a lexicon word: %v allocations, want 0", n)
	}
	if got := lowerASCII("Peskov"); got != "peskov" {
		t.Errorf(`lowerASCII("Peskov") = %q`, got)
	}
}

// TestBucketLetters checks bucket's one-comparison letter test against
// lowerByte's: every first and last byte, at two lengths.
func TestBucketLetters(t *testing.T) {
	old := func(w string) int {
		f, l := lowerByte(w[0]), lowerByte(w[len(w)-1])
		if len(w) >= 32 || f < 'a' || f > 'z' || l < 'a' || l > 'z' {
			return -1
		}
		return (len(w)*26+int(f-'a'))*26 + int(l-'a')
	}
	for f := 0; f < 256; f++ {
		for l := 0; l < 256; l++ {
			for _, mid := range []string{"", "xyz", strings.Repeat("m", 30)} {
				w := string([]byte{byte(f)}) + mid + string([]byte{byte(l)})
				if got, want := bucket(w), old(w); got != want {
					t.Fatalf("bucket(%q) = %d, want %d", w, got, want)
				}
			}
		}
	}
}

// TestASCIISpacesRuns checks asciiSpaces wherever a multi-byte space falls
// against the eight-byte runs it skips: every offset, at both ends.
func TestASCIISpacesRuns(t *testing.T) {
	for n := 0; n < 20; n++ {
		for _, sp := range []string{"\u00a0", "\u2009", "\u3000"} {
			in := strings.Repeat("a", n) + sp + strings.Repeat("b", 19-n)
			want := strings.Repeat("a", n) + strings.Repeat(" ", len(sp)) + strings.Repeat("b", 19-n)
			if got := asciiSpaces(in); got != want {
				t.Errorf("asciiSpaces(%q) = %q, want %q", in, got, want)
			}
		}
		if in := strings.Repeat("x", n) + "“é”"; asciiSpaces(in) != in {
			t.Errorf("asciiSpaces(%q) changed a text with no space past ASCII", in)
		}
	}
}

// TestLetterRunePunctuation checks that the General Punctuation block
// letterRune answers without the Unicode tables holds no letter, digit
// or nonspacing mark.
func TestLetterRunePunctuation(t *testing.T) {
	for r := rune(0x2000); r <= 0x206f; r++ {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
			t.Errorf("%U is a letter, digit or mark: letterRune's shortcut is wrong", r)
		}
	}
}
