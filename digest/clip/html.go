package clip

import (
	"bytes"
	"net/url"
	"strings"

	"github.com/markusmobius/go-trafilatura"
	"github.com/whosaid/whosaid/digest"
)

// fromHTML reduces a saved web page to its article text with go-trafilatura
// and returns the text and the page's metadata. A page with no article text
// gives an EINVALID error.
func fromHTML(data []byte, pageURL string) (string, meta, error) {
	opts := trafilatura.Options{ExcludeComments: true, EnableFallback: true, Deduplicate: true}
	if u, err := url.Parse(pageURL); err == nil && u.Host != "" {
		opts.OriginalURL = u
	}
	res, err := trafilatura.Extract(bytes.NewReader(data), opts)
	if err != nil || res == nil || strings.TrimSpace(res.ContentText) == "" {
		return "", meta{}, digest.Errorf(digest.EINVALID, "no article text found in the HTML")
	}
	md := res.Metadata
	m := meta{title: strings.TrimSpace(md.Title), author: strings.TrimSpace(md.Author), url: md.URL, tags: md.Tags}
	m.outlet = outletName(md.Sitename)
	if !md.Date.IsZero() {
		m.published = day(md.Date)
	}
	return res.ContentText, m, nil
}
