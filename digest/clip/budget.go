package clip

import (
	"bytes"

	"github.com/whosaid/whosaid/digest"
	"golang.org/x/net/html"
)

// The budget an HTML page must fit before go-trafilatura reads it. Its
// extraction builds strings whose cost grows with the number of <p>
// elements times the page's text: 20,000 short <p> took 6.6 s, 4,000 <p> of
// 1 KB each 6.7 s, 200,000 <p> 13.5 s and 1.2 GB. Within these limits the
// worst page takes about 2 s; real article pages are far inside them (the
// largest of 68 readability test pages: 1 MB, 9,900 elements, 191 <p>).
const (
	maxHTMLBytes      = 8 << 20 // the page as read
	maxHTMLElements   = 30_000  // start tags of any kind
	maxHTMLParagraphs = 3_000   // <p> start tags
	maxHTMLText       = 1 << 20 // bytes of text outside <script> and <style>
)

// checkHTMLBudget refuses, with an EINVALID error saying which limit, a page
// too large or too complex to extract in reasonable time and memory. It
// tokenizes the page once and stops at the first limit passed.
func checkHTMLBudget(data []byte) error {
	if len(data) > maxHTMLBytes {
		return digest.Errorf(digest.EINVALID, "HTML page is %s, over the %s limit for pages", sizeText(int64(len(data))), sizeText(maxHTMLBytes))
	}
	z := html.NewTokenizer(bytes.NewReader(data))
	elements, paragraphs, text := 0, 0, 0
	raw := false // the last token opened <script> or <style>: its text is code
	for {
		tt := z.Next()
		wasRaw := raw
		raw = false
		switch tt {
		case html.ErrorToken:
			// io.EOF, or input the tokenizer gives up on: the parser copes
			// with it or refuses it.
			return nil
		case html.StartTagToken, html.SelfClosingTagToken:
			elements++
			if elements > maxHTMLElements {
				return digest.Errorf(digest.EINVALID, "HTML page has over %d elements, too many to extract", maxHTMLElements)
			}
			name, _ := z.TagName()
			raw = tt == html.StartTagToken && (string(name) == "script" || string(name) == "style")
			if len(name) == 1 && name[0] == 'p' {
				paragraphs++
				if paragraphs > maxHTMLParagraphs {
					return digest.Errorf(digest.EINVALID, "HTML page has over %d paragraphs (<p>), too many to extract", maxHTMLParagraphs)
				}
			}
		case html.TextToken:
			// The tokenizer returns the body of a <script> or <style> as
			// one text token after its start tag: not the page's text.
			if !wasRaw {
				text += len(bytes.TrimSpace(z.Raw()))
				if text > maxHTMLText {
					return digest.Errorf(digest.EINVALID, "HTML page has over %s of text, over the limit for pages", sizeText(maxHTMLText))
				}
			}
		}
	}
}
