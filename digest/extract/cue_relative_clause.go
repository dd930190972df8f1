package extract

// Relative clauses on the sentence's opening subject whose verb reports a
// clause or takes an object, then the sentence's own verb:
//
//   - "The senator who argued that the law was unfair said the ruling was
//     wrong": the relative's clause ends where a verb of speech follows a
//     clause that has its verb; that verb is the sentence's, its subject
//     the senator with the relative (both statements stand);
//   - "The aide who wrote the memo was fired": the object's verb is the
//     sentence's last ("was fired", "resigned on Monday"), so nothing was
//     written that the memo was fired: no statement.

// subjectRelativeCue reports whether the cue at j is the verb of a relative
// clause on the sentence's opening noun phrase: "who", or "that" after a
// noun, with no verb before it and no subordinator or preposition opening
// the sentence, which starts at token from.
func (s *sentence) subjectRelativeCue(j, from int) bool {
	if j < 2 || j-1 <= from || s.has(j, fPart) || s.toks[j-2].k != kWord || s.toks[j].cap {
		return false
	}
	rel := j - 1
	if !s.is(rel, "who") && !(s.is(rel, "that") && s.toks[rel-1].w.f&(fCue|fWeakCue|fCall|fAsk|fAux|fPrep|fSub|fPronoun) == 0) {
		return false
	}
	for i := from; i < rel; i++ {
		if s.toks[i].k != kWord {
			return false // "..., about the same number who said": not the sentence's opening subject
		}
	}
	return !s.hasVerb(from, rel) && !s.has(from, fSub|fPrep)
}

// relativeClauseMain returns the sentence's verb of speech after the
// clause the relative's cue at j reports ("who argued that the law was
// unfair said"), or -1: a lower-case finite verb of speech right after a
// word, once the words since the cue hold a finite verb, with no
// punctuation, quotation or conjunction before it (a clause of the
// relative's own may go on after "and").
func (s *sentence) relativeClauseMain(j int) int {
	return s.relativeClauseMainFrom(j, s.from)
}

// relativeClauseMainFrom is relativeClauseMain for a sentence read from
// token from: once the relative's statement is out, s.from stands after
// it, and the sentence's verb looks back to where the sentence started.
func (s *sentence) relativeClauseMainFrom(j, from int) int {
	if !s.subjectRelativeCue(j, from) || s.relativeMainVerb(j) >= 0 {
		return -1
	}
	a := j + 1
	if s.is(a, "that") {
		a++
	}
	for k := a + 1; k < len(s.toks) && k <= a+20; k++ {
		tk := s.toks[k]
		if tk.k != kWord || s.is(k, "and") || s.is(k, "or") || s.is(k, "but") || s.has(k, fRelative) {
			return -1
		}
		if tk.w.f&fCue != 0 && tk.w.f&fPart == 0 && !tk.cap && !s.nounAfterArticle(k) && s.toks[k-1].w.f&(fPronoun|fDet|fAux|fSub) == 0 {
			if s.hasVerb(a, k) {
				return k
			}
		}
	}
	return -1
}

// relativeClauseSubject returns the subject of the verb after token k
// when the relative clause it holds reports a clause ending at k
// (relativeClauseMain), or has an object ending there (relativeMainVerb:
// "The woman who wrote the book that critics praised said"): the noun
// phrase from st to the relative pronoun.
func (s *sentence) relativeClauseSubject(k int) (st, rel int, ok bool) {
	for r := k - 1; r > 1 && r >= k-20; r-- {
		if s.toks[r].k != kWord {
			return 0, 0, false
		}
		if s.has(r, fCue) && (s.relativeClauseMainFrom(r, 0) == k+1 || s.relativeMainVerb(r) == k+1) {
			from := s.from
			s.from = 0 // the relative's statement may stand before k
			st, ok := s.leftNP(r - 2)
			s.from = from
			for n := 0; ok && n < 3 && st > 0 && s.toks[st-1].k == kWord && !s.verbAt(st-1) && (s.has(st-1, fDet) && !s.has(st-1, fPronoun) || s.modifier(st-1)); n++ {
				st-- // "The lifelong Republican": the article and modifiers leftNP left out
			}
			if !ok || st != 0 && !s.subjectOpens(st) || s.has(st, fPronoun) {
				return 0, 0, false
			}
			return st, r - 1, true
		}
	}
	return 0, 0, false
}

// objectThenMain reports whether the relative's cue at j takes a noun
// phrase for its object and the verb after that phrase ends the sentence
// ("who wrote the memo was fired", "who drafted the plan resigned on
// Monday"): that verb is the sentence's own, and the relative reports
// nothing. The phrase opens with an article or a possessive; after the
// verb come at most its participle and a prepositional phrase. Not
// "say" or "tell", which take a clause ("those who said the plan
// failed").
func (s *sentence) objectThenMain(j int) bool {
	if !s.subjectRelativeCue(j, s.from) || j+2 >= len(s.toks) || !s.has(j+1, fDet) || s.is(j+1, "that") || s.has(j, fTell) || sayForm(lowerASCII(s.word(j))) { // (subjectRelativeCue has left out "saying")
		return false
	}
	for k := j + 2; k < len(s.toks) && k <= j+maxNP; k++ {
		tk := s.toks[k]
		if tk.k != kWord || tk.w.f&(fSub|fRelative|fPronoun|fCue) != 0 || s.is(k, "and") || s.is(k, "or") {
			return false
		}
		if !s.verbAt(k) || s.nounAfterArticle(k) {
			continue
		}
		e := k + 1
		if w := lowerASCII(s.word(k)); finiteAux(w) && e < len(s.toks) && s.toks[e].k == kWord && !s.toks[e].cap {
			if p := lowerASCII(s.word(e)); pastForm(p) || irregularPast(p) || len(p) > 3 && p[len(p)-2:] == "en" {
				e++ // "was fired", "was taken"
			} else {
				return false // "was fake": a clause's complement
			}
		}
		if e < len(s.toks) && s.has(e, fPrep) {
			for e < len(s.toks) && s.toks[e].k == kWord && !s.verbAt(e) {
				e++ // "on Monday", "in 2010"
			}
		}
		return s.isEnd(e)
	}
	return false
}

// nounAfterPrep reports whether the word at j follows a lower-case
// preposition of topic or circumstance ("asked the mayor about claims
// that ...", "amid warnings that", "over reports that"): no subject ends
// in a preposition, so a form in -s there is a plural noun, not a verb
// whose speaker is "the mayor about".
func (s *sentence) nounAfterPrep(j int) bool {
	switch {
	case s.is(j-1, "about"), s.is(j-1, "over"), s.is(j-1, "amid"), s.is(j-1, "despite"), s.is(j-1, "against"), s.is(j-1, "following"):
		return !s.toks[j-1].cap
	}
	return false
}

// recallsGoods reports whether the cue at j is "recall" in its sense of
// calling goods back, which takes a quantity for its object ("Tesla
// recalls 2 million cars", "is recalling more than 2 million vehicles"):
// no memory told. "recalled that ...", "recalled the day ..." stay.
func (s *sentence) recallsGoods(j int) bool {
	if !s.is(j, "recall") && !s.is(j, "recalls") && !s.is(j, "recalled") && !s.is(j, "recalling") {
		return false
	}
	q := j + 1
	for n := 0; n < 2 && (s.is(q, "more") || s.is(q, "than") || s.is(q, "about") || s.is(q, "nearly") || s.is(q, "some") || s.is(q, "over") || s.is(q, "almost")); n++ {
		q++ // "more than", "about"
	}
	return s.countWord(q) && !s.is(q, "one")
}

// toldClause returns where the clause after a verb of telling at v and
// its audience opens ("told reporters the plan was dead", "told reporters
// that ..."), or -1: a second verb that a first "said and" shares
// (content.go secondCue).
func (s *sentence) toldClause(v int) int {
	oe, ok := s.tellObject(v + 1)
	if !ok || oe <= v+1 {
		return -1
	}
	if s.is(oe, "that") {
		oe++
	}
	if !s.clauseOpens(oe) {
		return -1
	}
	return oe
}
