package clip

import (
	"regexp"
	"strings"

	"github.com/whosaid/whosaid/digest"
)

// datelineRe matches a wire dateline at the start of a paragraph: a place
// (capitalised words, perhaps a state, a date: "TRENTON, N.J.", "New
// York", "MOSCOW, July 29") or nothing, the agency in parentheses, a dash.
// The agency is a name of 2–30 characters opening with two letters ("AP",
// "Reuters", "dpa", "Agence France-Presse"),
// not a party label ("(R-Texas)", "(D)").
var datelineRe = regexp.MustCompile(`^(?:\p{Lu}[\p{L}.'’]*(?:,? (?:\p{Lu}[\p{L}.'’]*|\d{1,4}\.?))*,? )?\((\p{L}{2}[\p{L}.&/ -]{0,28})\) ?[—–-]`)

// datelineParagraphs is how many of the first body paragraphs may carry
// the dateline (a subtitle or a timestamp line may come before it).
const datelineParagraphs = 3

// datelineOutlet returns the agency a wire dateline names ("WASHINGTON
// (AP) —" gives "AP") in one of the first body paragraphs of c, or "".
func datelineOutlet(c *digest.Clipping) string {
	seen := 0
	for _, b := range c.Blocks {
		if b.Kind != digest.BlockBody {
			continue
		}
		// the agency's parenthesis first: most paragraphs have none, and
		// the expression's optional place before it costs a backtracking run
		if strings.IndexByte(c.Text[b.Span[0]:b.Span[1]], '(') >= 0 {
			if m := datelineRe.FindStringSubmatch(c.BlockText(b)); m != nil {
				return outletName(strings.TrimSpace(m[1]))
			}
		}
		if seen++; seen == datelineParagraphs {
			break
		}
	}
	return ""
}
