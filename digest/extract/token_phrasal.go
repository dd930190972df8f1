package extract

import (
	"strings"
	"unicode/utf8"
)

// "point out" is a verb of speech as "note" is ("Lee pointed out that the
// plan was late", "As the union pointed out in its response, …"), though
// neither of its words is one alone ("pointed to the chart", "out of
// time"). The tokenizer reads the two words as one token with the
// lexicon's reading of the matching form of "note".

// phrasalNote maps the forms of "point" to those of "note".
var phrasalNote = map[string]string{"point": "note", "points": "notes", "pointed": "noted", "pointing": "noting"}

// phrasalOut returns the end of "out" after a form of "point" that is
// the word t[i:j] ("pointed out"), with the reading of the matching form
// of "note", or j and false.
func phrasalOut(t string, i, j, end int, buf *[64]byte) (int, word, bool) {
	if j+4 > end || t[j] != ' ' || t[j+1:j+4] != "out" {
		return j, word{}, false // most words: no " out" after them, and no need to lower them
	}
	n, ok := phrasalNote[strings.ToLower(t[i:j])]
	if !ok {
		return j, word{}, false
	}
	if r, _ := utf8.DecodeRuneInString(t[j+4 : end]); isLetter(r) {
		return j, word{}, false // "point outward", "point outré" (a dash or a quotation mark after it is no letter)
	}
	return j + 4, look(n, buf), true
}
