package digest

import "testing"

// TestShortName: a line after a speaker's first names a person by surname,
// and anything whose last word is no surname as given.
func TestShortName(t *testing.T) {
	for _, tc := range []struct{ name, want string }{
		{"Dmitry Peskov", "Peskov"},
		{"Loretta E. Lynch", "Lynch"},
		{"Kremlin", "Kremlin"},
		{"officials", "officials"},
		{"Vladimir Putin and Donald Trump", "Vladimir Putin and Donald Trump"},
		{"Top Russian officials", "Top Russian officials"},
		{"Charles de Gaulle", "Charles de Gaulle"},
		{"Russian Foreign Ministry", "Russian Foreign Ministry"},
		{"U.S. State Department", "U.S. State Department"},
		{"Procter & Gamble", "Procter & Gamble"},
		{"Harbour Valley News", "Harbour Valley News"},
		{"Walter T. Quill Jr.", "Quill"},
		{"Walter Quill III", "Quill"},
	} {
		if got := shortName(tc.name); got != tc.want {
			t.Errorf("shortName(%q) = %q, want %q", tc.name, got, tc.want)
		}
	}
}
