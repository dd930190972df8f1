package extract

import "testing"

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
