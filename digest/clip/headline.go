package clip

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Finding the headline: the title-like first line of a clipping.

// headline reports whether unit i reads as the clipping's headline: a
// title-like line standing apart from what follows, which does not carry on
// its sentence.
//
// The first line of a clipping (after a byline or dateline thrown out) is
// also its headline when it ends with a full stop but is one short
// sentence (as PolNeAR prints its headlines), and
// when the paragraph under it follows without a blank line but is a longer
// sentence (a page copied one line per paragraph).
func (st *cleanState) headline(i int) bool {
	u := st.units[i]
	if creditLike(u.s, u.words) {
		return false
	}
	title := titleLike(u.s, u.words)
	first := st.lastKept < 0 // the first line kept: under a byline or dateline, if any
	if !title && !(first && headSentence(u.s, u.words)) {
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
	return first && title && (endsSentence(next.s) && len(next.s) >= 2*len(u.s) || strings.HasSuffix(u.s, ";"))
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
	for w := range strings.FieldsSeq(s) {
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

// titleLike reports a line that reads as a headline: a few words, no
// sentence punctuation at its end.
func titleLike(s string, words int) bool {
	s = strings.TrimLeft(s, "# ")
	return words >= 3 && words < 40 && len(s) <= 300 && !endsSentence(s) && !strings.HasSuffix(s, ":") && !strings.HasSuffix(s, ",")
}

// pageHeadline reconsiders the headline of a copied page once the page
// decision has found its article. The headline was the first title-like
// line standing apart, which on a page copied whole is often a menu or
// search-box line ("Search the BBC") with the rest of the menu under it.
// When more than maxGap lines the decision dropped lie between it and
// the article (a menu, not a date, a byline and a caption) and it does not
// use the article's words (minHeadShare of them, weighed by rarity), it
// goes, and the nearest title-like line over the article that uses them
// takes its place, if any: a headline stands right over its article.
func pageHeadline(units []unit, roles []int, paras []para, keep []bool, core run) {
	start := core.first // the article's first paragraph: the first kept
	for i := range paras {
		if keep[i] {
			start = i
			break
		}
	}
	hp := -1 // the headline's paragraph
	for i, p := range paras {
		if roles[p.first] == roleHeadline {
			hp = i
			break
		}
	}
	if hp < 0 || hp >= start {
		return
	}
	// An aggregator's header lines and a byline belong over an article.
	dropped := 0
	for i := hp + 1; i < start; i++ {
		if !headerPara(units, paras[i]) {
			dropped++
		}
	}
	if dropped <= maxGap {
		return
	}
	if usesArticle(units[paras[hp].first].s, units, paras, core) {
		return // the article's headline over a table of contents, say
	}
	for i, n := start-1, 0; i > hp && n < 2*maxGap; i, n = i-1, n+1 {
		p := paras[i]
		if p.sep {
			break
		}
		if u := units[p.first]; p.first == p.last && !u.header && headlineOver(u.s, u.words) && usesArticle(u.s, units, paras, core) {
			roles[p.first] = roleHeadline
			break
		}
	}
	for u := paras[hp].first; u <= paras[hp].last; u++ {
		if roles[u] == roleHeadline {
			roles[u] = roleFurniture
		}
	}
}

// headerPara reports a paragraph of an aggregator's header lines or a
// byline.
func headerPara(units []unit, p para) bool {
	for u := p.first; u <= p.last; u++ {
		if !units[u].header {
			return false
		}
	}
	return true
}

// headlineOver reports a line that may be the headline over an article: a
// title-like line of at most headWords words and one sentence, starting
// with a capital, a digit or a quote mark; not a photo credit, a byline, a
// date or a list ("Topics: uber, libertarians, Sydney, ...": three commas
// or more, three words an item at most). A caption over the article may
// pass: captionLike takes any short line without a full stop, headlines
// included.
func headlineOver(s string, words int) bool {
	if words < 3 || words > headWords || !titleLike(s, words) || strings.Contains(s, ". ") || creditLike(s, words) {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(s); unicode.IsLower(r) || hasPrefixFold(s, "by ") {
		return false
	}
	if commas := strings.Count(s, ","); commas >= 3 && words <= 3*(commas+1) {
		return false
	}
	_, date := parseDate(s)
	return !date
}

// minHeadShare is the least share of its content words (weighed by
// rarity) a headline finds in its article's prose: nine in ten of the
// PolNeAR train headlines reach it, half of them 0.57 (TestHeadShare).
const minHeadShare = 0.2

// usesArticle reports whether the prose of the article's core run uses
// minHeadShare of line's content words, weighed by rarity.
func usesArticle(line string, units []unit, paras []para, core run) bool {
	head := map[string]bool{}
	contentWords(line, func(w string) { head[w] = true })
	return len(head) > 0 && headShare(units, paras, core, head) >= minHeadShare
}

// shortHeadline reports whether the clipping's first line is a headline of
// two words ("Strike looms", "Budget fight"), too short for titleLike: two
// capitalised words or a capitalised word and a lower-case one, with no
// sentence punctuation, alone over a paragraph of prose after a blank
// line. A menu's first line on a copied page ("Sign in") has other menu
// lines under it, not prose.
func (st *cleanState) shortHeadline() bool {
	if len(st.units) < 2 {
		return false
	}
	u, next := st.units[0], st.units[1]
	if u.words != 2 || u.marker || len(u.s) > 40 || endsSentence(u.s) || strings.ContainsAny(u.s, ":|,;") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(u.s)
	return unicode.IsUpper(r) && next.blankBefore && next.words >= 5 && endsSentence(next.s)
}
