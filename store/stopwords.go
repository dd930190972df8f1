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
	add := func(text, sep string) {
		words := termWords(text)
		for i := 0; i+1 < len(words); i++ {
			if !commonWords[words[i]] || !commonWords[words[i+1]] {
				continue
			}
			p := words[i] + sep + words[i+1]
			if seen[p] {
				continue
			}
			seen[p] = true
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(p)
		}
	}
	add(content, pairSep)
	add(context, pairSep)
	add(names, namePairSep)
	return b.String()
}
