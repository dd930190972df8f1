// Short answers: "Asked if he was ever bullied, the candidate said no",
// "46 percent of voters said yes", "after half said so in the earlier
// poll", "26 percent said the same". The answer word is what was said
// (PolNeAR marks it as the content); the question or the statement it
// answers is elsewhere in the text. And short contents said of a relative
// pronoun: "laws that some say target Muslims".

package extract

// shortAnswer returns the end of a short answer at token p after the verb
// of saying at j ("said no", "say yes", "said so", "said the same", "told
// friends as much": asMuch), or p
// when there is none: the answer must end its clause (the sentence, a
// comma, a conjunction or a preposition of circumstance follows), so that
// "said no one came" and "said no to the deal" are read as they are.
func (s *sentence) shortAnswer(j, p int) int {
	if e := s.asMuch(p); e > p {
		return e
	}
	if !sayForm(lowerASCII(s.word(j))) {
		return p
	}
	if p != j+1 || p >= len(s.toks) || s.toks[p].k != kWord || s.toks[p].cap {
		return p
	}
	e := p + 1
	switch lowerASCII(s.word(p)) {
	case "yes", "no", "so":
	case "the":
		if !s.is(p+1, "same") {
			return p
		}
		e++
	default:
		return p
	}
	if e >= len(s.toks) || s.isEnd(e) || s.punct(e, ",") || s.punct(e, ";") {
		return e
	}
	if s.is(e, "to") || s.is(e, "of") || s.is(e, "about") {
		return p // "said no to the deal", "said the same of him": the answer goes on
	}
	if s.has(e, fPrep|fClauseEnd) && !s.has(e, fCue|fPart) || s.is(e, "and") || s.is(e, "compared") {
		return e // "said so in the earlier poll", "said yes while 48 percent ..."
	}
	return p
}

// relativeGap reports whether the two words [p, p+2) after the cue at j
// are what was said of a relative pronoun before the speaker: "a finish
// that he said defied expectations", "laws that some say target
// Muslims". The pronoun is the reported clause's subject, so its verb
// and object are a whole statement, short as they are.
func (s *sentence) relativeGap(j, p, e int, m mention) bool {
	if e-p != 2 || p != j+1 || m.span.Empty() {
		return false
	}
	np := s.tokenAt(m.span[0])
	if !s.is(np-1, "that") && !s.is(np-1, "which") && !s.is(np-1, "what") || np-1 < s.from {
		return false
	}
	v := s.toks[p]
	return v.k == kWord && !v.cap && v.w.f&(fDet|fPrep|fPronoun|fObject|fSub|fClauseEnd|fAux|fRelDay|fNeg|fQuant) == 0 && !isDigit(s.t[v.s]) &&
		s.toks[p+1].k == kWord
}

// asMuch returns the end of "as much" at token p, after any verb of saying
// and the one told ("told friends as much last week", "admitted as much"):
// it points back to what was said before, and it ends its clause, so a
// date after it dates the saying and is no part of what was said. "as much
// as 40 percent" is a quantity: p is returned.
func (s *sentence) asMuch(p int) int {
	if !s.is(p, "as") || !s.is(p+1, "much") || s.toks[p].cap {
		return p
	}
	e := p + 2
	if e >= len(s.toks) || s.isEnd(e) || s.punct(e, ",") || s.punct(e, ";") {
		return e
	}
	if l, _ := s.dateAt(e); l > 0 || !s.is(e, "as") && (s.has(e, fPrep) || s.is(e, "and") || s.is(e, "but")) {
		return e // "as much last week", "as much in a statement"
	}
	return p
}
