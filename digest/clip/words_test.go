package clip

import (
	"strings"
	"testing"
)

// TestIsStop checks that every word of stopList is one, in lower case, and
// that words off the list, of every length and first letter, are not.
func TestIsStop(t *testing.T) {
	for _, w := range strings.Fields(stopList) {
		if !isStop([]byte(w)) {
			t.Errorf("isStop(%q) = false", w)
		}
	}
	for _, w := range []string{"", "x", "z", "said", "senator", "president", "abouts", "thems", "The", "3", "étude", "themselvesx", "'s"} {
		if isStop([]byte(w)) {
			t.Errorf("isStop(%q) = true", w)
		}
	}
}

// TestHasOokie: hasOokie answers as strings.Contains(s, "ookie") does,
// whatever the "k"s around it.
func TestHasOokie(t *testing.T) {
	for _, s := range []string{"", "ookie", "cookie", "Cookies", "ok", "kie", "ookiookie", "ookie.", "bookkeeping", "kkkookie", "ookik", "xookiex", "ooki", "oookie", "book kie", "kookie"} {
		if got, want := hasOokie(s), strings.Contains(s, "ookie"); got != want {
			t.Errorf("hasOokie(%q) = %v, want %v", s, got, want)
		}
	}
}
