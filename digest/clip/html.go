package clip

import (
	"bytes"
	"net/url"
	"strings"

	"github.com/markusmobius/go-trafilatura"
	"github.com/whosaid/whosaid/digest"
	"golang.org/x/net/html"
)

// minArticleWords is the fewest words an HTML page's extracted text must
// have to count as an article; less is navigation or a title alone.
const minArticleWords = 12

// fromHTML reduces a saved web page to its article text with go-trafilatura
// and returns the text, one paragraph a line with blank lines between, and
// the page's metadata. A page with no article text gives an EINVALID error.
func fromHTML(data []byte, pageURL string) (string, meta, error) {
	if err := checkHTMLBudget(data); err != nil {
		return "", meta{}, err
	}
	opts := trafilatura.Options{ExcludeComments: true, EnableFallback: true, Deduplicate: true}
	if u, err := url.Parse(pageURL); err == nil && u.Host != "" {
		opts.OriginalURL = u
	}
	res, text := extractArticle(data, opts)
	if res == nil {
		// Deduplication counts the texts it has met within the page, and
		// on a page whose article is one element (a post that is one
		// list) the article itself reaches the count and the whole page
		// is refused as "duplicated"; without it the article comes out.
		opts.Deduplicate = false
		res, text = extractArticle(data, opts)
	}
	if res == nil {
		return "", meta{}, digest.Errorf(digest.EINVALID, "no article text found in the HTML")
	}
	md := res.Metadata
	if title := strings.TrimSpace(md.Title); title != "" && !strings.HasPrefix(text, title) {
		// The article text often leaves the headline out; put it first so
		// that headlines ("Kremlin Says ...") can be read as statements.
		text = title + "\n\n" + text
	}
	m := meta{title: strings.TrimSpace(md.Title), author: strings.TrimSpace(md.Author), url: md.URL, tags: md.Tags}
	m.outlet = outletName(md.Sitename)
	if !md.Date.IsZero() {
		m.published = day(md.Date)
	}
	return text, m, nil
}

// extractArticle runs go-trafilatura over data and returns its result and
// the article text, or nil when it finds no article of minArticleWords.
func extractArticle(data []byte, opts trafilatura.Options) (*trafilatura.ExtractResult, string) {
	res, err := trafilatura.Extract(bytes.NewReader(data), opts)
	if err != nil || res == nil || res.ContentNode == nil {
		return nil, ""
	}
	text := paragraphText(res.ContentNode)
	if countWords(text, minArticleWords) < minArticleWords {
		return nil, ""
	}
	return res, text
}

// paragraphText renders the article tree trafilatura extracted as plain
// text: white space folded inside paragraphs, a blank line between block
// elements, a line break for <br>. ContentText would run the paragraphs
// together, and the cleaner needs them apart.
func paragraphText(root *html.Node) string {
	var b strings.Builder
	space := false
	brk := 0 // line breaks owed before the next text
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			if n.Data != "" && isSpaceByte(n.Data[0]) {
				space = true
			}
			for _, f := range strings.Fields(n.Data) {
				switch {
				case brk > 0 && b.Len() > 0:
					b.WriteString(strings.Repeat("\n", brk))
				case space && b.Len() > 0:
					b.WriteByte(' ')
				}
				brk, space = 0, true
				b.WriteString(f)
			}
			if n.Data != "" && !isSpaceByte(n.Data[len(n.Data)-1]) {
				space = false
			}
			return
		case html.ElementNode:
			switch n.Data {
			case "br":
				brk = max(brk, 1)
				return
			case "script", "style", "noscript", "template":
				return
			}
		}
		block := n.Type == html.ElementNode && blockElement(n.Data)
		if block {
			brk = 2
		}
		for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
			walk(ch)
		}
		if block {
			brk = 2
		}
	}
	walk(root)
	return b.String()
}

// blockElement reports the elements that start a new paragraph.
func blockElement(tag string) bool {
	switch tag {
	case "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "pre", "table", "tr", "section", "article", "figure", "figcaption", "header", "footer", "dd", "dt", "dl", "main", "aside", "hr", "head", "list", "item", "quote", "code", "graphic":
		return true
	}
	return false
}

// isSpaceByte reports ASCII white space.
func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}
