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
