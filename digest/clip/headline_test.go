package clip

import (
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/whosaid/whosaid/digest"
)

// paragraphsOfText returns the text's paragraphs (runs of lines between
// blank lines), trimmed.
func paragraphsOfText(text string) []string {
	var out []string
	for _, p := range strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n\n") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// TestHeadWords checks headWords against the PolNeAR train texts, which
// start with their headline: it is the 95th percentile of the headlines'
// words, and a first body paragraph is much longer.
func TestHeadWords(t *testing.T) {
	var heads, firsts []int
	for _, f := range polnearTexts(t) {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		ps := paragraphsOfText(string(b))
		if len(ps) < 2 {
			continue
		}
		heads = append(heads, countWords(ps[0], 1<<20))
		firsts = append(firsts, countWords(ps[1], 1<<20))
	}
	sort.Ints(heads)
	sort.Ints(firsts)
	p95, median := heads[len(heads)*95/100], firsts[len(firsts)/2]
	t.Logf("headline words: 95th percentile %d; first body paragraph words: median %d", p95, median)
	if d := p95 - headWords; d < -1 || d > 1 {
		t.Errorf("headWords = %d, the train headlines' 95th percentile is %d", headWords, p95)
	}
	if 2*median < 3*headWords {
		t.Errorf("first body paragraphs have a median of %d words, too close to headWords = %d", median, headWords)
	}
}

// TestPolNeARHeadlines checks that the headline line the PolNeAR train texts
// start with (ending with a full stop) is taken as the headline, and that
// the first body paragraph, when a text starts with it, rarely is (721 and
// 54 of 810 when written).
func TestPolNeARHeadlines(t *testing.T) {
	files := polnearTexts(t)
	head, lede, n := 0, 0, 0
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		ps := paragraphsOfText(text)
		if len(ps) < 3 {
			continue
		}
		n++
		if c, err := Parse(f, b, Options{}); err == nil && c.Headline != "" && strings.HasPrefix(ps[0], c.Headline[:min(len(c.Headline), 20)]) {
			head++
		} else if os.Getenv("HEADMISS") != "" {
			t.Logf("miss %q", ps[0][:min(len(ps[0]), 90)])
		}
		body := text[strings.Index(text, ps[1]):]
		if c, err := Parse(f, []byte(body), Options{}); err == nil && hasHeadlineBlock(c) {
			lede++
		}
	}
	t.Logf("%d texts: headline found in %d, first body paragraph taken as a headline in %d", n, head, lede)
	if head*100 < n*85 {
		t.Errorf("headline found in %d of %d train texts, want 85%%", head, n)
	}
	if lede*100 > n*10 {
		t.Errorf("first body paragraph taken as a headline in %d of %d train texts, want at most 10%%", lede, n)
	}
}

func hasHeadlineBlock(c *digest.Clipping) bool {
	for _, b := range c.Blocks {
		if b.Kind == digest.BlockHeadline {
			return true
		}
	}
	return false
}

// TestHeadlineFirstLine: a headline ending in a full stop, and one with the
// article's lines right under it, one line a paragraph.
func TestHeadlineFirstLine(t *testing.T) {
	for _, tc := range []struct {
		text, want string
	}{
		{"O’Malley campaign to shift staff, resources to Iowa.\n\nDALLAS (AP) — Democratic presidential candidate Martin O’Malley is shifting staff and resources to Iowa as his campaign struggles to raise money.\n", "O’Malley campaign to shift staff, resources to Iowa."},
		{"Talks will take time, the spokesman has said\nA full revival of relations between the two capitals will take time, the spokesman said on Friday, adding that damage had been done.\nThe two sides keep talking.\n", "Talks will take time, the spokesman has said"},
		// A byline or a dateline above the headline is no headline, with or
		// without a full stop after it.
		{"BYLINE: Ann Lee.\n\nTHE COUNCIL'S BEST WEEK.\n\nThe council met on Monday to pass the budget for the coming year and its cuts.\n", "THE COUNCIL'S BEST WEEK."},
		{"Written by Ann Lee\n\nCouncil passes budget in one night.\n\nThe council met on Monday to pass the budget for the coming year and its cuts.\n", "Council passes budget in one night."},
		{"DATELINE: Springfield.\n\nCouncil passes budget in one night.\n\nThe council met on Monday to pass the budget for the coming year and its cuts.\n", "Council passes budget in one night."},
		// Not a headline: two sentences, or a line the next one continues.
		{"The mayor spoke. Then she left.\n\nThe council met on Monday to discuss the budget for the coming year and its cuts.\n", ""},
		{"The council met on Monday\nto discuss the budget for the coming year and the cuts it will bring to the city.\n", ""},
		// A headline of two words over prose (a menu's "Sign in" has more
		// menu under it, not a sentence).
		{"Strike looms\n\nThe unions will strike on Monday, their leaders said.\n", "Strike looms"},
		{"Budget fight\n\nThe mayor said the plan was bad.\n", "Budget fight"},
		{"Sign in\n\nSubscribe\n\nThe unions will strike on Monday, their leaders said.\n", ""},
		{"Strike looms\nThe unions will strike on Monday, their leaders said.\n", ""},
	} {
		c, err := Parse("t.txt", []byte(tc.text), Options{})
		if err != nil {
			t.Fatal(err)
		}
		if c.Headline != tc.want {
			t.Errorf("%q: headline %q, want %q", tc.text[:30], c.Headline, tc.want)
		}
	}
}
