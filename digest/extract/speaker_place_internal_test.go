package extract

import "testing"

// TestIsPlaceSpaces checks that isPlace skips the spaces, tabs, line
// breaks and no-break spaces before and between a place's words as
// strings.TrimLeft did, and still tells a place from a person.
func TestIsPlaceSpaces(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"Moscow", true},
		{" \u00a0\tMoscow", true},
		{"\u00a0\u00a0Moscow", true},
		{"\n Moscow", true},
		{"Dmitry Peskov", false},
		{" \u00a0Dmitry Peskov", false},
		{"\u00a0", false},
	} {
		if got := isPlace(tc.in); got != tc.want {
			t.Errorf("isPlace(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}
