package extract

import "testing"

func TestCanonicalName(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Loretta E. Lynch", "Loretta Lynch"},
		{"Donald J. Trump", "Donald Trump"},
		{"Neither Donald J. Trump", "Donald Trump"},
		{"Democrat Hillary Clinton", "Hillary Clinton"},
		{"Rival Hillary Clinton", "Hillary Clinton"},
		{"Sens. Jon Tester", "Jon Tester"},
		{"J. K. Rowling", "J. K. Rowling"},
		{"Dmitry Peskov", "Dmitry Peskov"},
		{"Peskov", "Peskov"},
		{"But Marco Rubio", "Marco Rubio"},
		{"John G. Roberts Jr.", "John Roberts Jr."},
	} {
		if got := canonicalName(tc.in); got != tc.want {
			t.Errorf("canonicalName(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
