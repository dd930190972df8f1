package clip

import (
	"strings"

	"golang.org/x/net/html"
)

// pruneComments removes a page's reader comments before go-trafilatura
// reads it: the section a content system marks as such (id "comments" or
// "disqus_thread", or a class "comments", "comment-list", "commentlist",
// "comments-area"). Trafilatura's own ExcludeComments misses some (a
// Drupal page's <div id="comments"> of "comment-by-anonymous" blocks came
// out with the article), and its fallback extractors keep them; a
// reader's comment quoting a name ("Nacchio claims he was indicted")
// then reads as a statement of the article's.
func pruneComments(n *html.Node) {
	for ch := n.FirstChild; ch != nil; {
		next := ch.NextSibling
		if ch.Type == html.ElementNode && commentSection(ch) {
			n.RemoveChild(ch)
		} else {
			pruneComments(ch)
		}
		ch = next
	}
}

// commentSection reports whether an element is a page's comment section
// by its id or its class.
func commentSection(n *html.Node) bool {
	switch n.Data {
	case "html", "body", "main", "article":
		return false // a page that is all comments still has its article
	}
	for _, a := range n.Attr {
		switch a.Key {
		case "id":
			if a.Val == "comments" || a.Val == "disqus_thread" {
				return true
			}
		case "class":
			for _, c := range strings.Fields(a.Val) {
				switch c {
				case "comments", "comment-list", "commentlist", "comments-area":
					return true
				}
			}
		}
	}
	return false
}
