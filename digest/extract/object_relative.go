// A cue's object described by a relative clause: "wrote the memo that
// started the debate", "told the committee that met on Friday". The
// relative clause says what the thing or the people did, not what the
// speaker said: there is no statement.

package extract

// relativeThing reports whether content tokens [a, b) after the cue at j
// are only a relative clause's verb phrase, or a noun phrase with its
// relative clause: a "that" or "which" right before the content with a
// verb in the past, not a subject or a verb of saying, after it, when the
// cue's object or audience stands between the cue and the "that" ("told
// the committee that met on Friday": "said that happened" keeps its
// demonstrative subject; a form in -s may be a plural subject, "said this
// year that cutbacks in ..."); or, after a verb of writing, the thing
// written and a relative clause with no other finite verb and no
// quotation ("wrote a letter that outlined her concerns"). A relative
// clause inside a longer clause ("the course name that appeared in his
// book was inaccurate") is left alone, and so are other verbs' objects
// (PolNeAR marks "recalled an incident ... that left her friend in
// tears").
func (s *sentence) relativeThing(j, a, b int) bool {
	if j < 0 || a <= j || b <= a || s.headline {
		return false
	}
	if (s.is(a-1, "that") || s.is(a-1, "which")) && a-1 > j+1 && s.relativeVerb(a) && !s.presentForm(a) && !s.has(a, fCue|fWeakCue|fCall|fAsk) {
		return true // "that suggested ..." after a report: a verb of saying reports through it
	}
	if !s.writes(j) || !s.objectOpens(a) || s.is(a-1, "that") || s.punct(a-1, ":") {
		return false
	}
	r := -1
	for i := a + 1; i < b && r < 0; i++ {
		switch {
		case s.toks[i].k == kQuote || s.toks[i].k == kPunct || s.objectVerb(i):
			return false
		case (s.is(i, "that") || s.is(i, "which")) && s.relativeVerb(i+1):
			r = i
		}
	}
	if r < 0 {
		return false
	}
	for i := r + 2; i < b; i++ {
		if s.toks[i].k == kQuote || s.finiteAt(i) && s.objectVerb(i) {
			return false // "a column that argued the tax was unfair": a clause reported through it
		}
	}
	return true
}

// relativeVerb reports whether token i is the finite verb of a relative
// clause whose subject is the relative pronoun before it: a past form or
// a form in -s, followed by its object, a preposition, an adverb or the
// end ("started the debate", "met on Friday", "hurts the poor").
func (s *sentence) relativeVerb(i int) bool {
	if i >= len(s.toks) || s.toks[i].k != kWord || s.toks[i].cap || s.has(i, fAux|fPronoun|fDet) {
		return false
	}
	w := lowerASCII(s.word(i))
	past := pastForm(w)
	if !past && !(len(w) > 3 && sForm(w)) {
		return false
	}
	n := i + 1
	if s.isEnd(n) {
		return past
	}
	return s.has(n, fDet|fObject|fPrep) || lyAdverb(s, n) || past && s.has(n, fPronoun) && !s.has(n+1, fAux)
}

// writes reports whether token j is a form of "write", whose object may
// be the thing written rather than words ("wrote the memo").
func (s *sentence) writes(j int) bool {
	return s.is(j, "wrote") || s.is(j, "write") || s.is(j, "writes") || s.is(j, "written") || s.is(j, "writing")
}
