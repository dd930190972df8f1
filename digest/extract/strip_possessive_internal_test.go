package extract

import "testing"

// TestStripPossessive covers the first test stripPossessive makes inline
// (possessiveLast) and the endings past it.
func TestStripPossessive(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"", ""}, {"s", "s"}, {"Trump’s", "Trump"}, {"Trump's", "Trump"}, {"Jones’", "Jones"}, {"Jones'", "Jones"},
		{"Jones", "Jones"}, {"senators", "senators"}, {"’", "’"}, {"'", "'"}, {"Obama", "Obama"}, {"José’s", "José"}, {"rock’n’roll", "rock’n’roll"},
	} {
		if got := stripPossessive(c.in); got != c.want {
			t.Errorf("stripPossessive(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	for b := range 256 {
		if want := b == 's' || b == '\'' || b == 0x99; possessiveLast[b] != want {
			t.Errorf("possessiveLast[%#x] = %v", b, possessiveLast[b])
		}
	}
}
