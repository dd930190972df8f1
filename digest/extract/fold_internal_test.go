package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestJoinedIn checks that a name's words come back joined by single
// spaces whether or not the text writes them so.
func TestJoinedIn(t *testing.T) {
	text := "Senator Ann  Lee and Mr. Bo Ray’s aide"
	for _, c := range []struct {
		from  int
		words []string
		want  string
	}{
		{8, []string{"Ann"}, "Ann"},
		{8, []string{"Ann", "Lee"}, "Ann Lee"}, // two spaces in the text
		{25, []string{"Bo", "Ray"}, "Bo Ray"},  // the possessive left out
		{0, []string{"Senator", "Lee"}, "Senator Lee"},
	} {
		if got := joinedIn(text, c.from, c.words); got != c.want {
			t.Errorf("joinedIn(%d, %q) = %q, want %q", c.from, c.words, got, c.want)
		}
	}
}

// TestFoldAffixes checks noLower, hasPrefixFold and hasSuffixFold against
// the copies they save: ASCII, other letters, invalid UTF-8.
func TestFoldAffixes(t *testing.T) {
	for _, w := range []string{"", "a", "A", "ed", "ED", "Ed", "AN ", "an", "WASHINGTON", "LA", "U.S.", "Reuters",
		"ÉCOLE", "école", "ÅS", "\u212a", "STRAẞE", "bad\xff", "\xffED", "said", "SAID", "2016", "an Ed"} {
		if got, want := noLower(w), strings.ToUpper(w) == w; got != want {
			t.Errorf("noLower(%q) = %v, want %v", w, got, want)
		}
		for _, a := range []string{"ed", "a ", "an ", "s", ""} {
			if got, want := hasPrefixFold(w, a), strings.HasPrefix(lowerASCII(w), a); got != want {
				t.Errorf("hasPrefixFold(%q, %q) = %v, want %v", w, a, got, want)
			}
			if got, want := hasSuffixFold(w, a), strings.HasSuffix(lowerASCII(w), a); got != want {
				t.Errorf("hasSuffixFold(%q, %q) = %v, want %v", w, a, got, want)
			}
		}
	}
}

// TestFieldsInto checks fieldsInto against strings.Fields, past its
// buffer's size too.
func TestFieldsInto(t *testing.T) {
	for _, s := range []string{"", "  ", "Ann Lee", " Sen. Ann  Lee\n", "a\u00a0b\u2003c", "one two three four five six seven eight nine ten"} {
		var wb [8]string
		if got, want := fieldsInto(&wb, s), strings.Fields(s); !slices.Equal(got, want) {
			t.Errorf("fieldsInto(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestToLowerInto checks toLowerInto against strings.ToLower: ASCII,
// other letters (the Kelvin sign lowers to an ASCII k), past the buffer.
func TestToLowerInto(t *testing.T) {
	for _, w := range []string{"", "His", "HER", "her", "Democrat", "GOP", "\u212aelvin", "ÉCOLE", "bad\xff", strings.Repeat("Ab", 20)} {
		var lb [32]byte
		if got, want := string(toLowerInto(&lb, w)), strings.ToLower(w); got != want {
			t.Errorf("toLowerInto(%q) = %q, want %q", w, got, want)
		}
	}
}

// TestSpaceAt checks spaceAt against strings.IndexAny.
func TestSpaceAt(t *testing.T) {
	for _, s := range []string{"", "Salem", "New Hampshire", "a\tb", "x\ny z", "São\u00a0Paulo", "bad\xff x", " lead"} {
		if got, want := spaceAt(s), strings.IndexAny(s, " \t\n"); got != want {
			t.Errorf("spaceAt(%q) = %d, want %d", s, got, want)
		}
	}
}
