package clip

import (
	"strings"
)

// Page furniture recognised by its own words: navigation, aggregator
// header lines, image placeholders, donation appeals and newsletter
// sign-ups. These are the pattern lists that still pay (README, "What else
// it does", Clippings); what a block is decides the rest (page.go).

// furniture reports whether s is a line of page furniture recognised by its
// own words, and records what such lines say about the clipping.
func (st *cleanState) furniture(s string, words int, marker bool) bool {
	st.header = false
	switch {
	case navLine(s, words):
		return true
	case aggregatorLine(st.out, s, words, !st.prose):
		st.header = true
		return true
	case imageLine(s, words, marker), linkLine(s), cookieNotice(s), captionLabel(s):
		return true
	case hasPrefixFold(s, "sign up for") || hasPrefixFold(s, "subscribe to our") || words <= 12 && containsFold(s, "newsletter") && !endsSentence(s):
		st.signup = true
		return true
	}
	if name, ok := appealStart(s, words); ok {
		st.appeal = true
		if name != "" && st.out.outlet == "" {
			st.out.outlet = name
		}
		return true
	}
	if name, ok := selfDescription(s); ok {
		if name != "" && st.out.outlet == "" {
			st.out.outlet = name
		}
		return true
	}
	return false
}

// navLine reports site navigation: accessibility links, "Breaking News",
// "Skip to content", "Advertisement".
func navLine(s string, words int) bool {
	if words > 5 || endsSentence(s) {
		return false
	}
	for _, p := range []string{"accessibility links", "breaking news", "skip to", "advertisement", "jump to", "share this", "share on", "live updates", "most read", "related stories", "related articles", "more from"} {
		if hasPrefixFold(s, p) {
			return true
		}
	}
	return false
}

// aggregatorLine reports the header lines news aggregators put above an
// article ("Document Date:", "Category:", ",Snippets", "Show on website:",
// "Sources X", "Published on D") and bylines ("By X"), recording the outlet,
// date and author they give.
//
// Lines that could be prose elsewhere ("Sources ...") count only in the
// header, before the article starts.
func aggregatorLine(out *cleaned, s string, words int, header bool) bool {
	if words > 12 {
		return false
	}
	for _, p := range []string{"document date:", "category:", "categories:", "show on website", "tags:", "keywords:", "updated on", "last updated", "updated:"} {
		if hasPrefixFold(s, p) {
			return true
		}
	}
	if s[0] == ',' && words <= 3 {
		return true
	}
	if hasPrefixFold(s, "published") && words <= 10 {
		d := strings.TrimSpace(s[len("published"):])
		d = strings.TrimSpace(trimPrefixFold(trimPrefixFold(d, ":"), "on "))
		if _, ok := parseDate(d); ok {
			if out.published == "" {
				out.published = d
			}
			return true
		}
	}
	if header && words <= 6 {
		if name, ok := bylineName(s); ok {
			if out.author == "" {
				out.author = name
			}
			return true
		}
		if hasPrefixFold(s, "dateline:") {
			return true
		}
	}
	if header && (hasPrefixFold(s, "sources ") || hasPrefixFold(s, "sources: ") || hasPrefixFold(s, "source: ")) && words <= 6 && !endsSentence(s) {
		if out.outlet == "" {
			out.outlet = strings.TrimSpace(strings.TrimPrefix(s[len("source"):], "s"))
			out.outlet = strings.TrimSpace(strings.TrimPrefix(out.outlet, ":"))
		}
		return true
	}
	return false
}

// bylineName returns the author a byline names: "By Ann Lee", or after a
// label, "BYLINE: Ann Lee.", "Written by Ann Lee". A label may be followed
// by a full stop (PolNeAR ends its first lines with one); "By ..." only
// without one, since a headline may begin with the word ("By Any Means.").
func bylineName(s string) (string, bool) {
	for _, p := range []string{"byline:", "author:", "written by ", "by "} {
		if !hasPrefixFold(s, p) {
			continue
		}
		name := strings.TrimSpace(s[len(p):])
		if p == "by " && endsSentence(s) {
			return "", false
		}
		name = strings.TrimSuffix(name, ".")
		return name, name != ""
	}
	return "", false
}

// cookieNotice reports a site's notice about its cookies ("This website
// uses cookies to improve your experience", "By clicking “Accept all
// cookies”, you agree ..."): it names cookies and the site itself. On a
// short page its paragraphs can outweigh the article. A paragraph of news
// about cookies names them, not "this site" or "our cookie policy".
func cookieNotice(s string) bool {
	// every unit is asked: a byte search first
	if !hasOokie(s) || !containsWordFold(s, "cookie", false) {
		return false
	}
	for _, p := range []string{"this site", "this website", "our site", "our website", "cookie policy", "cookie settings", "cookie preferences", "we use cookies", "accept all cookies"} {
		if containsFold(s, p) {
			return true
		}
	}
	return false
}

// hasOokie is strings.Contains(s, "ookie"), looking for its "k", which is
// rarer in English than the "o" strings.Index starts from.
func hasOokie(s string) bool {
	for i := 2; i+3 <= len(s); {
		k := strings.IndexByte(s[i:], 'k')
		if k < 0 {
			return false
		}
		i += k
		if i+3 <= len(s) && s[i-2:i+3] == "ookie" {
			return true
		}
		i++
	}
	return false
}

// imageLine reports an image placeholder: a bullet followed by "16x9 Image"
// and the like, or a Markdown image.
func imageLine(s string, words int, marker bool) bool {
	if strings.HasPrefix(s, "![") || strings.HasPrefix(s, "[![") {
		return true
	}
	if aspectImage(s) {
		return true
	}
	return marker && words <= 4 && (hasSuffixFold(s, "image") || hasSuffixFold(s, "photo") || hasSuffixFold(s, "video"))
}

// captionLabel reports a caption that says it is one: "Media caption
// President Obama told the BBC ...", "Image caption ...", "Caption: ...".
// A caption tells what a picture or a video shows, often in the words of
// the article's statements.
func captionLabel(s string) bool {
	if hasPrefixFold(s, "caption:") {
		return true
	}
	for _, p := range []string{"media", "image", "video", "photo", "picture"} {
		if hasPrefixFold(s, p) && len(s) > len(p)+1 && s[len(p)] == ' ' {
			r := s[len(p)+1:]
			if hasPrefixFold(r, "caption ") || hasPrefixFold(r, "caption:") {
				return true
			}
		}
	}
	return false
}

// linkLine reports a line that is one Markdown link and nothing else, the
// way related-article and navigation links come out of a web clipper.
func linkLine(s string) bool {
	if !strings.HasPrefix(s, "[") || !strings.HasSuffix(s, ")") {
		return false
	}
	i := strings.Index(s, "](")
	return i > 0 && !strings.Contains(s[i+2:], "](") && strings.IndexByte(s[i+2:], ' ') < 0
}

// aspectImage reports "16x9 Image", "4x3 Image".
func aspectImage(s string) bool {
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i == 0 || i >= len(s) || s[i] != 'x' {
		return false
	}
	j := i + 1
	for j < len(s) && s[j] >= '0' && s[j] <= '9' {
		j++
	}
	return j > i+1 && strings.EqualFold(strings.TrimSpace(s[j:]), "image")
}

// appealStart reports the first line of a donation appeal: "A Message from
// X:", "Dear readers,", "Support X!", returning X when the line names it.
func appealStart(s string, words int) (string, bool) {
	switch {
	case words <= 8 && hasPrefixFold(s, "a message from ") && strings.HasSuffix(s, ":"):
		return strings.TrimSpace(s[len("a message from ") : len(s)-1]), true
	case words <= 3 && hasPrefixFold(s, "dear reader"):
		return "", true
	case words <= 6 && hasPrefixFold(s, "support ") && strings.HasSuffix(s, "!"):
		return strings.TrimSpace(s[len("support ") : len(s)-1]), true
	case words <= 8 && (hasPrefixFold(s, "donate to") || hasPrefixFold(s, "please donate") || hasPrefixFold(s, "become a member")):
		return "", true
	}
	return "", false
}

// appealLike reports a line that carries on a donation appeal: its buttons
// and short lines, and paragraphs that address the reader or plead for money.
func appealLike(s string, words int) bool {
	if words <= 5 {
		return true
	}
	for _, w := range []string{"support", "donat", "contribut", "journalis", "reader", "subscri", "thank"} {
		if containsWordFold(s, w, false) {
			return true
		}
	}
	for _, w := range []string{"we", "our", "us", "you", "your"} {
		if containsWordFold(s, w, true) {
			return true
		}
	}
	return false
}

// signupLike reports a line that carries on a newsletter sign-up box.
func signupLike(s string) bool {
	for _, w := range []string{"newsletter", "inbox", "mailbox", "subscri", "privacy policy", "email", "e-mail", "sign up"} {
		if containsFold(s, w) {
			return true
		}
	}
	return false
}

// selfDescription reports an outlet describing itself at the end of an
// article ("RFE/RL journalists report the news in 27 languages ..."),
// returning the outlet's name.
func selfDescription(s string) (string, bool) {
	head := s[:min(len(s), 80)]
	if strings.IndexByte(head, 'j') < 0 {
		return "", false // the phrase's rarest letter, found at memory speed: most units have none
	}
	i := strings.Index(head, " journalists report ")
	if i <= 0 || i > 60 {
		return "", false
	}
	return strings.TrimSpace(s[:i]), true
}
