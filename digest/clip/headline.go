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

// titleLike reports a line that reads as a headline: a few words, no
// sentence punctuation at its end.
func titleLike(s string, words int) bool {
	s = strings.TrimLeft(s, "# ")
	return words >= 3 && words < 40 && len(s) <= 300 && !endsSentence(s) && !strings.HasSuffix(s, ":") && !strings.HasSuffix(s, ",")
}
