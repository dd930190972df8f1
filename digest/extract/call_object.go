// Whom a call is to and what it asks for: "called on the council to
// act", "calls for an inquiry", "called to ban the imports".

package extract

// callsOn reports whether token p, after the cue at j and any date or
// adverb, is the particle of a call: "called on", "called upon" (whom
// the call is to) or "called for" (what it asks), not a phrase of
// circumstance to skip.
func (s *sentence) callsOn(j, p int) bool {
	if s.toks[j].w.f&fCall == 0 || s.toks[j].w.f&fCue != 0 {
		return false
	}
	if s.is(p, "for") {
		return true
	}
	if !s.is(p, "on") && !s.is(p, "upon") {
		return false
	}
	// on whom, then "to" and what they should do ("called on the phone"
	// is no call of speech); whom may hold a parenthesis or an aside
	// between dashes ("called on Gov. Tom Smith (R) to resign", "called on
	// others -- the mayor among them -- to return the money")
	words := 0
	for q := p + 1; q < len(s.toks) && words <= 8; q++ {
		switch {
		case s.toks[q].k == kWord:
			if s.is(q, "to") && q > p+1 {
				// a headline writes every word with a capital ("Calls On
				// Mayor To Resign")
				return q+1 < len(s.toks) && s.toks[q+1].k == kWord && (!s.toks[q+1].cap || s.headline) && !s.has(q+1, fDet|fPronoun|fObject)
			}
			words++
		case q > p+1 && (s.punct(q, "(") || s.dash(q) || s.punct(q, "--")):
			c := s.asideClose(q)
			if c < 0 {
				return false
			}
			q = c
		default:
			return false
		}
	}
	return false
}

// callsTo reports whether token p, right after the verb of calling at
// j, opens an infinitive that says what the call asks for ("called to
// ban the imports", "has called to reject the deal"), not a call made
// ("called to the stage", "called to say he was sorry", whose "say" has
// a reading of its own, "called to mind").
func (s *sentence) callsTo(j, p int) bool {
	if p != j+1 || !s.is(p, "to") || !s.has(j, fCall) || s.has(j, fCue) || p+1 >= len(s.toks) {
		return false
	}
	for d := j - 1; d >= s.from && d >= j-5; d-- {
		if s.has(d, fRelative) || s.is(d, "whom") {
			// "whom he would first call to form an alliance": someone
			// called, fronted; "who has called to ban" is the subject's
			for m := d + 1; m < j; m++ {
				if !s.has(m, fAux) && !lyAdverb(s, m) {
					return false
				}
			}
			break
		}
	}
	v := s.toks[p+1]
	return v.k == kWord && !v.cap && v.w.f&(fDet|fPronoun|fObject|fCue|fWeakCue|fTell|fAsk|fPrep|fQuant) == 0 &&
		!s.is(p+1, "mind") && !s.is(p+1, "other") && !s.is(p+1, "another") && !isDigit(s.t[v.s]) // "calls to other pastors"
}

// asideClose returns the token closing the parenthesis or the aside
// between dashes opened at o within the sentence, or -1.
func (s *sentence) asideClose(o int) int {
	paren := s.punct(o, "(")
	if !paren && (s.dash(o+1) || s.punct(o+1, "--")) {
		o++ // "--" written as two hyphens
	}
	for c := o + 1; c < len(s.toks) && c <= o+16; c++ {
		switch {
		case paren && s.punct(c, ")"):
			return c
		case !paren && (s.dash(c) || s.punct(c, "--")):
			if s.dash(c+1) || s.punct(c+1, "--") {
				c++
			}
			return c
		case s.toks[c].k == kStop || s.punct(c, "(") || s.punct(c, ")"):
			return -1
		}
	}
	return -1
}
