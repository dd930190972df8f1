package extract

import "testing"

func TestCanonicalName(t *testing.T) {
	for _, tc := range []struct {
		in   string
		sex  sex
		want string
	}{
		{"Loretta E. Lynch", unknownSex, "Loretta Lynch"},
		{"Donald J. Trump", unknownSex, "Donald Trump"},
		{"Neither Donald J. Trump", unknownSex, "Donald Trump"},
		{"Democrat Hillary Clinton", unknownSex, "Hillary Clinton"},
		{"Former Hillary Clinton", unknownSex, "Hillary Clinton"},
		{"Cornell William Brooks", unknownSex, "Cornell William Brooks"},
		{"Rival Hillary Clinton", unknownSex, "Hillary Clinton"},
		{"Comedian Sarah Silverman", unknownSex, "Sarah Silverman"},
		{"Democrat Zephyr Teachout", unknownSex, "Zephyr Teachout"},
		{"Sens. Jon Tester", unknownSex, "Jon Tester"},
		{"J. K. Rowling", unknownSex, "J. K. Rowling"},
		{"Dmitry Peskov", unknownSex, "Dmitry Peskov"},
		{"Peskov", male, "Peskov"},
		{"But Marco Rubio", unknownSex, "Marco Rubio"},
		{"Will Doyle", unknownSex, "Will Doyle"},
		{"John G. Roberts Jr.", unknownSex, "John G. Roberts Jr."},
		{"Leonard E. Burman", unknownSex, "Leonard E. Burman"}, // not a known person: the article's form stays
		{"Obama", male, "Barack Obama"},
		{"Obama", female, "Michelle Obama"}, // a woman: not Barack
		{"Bush", unknownSex, "Bush"},        // Jeb and George: neither leads
	} {
		if got := canonicalName(tc.in, tc.sex); got != tc.want {
			t.Errorf("canonicalName(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestNamedHead(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"new Washington Post-ABC News national poll", "Washington Post-ABC News poll"},
		{"recent Reuters survey of voters", "Reuters survey"},
		{"Associated Press-GfK poll released", "Associated Press-GfK poll"},
		{"many Republicans", ""},
		{"state's Republican party leader", ""},
		{"Just 28 percent of voters", ""},
		{"Cruz has long", ""},
		{"officials", ""},
	} {
		if got := namedHead(tc.in); got != tc.want {
			t.Errorf("namedHead(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
