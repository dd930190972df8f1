// Adverbs that open a sentence before its subject, set off by a comma,
// which the looser reading (fallback.go) skips with the other openings
// of its speaker phrase.

package extract

import "bytes"

// adverbOpening reports whether tokens from st up to a comma before se
// are one to three adverbs set off before the subject: "Later, via email,
// he elaborated", "Rather quickly, someone pointed out". An adverb is a
// word in -ly no one in the clipping is named by ("Quickly", not
// "Kelly"), one of timeAdverbs, or an interjection ("Yes, as I assumed").
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
	return len(w) > 5 && bytes.HasSuffix(w, []byte("ly")) && !knownFirstName(string(w)) && len(s.x.ents.byLast[s.word(i)]) == 0
}

// timeAdverbs are adverbs of time and degree that open a sentence before
// its subject, set off by a comma: "Later, he said".
var timeAdverbs = wordSet("later soon afterwards afterward rather then again earlier eventually meanwhile")
