package extract

// subordinateSubject returns the subject of a subordinate clause that
// runs, with no punctuation, up to the comma at token k before a
// participle and opens inside the sentence, after its main clause, when
// that clause holds a subject of its own and a finite verb: the
// participle speaks with that clause's
// subject, the nearest one before it ("The mayor conceded errors even as
// he defended the budget, saying ...": he; "Lee asks as a guard walks
// in, saying he is ...": the guard). A phrase of time or place may stand
// between the subordinator and a pronoun subject ("though at a news
// conference last week he used stronger language, saying ..."). Only the
// subordinators that set two deeds side by side in time or contrast
// count ("as", "while", "though", "although", "when"); a clause of cause
// or condition ("because", "if") tells why or when the main clause's
// subject acted, and its participle stays with that subject. The clause
// must end at the comma (no finite verb after its own: "while she was
// secretary pleaded guilty ..., admitting") and stand in the main
// clause, not in a relative one ("a victory, which Lee conceded when the
// polls closed, confirmed"). It returns nil when the clause is none of
// these.
func (s *sentence) subordinateSubject(k int) *mention {
	if !s.punct(k, ",") {
		return nil
	}
	c := k - 1
	for ; c > 0 && s.toks[c].k == kWord; c-- {
		if s.is(c, "as") || s.is(c, "while") || s.is(c, "though") || s.is(c, "although") || s.is(c, "when") {
			break
		}
	}
	if c <= 0 || s.toks[c].k != kWord || s.toks[c].cap {
		return nil // opening the sentence: mainAfterOpening's case
	}
	p := c + 1
	if s.has(p, fPrep) && !s.has(p, fPronoun) {
		for p < k && s.toks[p].k == kWord && !s.has(p, fPronoun) {
			p++ // "though at a news conference last week he ..."
		}
		if p >= k || !s.has(p, fPronoun) || s.has(p, fObject|fDet) {
			return nil
		}
	}
	e, ok := s.rightNP(p)
	if !ok || e >= k || !s.subjectLike(p, e) || s.has(p, fPrep|fSub|fRelative) {
		return nil
	}
	v := s.skipAdverb(e)
	if !s.verbAt(v) || s.has(v, fPart) {
		return nil
	}
	for i := v + 1; i < k; i++ {
		if s.verbAt(i) && !s.plainS(i) {
			return nil // "while she was secretary pleaded guilty ...,": the clause ended before the sentence's own verb
		}
	}
	for i := c - 1; i >= 0 && s.toks[i].k == kWord; i-- {
		if s.has(i, fRelative) && !s.is(i, "that") {
			return nil // "a victory, which Lee conceded when the polls closed,": inside a relative clause
		}
	}
	m := s.mention(p, e)
	if m.kind == mNoun && !s.has(e-1, fSourceNoun|fRole) {
		return nil
	}
	return &m
}
