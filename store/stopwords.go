package store

import (
	"strings"
)

// Phrases made of very common words ("of the", "the to") are slow for
// FTS5: it must walk the position lists of words found in most rows, and
// when the phrase occurs rarely or never it walks them to the end. So
// each entry also indexes, in its pairs column, every two adjacent common
// words of its text as one token ("of0the"), and a phrase of common words
// is looked up by its pairs (matchplan.go). A phrase with a rarer word
// needs none of this: FTS5 walks the rarer word's rows and seeks the
// common word's positions only there.

// commonWords are English function words: articles, pronouns,
// prepositions, conjunctions, auxiliaries and a few adverbs, the words
// found in most statements. Lower case, as the index folds them.
var commonWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`
		a an the this that these those
		i me my we us our you your he him his she her it its they them their
		who whom whose which what where when why how
		and or but nor so yet if then than as because while though although
		of in on at to for from by with about into onto over under after before
		between through during without within against among up down out off
		is am are was were be been being do does did done have has had having
		will would shall should can could may might must
		not no there here all any some more most such only also just very
		s t don didn doesn isn wasn aren`) {
		m[w] = true
	}
	return m
}()

// pairSep joins two common words of an entry's content or context into
// one index token, namePairSep two of its speaker's name and title: a
// digit, so the token is one word for the tokenizer and no real word.
const (
	pairSep     = "0"
	namePairSep = "1"
)

// entryPairs returns what an entry's pairs column holds: the adjacent
// common-word pairs of its content and context, and of its names.
func entryPairs(content, names, context string) string {
	var b strings.Builder
	seen := map[string]bool{}
	pair := func(w1, w2, sep string) {
		p := w1 + sep + w2
		if seen[p] {
			return
		}
		seen[p] = true
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(p)
	}
	add := func(text, sep string) {
		if asciiPairs(text, sep, pair) {
			return
		}
		words := termWords(text)
		for i := 0; i+1 < len(words); i++ {
			if commonWords[words[i]] && commonWords[words[i+1]] {
				pair(words[i], words[i+1], sep)
			}
		}
	}
	add(content, pairSep)
	add(context, pairSep)
	add(names, namePairSep)
	return b.String()
}

// asciiPairs calls pair for each two adjacent common words of text, as
// termWords would split it, and reports true; for text that is not all
// ASCII it does nothing and reports false. It is entryPairs' fast path:
// it lower-cases and looks up one word at a time, without splitting the
// whole text into strings (most words are not common, and most text is
// ASCII, where lower-casing and splitting are byte by byte).
func asciiPairs(text, sep string, pair func(w1, w2, sep string)) bool {
	for i := 0; i < len(text); i++ {
		if text[i] >= utf8RuneSelf {
			return false
		}
	}
	var buf [16]byte // longer words are not common
	prev := ""       // the previous word if it was common
	for i := 0; i < len(text); {
		if !asciiAlnum(text[i]) {
			i++
			continue
		}
		j := i
		for j < len(text) && asciiAlnum(text[j]) {
			j++
		}
		word := ""
		if j-i <= len(buf) {
			w := buf[:j-i]
			for k := range w {
				c := text[i+k]
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				}
				w[k] = c
			}
			if commonWords[string(w)] {
				word = string(w)
			}
		}
		if word != "" && prev != "" {
			pair(prev, word, sep)
		}
		prev = word
		i = j
	}
	return true
}

// utf8RuneSelf is the first byte value that is not ASCII.
const utf8RuneSelf = 0x80

// asciiAlnum reports whether an ASCII byte is a letter or digit, the bytes
// termWords keeps in words.
func asciiAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}
