package clip

import (
	"os"
	"strings"
	"testing"

	"github.com/whosaid/whosaid/digest"
)

// TestHTML checks that saved pages are reduced to their article text with
// the page's metadata and the headline first, and that a .txt holding HTML
// is read as HTML.
func TestHTML(t *testing.T) {
	tests := []struct {
		name, fixture, as      string
		headline, outlet, date string
		blocks                 int
		third                  string // start of the third block
	}{
		{"html", "article.html", "page.html", "Kremlin Says Talks Stalled", "The Example Times", "2025-07-29", 5, "“So far, the process"},
		{"htm", "article.html", "page.htm", "Kremlin Says Talks Stalled", "The Example Times", "2025-07-29", 5, "“So far, the process"},
		{"sniffed in txt", "article.html", "saved.txt", "Kremlin Says Talks Stalled", "The Example Times", "2025-07-29", 5, "“So far, the process"},
		{"title outside the article", "no-title-in-article.html", "page.html", "Kremlin Says Russia-U.S. Talks Going Nowhere Fast", "Example News", "", 4, "“So far, the process"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data, err := os.ReadFile("../../testdata/clip/" + tt.fixture)
			if err != nil {
				t.Fatal(err)
			}
			c, err := Parse(tt.as, data, Options{})
			if err != nil {
				t.Fatal(err)
			}
			checkBlocks(t, c)
			if c.TextSource != digest.TextSourceHTML || strings.ContainsAny(c.Text, "<>") || string(c.Raw) != string(data) {
				t.Fatalf("text source %q, text %q", c.TextSource, c.Text)
			}
			texts := blockTexts(c)
			if len(texts) != tt.blocks || c.Blocks[0].Kind != digest.BlockHeadline || texts[0] != tt.headline || !strings.HasPrefix(texts[2], tt.third) {
				t.Errorf("blocks %q", texts)
			}
			for _, furniture := range []string{"All rights reserved", "Subscribe", "Log in", "kremlin.ru"} {
				if strings.Contains(strings.Join(texts, "\n"), furniture) {
					t.Errorf("furniture %q in the blocks", furniture)
				}
			}
			var date string
			if !c.Published.IsZero() {
				date = c.Published.Format("2006-01-02")
			}
			if c.Headline != tt.headline || c.Outlet != tt.outlet || date != tt.date {
				t.Errorf("metadata %q %q %q, want %q %q %q", c.Headline, c.Outlet, date, tt.headline, tt.outlet, tt.date)
			}
		})
	}
}

// TestHTMLOneElementArticle checks a page whose article is a single
// element (a blog post written as one paragraph of lines): go-trafilatura's
// deduplication refuses it as "duplicated", and the article must still come
// out.
func TestHTMLOneElementArticle(t *testing.T) {
	data, err := os.ReadFile("../../testdata/clip/one-paragraph-post.html")
	if err != nil {
		t.Fatal(err)
	}
	c, err := Parse("post.html", data, Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkBlocks(t, c)
	all := strings.Join(blockTexts(c), "\n")
	for _, want := range []string{"Added a night bus from the harbour", "Removed the paper transfer tickets"} {
		if !strings.Contains(all, want) {
			t.Errorf("%q is in no block:\n%s", want, all)
		}
	}
}

// TestHTMLInlineSpaces checks that words on either side of an inline
// element stay apart (go-trafilatura trims the white space around them),
// that punctuation after or before one does not get a space, that table
// cells do not run together, that soft hyphens go, and that a short UTF-8
// page keeps its curly quotes (go-trafilatura's own parser takes it for
// Windows-1252).
func TestHTMLInlineSpaces(t *testing.T) {
	page := `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Bridge</title>
</head><body><article>
<p>The mayor of the port city accused the <i><a href="/b">Harbour Board</a></i> of neglect on Tuesday, and said the old bridge (<a href="/r">the report</a>) was unsafe for the <b>twelve thousand</b> cars a day that cross it.<sup>[1]</sup></p>
<p>The board&shy;room said in a statement that it would answer the <a href="/m">mayor</a>’s letter within a week, and that the bridge had been inspected in the spring.</p>
<table><tr><td>Inspected</td><td>2024</td></tr><tr><td>Built</td><td>1931</td></tr></table>
</article></body></html>`
	c, err := Parse("page.html", []byte(page), Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"accused the Harbour Board of neglect", "bridge (the report) was", "for the twelve thousand cars", "cross it. [1]", "the mayor’s letter", "Inspected 2024", "The boardroom said"} {
		if !strings.Contains(c.Text, want) {
			t.Errorf("%q not in the text %q", want, c.Text)
		}
	}
}
