package digest

import "testing"

// TestFoldSpace checks the folding of white space, and that text already
// folded comes back as it is.
func TestFoldSpace(t *testing.T) {
	for in, want := range map[string]string{
		"":                      "",
		"said":                  "said",
		"told reporters":        "told reporters",
		" told reporters":       "told reporters",
		"told reporters ":       "told reporters",
		"told  reporters":       "told reporters",
		"told\nreporters":       "told reporters",
		"told \t\r\n reporters": "told reporters",
		"\n\n":                  "",
		" ":                     "",
		"a\fb\vc":               "a b c",
	} {
		if got := FoldSpace(in); got != want {
			t.Errorf("FoldSpace(%q) = %q, want %q", in, got, want)
		}
	}
}
