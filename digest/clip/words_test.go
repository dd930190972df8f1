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

// TestListAndCommentsLabels checks the headings over lists of other
// stories and over readers' comments, and lines that are neither.
func TestListAndCommentsLabels(t *testing.T) {
	for _, tt := range []struct {
		s              string
		list, comments bool
	}{
		{"Most Read", true, false},
		{"Latest news", true, false},
		{"More from Culture", true, false},
		{"Popular in: Health", true, false},
		{"Read more", false, false},
		{"See also", false, false},
		{"Popular uprising", false, false},
		{"12 comments", false, true},
		{"There are 13 comments", false, true},
		{"Comments (4)", false, true},
		{"Leave a Reply", false, true},
		{"Comment", false, false},
		{"Discussion", false, false},
		{"Most read stories were about the bridge.", false, false},
	} {
		w := countWords(tt.s, maxWords)
		if got := listLabel(tt.s, w); got != tt.list {
			t.Errorf("listLabel(%q) = %v, want %v", tt.s, got, tt.list)
		}
		if got := commentsLabel(tt.s, w); got != tt.comments {
			t.Errorf("commentsLabel(%q) = %v, want %v", tt.s, got, tt.comments)
		}
	}
}
