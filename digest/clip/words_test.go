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
