package clip

import (
	"bytes"
	"net/url"
	"strings"
	"unicode/utf8"

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
	// Parse here rather than through trafilatura.Extract: its parser
	// guesses the encoding from byte statistics and ignores <meta
	// charset>, taking a short UTF-8 page for Windows-1252 ("â€™" for
	// "’"). Parse has checked that data is valid UTF-8.
	doc, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return "", meta{}, digest.Errorf(digest.EINVALID, "no article text found in the HTML")
	}
	pruneComments(doc)
	res, text := extractArticle(doc, opts)
	if res == nil {
		// Deduplication counts the texts it has met within the page, and
		// on a page whose article is one element (a post that is one
		// list) the article itself reaches the count and the whole page
		// is refused as "duplicated"; without it the article comes out.
		opts.Deduplicate = false
		res, text = extractArticle(doc, opts)
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

// extractArticle runs go-trafilatura over doc (which it copies, not
// changes) and returns its result and
// the article text, or nil when it finds no article of minArticleWords.
func extractArticle(doc *html.Node, opts trafilatura.Options) (*trafilatura.ExtractResult, string) {
	res, err := trafilatura.ExtractDocument(doc, opts)
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
//
// Trafilatura trims the white space around the text of the elements it
// keeps, so "accused Netflix's <i>Two Distant Strangers</i> of" comes out
// as three bare pieces; like its own text output, words on either side of
// an element boundary are kept apart by a space, except before closing
// punctuation and after opening punctuation ("(<a>link</a>)", "<a>it</a>,").
func paragraphText(root *html.Node) string {
	var b strings.Builder
	space := false // white space before the next text
	soft := false  // an element boundary before the next text
	brk := 0       // line breaks owed before the next text
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
				case soft && b.Len() > 0 && !closing(f) && !opening(b.String()):
					b.WriteByte(' ')
				}
				brk, space, soft = 0, true, false
				if strings.Contains(f, softHyphen) {
					// Only a hint where a line may break; left in, it
					// splits the word for search ("Netan&shy;yahu").
					f = strings.ReplaceAll(f, softHyphen, "")
				}
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
		soft = true
		for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
			walk(ch)
		}
		soft = true
		if block {
			brk = 2
		}
	}
	walk(root)
	return b.String()
}

// softHyphen is U+00AD, which pages put inside long words.
const softHyphen = "\u00ad"

// closing reports a word that starts with punctuation that follows a word
// without a space: "," "." ")" "’s".
func closing(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return strings.ContainsRune(",.;:!?)]}”’%'-", r)
}

// opening reports text that ends with punctuation a word follows without
// a space: "(" "“" "$".
func opening(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune("([{“‘$#/-", r)
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
	// all six are at most ' ' (tab to carriage return are 9 to 13): a letter
	// fails the first comparison instead of six
	return c <= ' ' && (c == ' ' || '\t' <= c && c <= '\r')
}
