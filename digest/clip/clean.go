package clip

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/whosaid/whosaid/digest"
)

// A unit is one paragraph candidate: a line of the text (or, in hard-wrapped
// text, a run of lines), trimmed of white space at both ends.
type unit struct {
	start, end  int    // trimmed span in the clipping's Text
	blankBefore bool   // a blank line (or the start of the body) precedes it
	s           string // Text[start:end]
	words       int    // its words, counted up to maxWords
	marker      bool   // a list, quote or heading mark was skipped before start
}

// maxWords is where word counts stop: every rule about short lines asks
// about fewer words.
const maxWords = 41

// The roles the cleaner gives units.
const (
	roleBody = iota
	roleHeadline
	roleFurniture
	roleContinued // body joined to the block before it
)

// cleaned is what cleaning found besides the blocks.
type cleaned struct {
	blocks    []digest.Block
	headline  string // text of the headline block, folded
	outlet    string // publisher named by page furniture
	author    string // byline
	published string // the date text of a "Published on ..." line
}

// clean splits text[from:] into units, classifies each as headline, article
// prose or page furniture, and returns the blocks of what is kept.
func clean(text string, from int) cleaned {
	units := splitUnits(text, from)
	roles := make([]int, len(units))
	var out cleaned
	st := cleanState{units: units, roles: roles, out: &out, lastKept: -1}
	for i := range units {
		roles[i] = st.classify(i)
		if roles[i] != roleFurniture {
			st.lastKept = i
		}
	}
	pageDecision(units, roles)
	out.blocks = make([]digest.Block, 0, len(units))
	for i, u := range units {
		switch roles[i] {
		case roleFurniture:
			continue
		case roleContinued:
			if n := len(out.blocks); n > 0 {
				out.blocks[n-1].Span[1] = u.end
				continue
			}
		case roleHeadline:
			out.blocks = append(out.blocks, digest.Block{Span: digest.Span{u.start, u.end}, Kind: digest.BlockHeadline})
			if out.headline == "" {
				out.headline = digest.FoldSpace(strings.TrimLeft(u.s, "# "))
			}
			continue
		}
		out.blocks = append(out.blocks, digest.Block{Span: digest.Span{u.start, u.end}, Kind: digest.BlockBody})
	}
	return out
}

// cleanState carries what classification has seen so far.
type cleanState struct {
	units    []unit
	roles    []int
	out      *cleaned
	lastKept int  // index of the last unit not thrown out; -1 before any
	seenBody bool // the headline or prose has been seen
	prose    bool // a paragraph of prose has been seen
	appeal   bool // inside a donation appeal
	signup   bool // inside a newsletter sign-up
}

// classify returns the role of unit i given the units before it.
func (st *cleanState) classify(i int) int {
	u := st.units[i]
	s := u.s
	if st.continues(i) {
		return roleContinued
	}
	// A line printed twice in a row is a caption and its copy, except that
	// a long paragraph or a title printed twice keeps its first copy.
	if i > 0 && st.units[i-1].s == s {
		return roleFurniture
	}
	if i+1 < len(st.units) && st.units[i+1].s == s && u.words < maxWords && (st.seenBody || !titleLike(s, u.words)) {
		return roleFurniture
	}
	if st.furniture(s, u.words, u.marker) {
		return roleFurniture
	}
	if !st.seenBody && st.headline(i) {
		st.seenBody, st.appeal, st.signup = true, false, false
		return roleHeadline
	}
	if st.appeal {
		if appealLike(s, u.words) {
			return roleFurniture
		}
		st.appeal = false
	}
	if st.signup {
		if signupLike(s) {
			return roleFurniture
		}
		st.signup = false
	}
	if standalone(st.units, i) && (creditLike(s, u.words) || st.seenBody && captionLike(s, u.words)) {
		return roleFurniture
	}
	if buttonLike(s, u.words) {
		return roleFurniture
	}
	st.seenBody, st.prose = true, true
	return roleBody
}

// headline reports whether unit i reads as the clipping's headline: a
// title-like line standing apart from what follows, which does not carry on
// its sentence.
//
// The first line of a clipping is also its headline when it ends with a full
// stop but is one short sentence (as PolNeAR prints its headlines), and
// when the paragraph under it follows without a blank line but is a longer
// sentence (a page copied one line per paragraph).
func (st *cleanState) headline(i int) bool {
	u := st.units[i]
	if creditLike(u.s, u.words) {
		return false
	}
	title := titleLike(u.s, u.words)
	if !title && !(i == 0 && headSentence(u.s, u.words)) {
		return false
	}
	j := i + 1
	if j < len(st.units) && st.units[j].s == st.units[i].s {
		j++ // its copy, dropped as such
	}
	if j == len(st.units) {
		return title
	}
	next := st.units[j]
	r, _ := utf8.DecodeRuneInString(next.s)
	if unicode.IsLower(r) {
		return false
	}
	if next.blankBefore {
		return true
	}
	// One line a paragraph: the article's first paragraph, or a deck
	// after a headline that ends with a semicolon ("Headline; \nDeck.").
	return i == 0 && title && (endsSentence(next.s) && len(next.s) >= 2*len(u.s) || strings.HasSuffix(u.s, ";"))
}

// headWords is the most words a first line ending in a full stop has to be
// taken as a headline: the 95th percentile of the 840 PolNeAR train
// headlines (median 10), while half of their first body paragraphs have
// more than 30 (TestHeadWords).
const headWords = 18

// headSentence reports a line that reads as a headline written as one
// sentence: a few words, a full stop at the end and none inside.
func headSentence(s string, words int) bool {
	if words < 3 || words > headWords || len(s) > 300 || !endsSentence(s) {
		return false
	}
	if titleCase(s) {
		return true // "Black Girls Rock! Is The Ultimate Celebration."
	}
	// Headlines drop their articles: 85% of the PolNeAR train headlines
	// have none, 8% of the short first paragraphs under them.
	for _, w := range strings.Fields(s) {
		switch strings.ToLower(strings.Trim(w, ".,;:!?\"'“”‘’")) {
		case "the", "a", "an":
			return false
		}
	}
	body := strings.TrimRight(s, ".!?…\"'’”)")
	for k := 0; k+2 < len(body); k++ {
		if c := body[k]; (c == '.' || c == '!' || c == '?') && body[k+1] == ' ' {
			if r, _ := utf8.DecodeRuneInString(body[k+2:]); unicode.IsUpper(r) && !initialBefore(body, k) {
				return false // a second sentence
			}
		}
	}
	return true
}

// titleCase reports a line written in title case: four in five of its
// words of four letters or more start with a capital (a body sentence
// capitalises only names).
func titleCase(s string) bool {
	long, upper := 0, 0
	for _, w := range strings.Fields(s) {
		if utf8.RuneCountInString(w) < 4 {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) {
			continue
		}
		long++
		if unicode.IsUpper(r) {
			upper++
		}
	}
	return long >= 2 && upper*5 >= long*4
}

// initialBefore reports whether the full stop at body[k] ends an initial
// or a short abbreviation ("U.S. Senate", "Mr. Trump").
func initialBefore(body string, k int) bool {
	w := k
	for w > 0 && body[w-1] != ' ' {
		w--
	}
	return k-w <= 3
}

// continues reports whether unit i carries on the sentence of the last kept
// unit: that one stops without sentence punctuation and this one starts in
// lower case, as when a clipper breaks a sentence over a blank line.
func (st *cleanState) continues(i int) bool {
	if st.lastKept < 0 || st.roles[st.lastKept] == roleHeadline {
		return false
	}
	// Only across blank lines or line breaks, not across furniture.
	if st.lastKept != i-1 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(st.units[i].s)
	if !unicode.IsLower(r) {
		return false
	}
	return !endsSentence(st.units[st.lastKept].s) && !strings.HasSuffix(st.units[st.lastKept].s, ":")
}

// furniture reports whether s is a line of page furniture recognised by its
// own words, and records what such lines say about the clipping.
func (st *cleanState) furniture(s string, words int, marker bool) bool {
	switch {
	case navLine(s, words):
		return true
	case aggregatorLine(st.out, s, words, !st.prose):
		return true
	case imageLine(s, words, marker), linkLine(s):
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
	if header && hasPrefixFold(s, "by ") && words <= 6 && !endsSentence(s) {
		if out.author == "" {
			out.author = strings.TrimSpace(s[len("by "):])
		}
		return true
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
	i := strings.Index(head, " journalists report ")
	if i <= 0 || i > 60 {
		return "", false
	}
	return strings.TrimSpace(s[:i]), true
}

// titleLike reports a line that reads as a headline: a few words, no
// sentence punctuation at its end.
func titleLike(s string, words int) bool {
	s = strings.TrimLeft(s, "# ")
	return words >= 3 && words < 40 && len(s) <= 300 && !endsSentence(s) && !strings.HasSuffix(s, ":") && !strings.HasSuffix(s, ",")
}

// captionLike reports a line that reads as a caption or photo credit rather
// than prose: "Name / Agency Press Service", "caption. kremlin.ru", or a few
// words with no sentence punctuation.
func captionLike(s string, words int) bool {
	if words > 30 || strings.HasSuffix(s, ":") {
		return false
	}
	return creditLike(s, words) || words <= 12 && !endsSentence(s) && !strings.HasSuffix(s, ",")
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

// endsSentence reports whether s ends with sentence punctuation, perhaps
// followed by closing quotes or brackets.
func endsSentence(s string) bool {
	for len(s) > 0 {
		r, n := utf8.DecodeLastRuneInString(s)
		switch r {
		case '"', '\'', '’', '”', ')', ']', '»', '*', '_':
			s = s[:len(s)-n]
			continue
		case '.', '!', '?', '…':
			return true
		}
		return false
	}
	return false
}

// countWords returns the words of the trimmed line s, up to max: one more
// than its spaces, which over-counts only where spaces are doubled. Counting
// spaces runs at memory speed, and every unit is counted.
func countWords(s string, max int) int {
	if s == "" {
		return 0
	}
	return min(strings.Count(s, " ")+strings.Count(s, "\t")+1, max)
}

// hasPrefixFold reports whether s starts with prefix, ignoring ASCII case;
// prefix must be lower case.
func hasPrefixFold(s, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	for i := 0; i < len(prefix); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != prefix[i] {
			return false
		}
	}
	return true
}

// hasSuffixFold reports whether s ends with suffix, ignoring ASCII case;
// suffix must be lower case.
func hasSuffixFold(s, suffix string) bool {
	return len(s) >= len(suffix) && hasPrefixFold(s[len(s)-len(suffix):], suffix)
}

// trimPrefixFold returns s without prefix (lower case), ignoring ASCII case.
func trimPrefixFold(s, prefix string) string {
	if hasPrefixFold(s, prefix) {
		return s[len(prefix):]
	}
	return s
}

// containsFold reports whether s contains sub (lower case), ignoring ASCII
// case.
func containsFold(s, sub string) bool {
	c := sub[0]
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i]|0x20 == c && hasPrefixFold(s[i:], sub) {
			return true
		}
	}
	return false
}

// containsWordFold reports whether s has a word starting with w (lower
// case), ignoring ASCII case; with whole, the word must be w itself.
func containsWordFold(s, w string, whole bool) bool {
	for i := 0; i+len(w) <= len(s); i++ {
		if i > 0 && isLetterByte(s[i-1]) || !hasPrefixFold(s[i:], w) {
			continue
		}
		if !whole || i+len(w) == len(s) || !isLetterByte(s[i+len(w)]) {
			return true
		}
	}
	return false
}

// isLetterByte reports an ASCII letter or any byte of a multi-byte
// character (letters, in the texts we read, more often than not).
func isLetterByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80
}
