package store

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
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
// found in most statements. Lower case, as the index folds them. Each maps
// to itself: the word loops take a common word's string from it rather
// than allocate one; any other word maps to "".
var commonWords = func() map[string]string {
	m := map[string]string{}
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
		m[w] = w
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
// common-word pairs of its content and of its names (its context is
// indexed without order, contextWords).
func entryPairs(content, names string) string {
	var b strings.Builder
	// A few pairs an entry: a list beats a map. The words are
	// commonWords' strings, so a pair costs no allocation.
	type wordPair struct{ w1, w2, sep string }
	var seenBuf [16]wordPair
	seen := seenBuf[:0]
	pair := func(w1, w2, sep string) {
		p := wordPair{w1, w2, sep}
		if slices.Contains(seen, p) {
			return
		}
		seen = append(seen, p)
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w1)
		b.WriteString(sep)
		b.WriteString(w2)
	}
	wordPairs(content, pairSep, pair)
	wordPairs(names, namePairSep, pair)
	return b.String()
}

// wordPairs calls pair for each two adjacent common words of text, split
// and lower-cased as termWords does, without splitting the whole text into
// strings: it reads a word at a time and looks it up only when it is
// short and all ASCII once lower-cased (every common word is), which most
// words are not.
func wordPairs(text, sep string, pair func(w1, w2, sep string)) {
	var buf [16]byte // longer words are not common
	prev := ""       // the previous word if it was common
	for i := 0; i < len(text); {
		// Find the next word: a run of letters, digits and marks.
		c := text[i]
		if c < utf8.RuneSelf {
			if !asciiAlnum(c) {
				i++
				continue
			}
		} else if r, n := utf8.DecodeRuneInString(text[i:]); !wordRune(r) {
			i += n
			continue
		}
		n, ascii := 0, true // bytes of the lower-cased word in buf
		for i < len(text) {
			c := text[i]
			if c < utf8.RuneSelf {
				if c = asciiWordByte[c]; c == 0 {
					break
				}
				if n < len(buf) {
					buf[n] = c
				}
				n++
				i++
				continue
			}
			r, size := utf8.DecodeRuneInString(text[i:])
			if !wordRune(r) {
				break
			}
			// A letter outside ASCII may lower-case into it (U+0130 "İ"
			// to "i"), as strings.ToLower does.
			if lr := unicode.ToLower(r); lr < utf8.RuneSelf && n < len(buf) {
				buf[n] = byte(lr)
			} else {
				ascii = false
			}
			n++
			i += size
		}
		word := ""
		if ascii && n <= len(buf) {
			word = commonWords[string(buf[:n])]
		}
		if word != "" && prev != "" {
			pair(prev, word, sep)
		}
		prev = word
	}
}

// wordRune reports whether r belongs to a word as termWords splits text.
func wordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// asciiAlnum reports whether an ASCII byte is a letter or digit, the bytes
// termWords keeps in words.
func asciiAlnum(c byte) bool { return asciiWordByte[c] != 0 }

// asciiWordByte maps each ASCII letter and digit to itself lower-cased and
// every other byte to 0: the test and the fold of the word loops in one
// look-up.
var asciiWordByte = func() (t [256]byte) {
	for c := '0'; c <= '9'; c++ {
		t[c] = byte(c)
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = byte(c), byte(c)
	}
	return t
}()
