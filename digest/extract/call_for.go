// "called for calm", "called for his resignation", "calls for a recount":
// what a call asks for is often a noun phrase of one or two words, which
// the length floor for what was said (tooShort) would refuse. After the
// "for" of a call it is the request, whole.

package extract

// calledFor reports whether tokens [p, e), after the "for" of a call, are
// a short noun phrase asked for: words only, not opened by an object
// pronoun ("called for him" waits for "to resign"), and ending on a
// lower-case word that is no preposition, determiner, pronoun, auxiliary
// or verb of speech.
func (s *sentence) calledFor(p, e int) bool {
	if e <= p || s.has(p, fObject|fPronoun) && !s.has(p, fDet) {
		return false
	}
	for q := p; q < e; q++ {
		if s.toks[q].k != kWord {
			return false
		}
	}
	last := e - 1
	return !s.toks[last].cap && !s.has(last, fPrep|fDet|fPronoun|fObject|fAux|fCue|fWeakCue|fCall|fSub|fNeg) && !s.is(last, "that")
}
