// Adverbs that open a sentence before its subject, set off by a comma,
// which the looser reading (fallback.go) skips with the other openings
// of its speaker phrase.

package extract

import "bytes"

// adverbOpening reports whether tokens from st up to a comma before se
// are one to three adverbs set off before the subject: "Later, via email,
// he elaborated", "Rather quickly, someone pointed out". An adverb is a
// word in -ly no one in the clipping is named by ("Quickly", not
// "Kelly"), one of timeAdverbs or of the train articles' sentence adverbs
// ("Indeed, critics of the plan say"; openingAdverb), or an
// interjection ("Yes, as I assumed").
func (s *sentence) adverbOpening(st, se int) bool {
	n := 0
	for i := st; i < se; i++ {
		if s.punct(i, ",") {
			return n > 0
		}
		if n == 3 || s.toks[i].k != kWord || !s.adverbWord(i) {
			return false
		}
		n++
	}
	return false
}

// adverbWord reports whether token i is an adverb of adverbOpening's.
func (s *sentence) adverbWord(i int) bool {
	var lb [32]byte
	w := lowerBytes(&lb, s.word(i)) // no copy: this is asked at every sentence's opening
	if timeAdverbs[string(w)] || interjections[string(w)] {
		return true
	}
	if openingAdverbs[string(w)] {
		return s.toks[i].w.f&(fQuant|fPronoun|fDet|fNumber) == 0 && len(s.x.ents.byLast[s.word(i)]) == 0
	}
	return len(w) > 5 && bytes.HasSuffix(w, []byte("ly")) && !knownFirstName(string(w)) && len(s.x.ents.byLast[s.word(i)]) == 0
}

// timeAdverbs are adverbs of time and degree that open a sentence before
// its subject, set off by a comma: "Later, he said".
var timeAdverbs = wordSet("later soon afterwards afterward rather then again earlier eventually meanwhile")

// openingPrep reports whether token i is a preposition or sentence adverb
// the lexicon has no class for that opens a phrase before the subject
// (words.go openingPreps, entity_opening.go openers): "Beyond the
// footage, the affidavit ... said", "Alongside the protests, ...".
func (s *sentence) openingPrep(i int) bool {
	if i >= len(s.toks) || s.toks[i].k != kWord {
		return false
	}
	var lb [32]byte
	w := lowerBytes(&lb, s.word(i))
	return openingPreps[string(w)] || openers[string(w)]
}

// openingAdverb reports whether token i is a word the train articles open
// sentences with before a comma and otherwise write in lower case
// (openingAdverbWords: "Moreover", "Indeed", "Similarly"), and no
// quantity, pronoun or determiner ("Others, including Ann Lee, said"
// speak), nor a surname the clipping names someone by ("Dan Rather ...
// Rather, a former anchor, said", as adverbWord's words in -ly).
func (s *sentence) openingAdverb(i int) bool {
	if s.toks[i].k != kWord || s.toks[i].w.f&(fQuant|fPronoun|fDet|fNumber) != 0 {
		return false
	}
	var lb [32]byte
	return openingAdverbs[string(lowerBytes(&lb, s.word(i)))] && len(s.x.ents.byLast[s.word(i)]) == 0 // no copy: asked at every sentence's opening
}

// openingAdverbs is the set of openingAdverbWords (gender_names.go).
var openingAdverbs = wordSet(openingAdverbWords)
