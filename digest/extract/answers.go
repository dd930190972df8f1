// Short answers: "Asked if he was ever bullied, the candidate said no",
// "46 percent of voters said yes", "after half said so in the earlier
// poll", "26 percent said the same". The answer word is what was said
// (PolNeAR marks it as the content); the question or the statement it
// answers is elsewhere in the text.

package extract

// shortAnswer returns the end of a short answer at token p after the verb
// of saying at j ("said no", "say yes", "said so", "said the same"), or p
// when there is none: the answer must end its clause (the sentence, a
// comma, a conjunction or a preposition of circumstance follows), so that
// "said no one came" and "said no to the deal" are read as they are.
func (s *sentence) shortAnswer(j, p int) int {
	switch lowerASCII(s.word(j)) {
	case "say", "says", "said", "saying":
	default:
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
