// The one asked and the question or request after "asked": "asked the
// 2016 Democratic contender if he was ready", "asking Clinton pointedly
// whether ...", "asked her to call the ambassador", "asked for a photo".

package extract

// askedWhom returns where the question or request starts after the one
// asked at token p, within [p, e): the first question word, or "to" and
// a lower-case verb, within a dozen words of p with nothing but words
// between (no punctuation, quotation or verb of speech), so that the one
// asked may be long ("the 2016 Democratic White House contender"), a
// pronoun ("her") or followed by an adverb or a circumstance ("Clinton
// pointedly", "the former secretary of state during a chat"). A negation
// is no one asked.
func (s *sentence) askedWhom(p, e int) (int, bool) {
	if s.has(p, fNeg) {
		return 0, false // "asked not to be named": no one asked, a request for oneself (as "asked to be named")
	}
	for q := p + 1; q < e && q <= p+12; q++ {
		tk := s.toks[q]
		if tk.k != kWord || tk.w.f&(fCue|fWeakCue|fCall|fAsk) != 0 || s.is(q, "that") {
			return 0, false
		}
		if tk.w.f&fQuestion != 0 && !tk.cap {
			return q, true
		}
		if s.is(q, "to") && q+1 < e && s.toks[q+1].k == kWord && !s.toks[q+1].cap && !s.has(q+1, fDet|fPronoun|fObject|fNumber|fQuant) && !isDigit(s.t[s.toks[q+1].s]) {
			return q, true
		}
	}
	return 0, false
}
