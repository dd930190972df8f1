package clip

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Captions, photo credits and button labels: short lines standing apart
// from the prose.

// captionLike reports a line that reads as a caption or photo credit rather
// than prose: "Name / Agency Press Service", "caption. kremlin.ru", or a few
// words with no sentence punctuation.
func captionLike(s string, words int) bool {
	if words > 30 || strings.HasSuffix(s, ":") {
		return false
	}
	return creditLike(s, words) || words <= 12 && !endsSentence(s) && !strings.HasSuffix(s, ",") && !reportsSaying(s)
}

// reportsSaying reports a line that tells what someone said, in the past
// ("“We will stay,” Ann Lee said", "Lee told reporters the vote was a
// win"). Captions and headlines are written in the present ("Ann Lee
// speaks at a rally in Boston", "Lee says vote a win"), so a line like
// this is prose that lost its full stop, as pasted clippings often do in
// their last paragraph. A line that leaves a quotation open ("“Stay,” she
// said, “and") was cut short rather than finished.
func reportsSaying(s string) bool {
	if !containsWordFold(s, "said", true) && !containsWordFold(s, "told", true) {
		return false
	}
	return strings.Count(s, "\"")%2 == 0 && strings.Count(s, "“") == strings.Count(s, "”")
}

// creditLike reports a caption by the credit it carries: "Name / Agency
// Press Service", "... kremlin.ru", "John Moore/Getty Images".
func creditLike(s string, words int) bool {
	switch {
	case words <= 12 && strings.Contains(s, " / ") && !endsSentence(s):
		return true
	case words <= 15 && endsWithDomain(s):
		return true
	}
	return words <= 20 && photoCredit(s)
}

// photoCredit reports a photo credit: "Getty Images", "AP Photo/...",
// "Photo: ...", or a line ending in "Name/Agency".
func photoCredit(s string) bool {
	// Agencies write their credits in these cases.
	if strings.Contains(s, "Getty Images") || strings.Contains(s, "GETTY IMAGES") || strings.Contains(s, "AP Photo") {
		return true
	}
	for _, p := range []string{"photo:", "photo by", "photograph:", "image:", "credit:", "pictured:"} {
		if hasPrefixFold(s, p) {
			return true
		}
	}
	last := strings.TrimRight(s[strings.LastIndexByte(s, ' ')+1:], ".")
	slash := strings.IndexByte(last, '/')
	if slash <= 0 || slash == len(last)-1 {
		return false
	}
	for _, r := range last {
		if !unicode.IsLetter(r) && r != '/' && r != '-' {
			return false
		}
	}
	r, _ := utf8.DecodeRuneInString(last[slash+1:])
	return unicode.IsUpper(r)
}

// captionsOverCredits marks as furniture a caption printed right over its
// credit ("Mugabe with ... at State House\nCredit: HARARE HERALD"): a line
// without sentence punctuation with a photo credit under it, no blank line
// between. Only an explicit credit counts here: a line like "x = a / b"
// in a block of code reads as creditLike's "Name / Agency". A caption standing alone is left to captionLike, which must
// keep longer lines, since subheadings and standfirsts read the same.
func captionsOverCredits(units []unit, roles []int) {
	for i := 1; i < len(units); i++ {
		u, c := units[i-1], units[i]
		if c.blankBefore || roles[i-1] == roleHeadline || c.words > 20 || !photoCredit(c.s) {
			continue
		}
		if u.words < maxWords && !endsSentence(u.s) && !strings.HasSuffix(u.s, ":") {
			roles[i-1], roles[i] = roleFurniture, roleFurniture
		}
	}
}

// buttonLike reports a line of one to three words with no sentence
// punctuation ("Once", "Monthly", "Read more"). Labels that end like a
// sentence ("Remind me later.") are left to the page decision.
func buttonLike(s string, words int) bool {
	return words <= 3 && !strings.ContainsAny(s, ",\"“”:") && !endsSentence(s)
}

// standalone reports whether unit i stands between blank lines (or the ends
// of the text): the way captions sit in a clipping.
func standalone(units []unit, i int) bool {
	return units[i].blankBefore && (i+1 == len(units) || units[i+1].blankBefore)
}

// endsWithDomain reports a line whose last word is a bare domain name, the
// way photo credits read ("... kremlin.ru").
func endsWithDomain(s string) bool {
	s = strings.TrimRight(s, "*_")
	w := s[strings.LastIndexByte(s, ' ')+1:]
	dot := strings.LastIndexByte(w, '.')
	if dot <= 0 || dot >= len(w)-2 || len(w)-dot > 5 || strings.IndexByte(s, ' ') < 0 {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' || c == '-') {
			return false
		}
	}
	return true
}
