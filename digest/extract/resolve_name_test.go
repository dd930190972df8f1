package extract

import (
	"testing"
	"time"

	"github.com/whosaid/whosaid/digest"
)

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
		{"New York Yankees", unknownSex, "New York Yankees"}, // a place's first word, not an introducing one
		{"John G. Roberts Jr.", unknownSex, "John G. Roberts Jr."},
		{"Leonard E. Burman", unknownSex, "Leonard E. Burman"}, // not a known person: the article's form stays
		{"Obama", male, "Barack Obama"},
		{"Obama", female, "Michelle Obama"}, // a woman: not Barack
		{"Bush", unknownSex, "Bush"},        // Jeb and George: neither leads
	} {
		if got := canonicalName(tc.in, tc.sex, true); got != tc.want {
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

// TestKnownPeopleEra checks that a bare surname is completed from the
// table of known people only for clippings of the years it was learned
// from or of no known date: "Powell" in 2016 news is Colin Powell, in a
// clipping published or stored in 2025 it stays Powell.
func TestKnownPeopleEra(t *testing.T) {
	const text = "Rates held\n\nPowell said inflation was easing.\n"
	for _, tc := range []struct{ published, added, want string }{
		{"", "", "Colin Powell"},
		{"2016-03-01", "", "Colin Powell"},
		{"2025-06-04", "", "Powell"},
		{"", "2025-06-04", "Powell"},                 // undated, stored in 2025: read as news of 2025
		{"2016-03-01", "2025-06-04", "Colin Powell"}, // the publication date comes first
	} {
		c := &digest.Clipping{Text: text, Blocks: []digest.Block{
			{Span: digest.Span{0, 10}, Kind: digest.BlockHeadline},
			{Span: digest.Span{12, len(text) - 1}, Kind: digest.BlockBody},
		}}
		if tc.published != "" {
			c.Published, _ = time.Parse("2006-01-02", tc.published)
		}
		if tc.added != "" {
			c.Added, _ = time.Parse("2006-01-02", tc.added)
		}
		st := Statements(c)
		if len(st) != 1 || st[0].Speaker != tc.want {
			t.Errorf("published %q, added %q: got %+v, want one statement by %q", tc.published, tc.added, st, tc.want)
		}
	}
}
