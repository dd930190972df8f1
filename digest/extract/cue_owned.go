// A reported clause with a cue of its own, owned by the attribution that
// ends the sentence: "The administration will announce a new strategy
// next week, officials said." The officials speak, and what they said is
// the whole clause before their comma; the administration's "announce"
// is part of it. Read alone, the inner cue took the clause up to the
// comma as its own content, and the attribution at the end found nothing
// left before it.

package extract

import "github.com/whosaid/whosaid/digest"

// ownedClause builds the statement of the cue at j, whose speaker phrase
// starts at token np after a comma and ends the sentence, when the
// sentence's last statement so far is a reported clause that runs up to
// that comma: its content is then the whole clause, from that statement's
// speaker on (from the sentence's start when it is the sentence's first).
// The inner statement stays when it was made ("The ministry confirmed
// the deaths, officials said"), and goes when its cue says what is yet to
// be said ("will announce", "plans to announce"): no one has said it.
// It returns where scanning resumes, or 0.
func (s *sentence) ownedClause(j int, m mention, cue digest.Span, np int) int {
	if np < 2 || !s.punct(np-1, ",") || m.kind == mPronoun {
		return 0
	}
	p, extra := s.skipAfterCue(j, m)
	goesOn := s.punct(p, ",") && (s.is(p+1, "and") || s.is(p+1, "but")) && s.clauseOpens(p+2) && !s.restHasCue(p+2)
	if !(s.isEnd(p) || s.punct(p, ",") && s.has(p+1, fPart) || goesOn) || !s.ownedLeft(np-1, m, cue, extra) {
		// (", his lawyer said, adding that ...": the participle goes on with the lawyer)
		return 0
	}
	if goesOn {
		// "..., officials said, and it will include new troops": the
		// clause after the owner is the owner's too, a second part
		// (joinAsides makes one statement of the two)
		e := len(s.toks)
		for e > p+2 && (s.toks[e-1].k == kStop || s.toks[e-1].k == kPunct) {
			e--
		}
		s.emit(m, cue, p+2, e, extra)
		p = len(s.toks)
	}
	s.from = p
	return p
}

// restHasCue reports whether a cue word stands from token i to the
// sentence's end: the clause has an attribution of its own ("..., and
// the union will strike, its leaders said").
func (s *sentence) restHasCue(i int) bool {
	for k := i; k < len(s.toks); k++ {
		if s.toks[k].k == kWord && s.has(k, fCue|fWeakCue|fQuoted) || s.toks[k].k == kQuote {
			return true
		}
	}
	return false
}

// ownedLeft emits m's statement of the clause before the comma at c when
// the sentence's last statement so far is a reported clause running up
// to it, or to words of circumstance its object's end left out ("the
// merger on Monday"): ownedClause's "..., officials said", the inverted
// "..., said a senior official" (cue_inverted.go) and "..., according to
// officials" (patterns.go accordingTo). A not-yet-said inner statement
// is dropped before emitLeft is asked: were emitLeft to refuse the clause
// (it holds a speaker, a cue and a content, so its length and its verb
// pass emitLeft's tests), neither statement would stay.
func (s *sentence) ownedLeft(c int, m mention, cue digest.Span, extra afterCue) bool {
	n := len(s.x.raws)
	if n == s.first {
		return false
	}
	prev := &s.x.raws[n-1]
	if prev.direct || prev.anchor >= 0 || prev.parts != nil || prev.tb > c || prev.cue[1] > s.toks[c].s ||
		prev.speaker.span[1] > prev.cue[0] || prev.content[0] < prev.cue[0] {
		return false // "“...,” Reed said, officials said" is nestedBy's; a content before its cue is no clause after it (a request's opens with its cue: "will urge Congress to act")
	}
	for i := s.tokenAt(prev.cue[0]) + 1; i < prev.ta; i++ {
		if s.punct(i, ",") {
			return false // "As this reporter revealed, X is ..., according to documents": the clause is after the aside, no reported one
		}
	}
	if q := prev.tb; q < c && s.clauseJoin(q-1, c) == q {
		return s.emitLeft(q+2, c, m, cue, extra) // "The union said it would strike, and the company will close the plant, managers said": the clause after the statement's end
	}
	for i := prev.tb; i < c; i++ {
		if s.toks[i].k != kWord && !(i == c-1 && s.toks[i].k == kStop) {
			return false // the inner statement ends before a comma or a quotation of the clause: it is no part of one clause
		}
	}
	a := s.tokenAt(prev.speaker.span[0])
	if a < 0 {
		return false
	}
	if n-1 == s.first {
		a = s.clockStampEnd() // "On Monday, the court ruled ..., officials said": all of it
	} else if s.has(a-1, fRelative) {
		return false // "Bamberg said ..., which he said were at his side, the footage showed": a relative clause's statement inside another's, no clause of its own
	}
	if s.notYetSaid(s.tokenAt(prev.cue[0])) {
		s.x.raws = s.x.raws[:n-1]
	} else if q := s.clauseJoin(prev.ta, c); q > 0 {
		// "The union said it would strike, and the company will close
		// the plant, managers said": a clause of its own after ", and"
		// is the nearest clause to the owner at the end, and the owner's;
		// the statement before ends at the comma
		prev.tb = q
		prev.content[1] = s.toks[q-1].e
		return s.emitLeft(q+2, c, m, cue, extra)
	}
	return s.emitLeft(a, c, m, cue, extra)
}

// clauseJoin returns the last comma in [a, c) before "and" or "but" and a
// clause with a subject and a finite verb of its own; 0 when there is
// none.
func (s *sentence) clauseJoin(a, c int) int {
	for i := c - 3; i > a; i-- {
		if s.punct(i, ",") && (s.is(i+1, "and") || s.is(i+1, "but")) && s.subjectVerb(i+2, 6) {
			return i
		}
	}
	return 0
}

// notYetSaid reports whether the cue at c is said to come, not said: a
// modal or "to" before it, past adverbs ("will formally announce",
// "plans to announce", "is expected to confirm").
func (s *sentence) notYetSaid(c int) bool {
	var lb [32]byte
	for i := c - 1; i >= 0 && i >= c-3; i-- {
		if s.toks[i].k != kWord {
			return false
		}
		if w := string(lowerInto(&lb, s.word(i))); modalWord(w) || w == "to" { // lowered on the stack, no copy of a capitalised word
			return true
		}
		if !lyAdverb(s, i) && !s.has(i, fAux) {
			return false
		}
	}
	return false
}

// afterModal reports whether the verb at j is a modal's bare verb:
// "will add", "could also add", "would not confirm".
func (s *sentence) afterModal(j int) bool {
	for i := j - 1; i >= 0 && i >= j-3; i-- {
		if s.toks[i].k != kWord {
			return false
		}
		var lb [32]byte
		if modalWord(string(lowerInto(&lb, s.word(i)))) {
			return true
		}
		if !lyAdverb(s, i) && !s.is(i, "also") && !s.is(i, "only") && !s.has(i, fNeg) {
			return false
		}
	}
	return false
}

// modalWord reports whether w, in lower case, is a modal auxiliary or its
// contraction ("will", "could", "’ll"), whose bare verb is still to come.
func modalWord(w string) bool {
	switch w {
	case "will", "would", "could", "may", "might", "shall", "should", "must", "can", "'ll", "’ll":
		return true
	}
	return false
}

// speakerHead reports whether token i, the last of an inverted speaker
// phrase, can head one: a name's capitalised word, a role or a source
// ("said a senior official", "said Tom Aske"), not a thing ("wrote a host
// of new songs").
func (s *sentence) speakerHead(i int) bool {
	return i >= 0 && i < len(s.toks) && s.toks[i].k == kWord && (s.toks[i].cap || s.has(i, fRole|fSourceNoun))
}

// documentHead reports whether token i is a noun of a document or of
// words said ("according to a statement", "according to court
// documents"): where the sentence's own speaker said it, no one who
// reports it ("Acme said it was cooperating, according to a statement").
func (s *sentence) documentHead(i int) bool {
	if i < 0 || i >= len(s.toks) || s.toks[i].k != kWord {
		return false
	}
	var lb [32]byte
	return s.has(i, fComment) || documentWords[string(lowerInto(&lb, s.word(i)))]
}

// objectToCome reports whether content [a, b) after the cue at j is a
// noun-phrase object of a cue still to come ("will announce a new
// strategy next week", "will confirm the appointment"): no one has said
// anything yet. A clause or a quotation after it is left to its own
// readings ("will tell lawmakers that ...").
func (s *sentence) objectToCome(j, a, b int) bool {
	if j < 0 || a <= j || b <= a || s.headline || s.hasQuote(a, b) || !s.objectOpens(a) && !(a == j+1 && s.afterModal(j) && s.objectOpensForm(a, true)) {
		return false // (a modal's bare verb has no finite verb after it: "will add meters" has an object)
	}
	if s.toks[j].w.f&(fCall|fAsk|fTell|fDirective|fQuoted) != 0 || s.is(a-1, "that") || s.punct(a-1, ":") || s.punct(a-1, ",") {
		return false
	}
	if _, np := s.nounObject(a, b, sayForm(lowerASCII(s.word(j)))); !np {
		return false
	}
	return s.notYetSaid(j)
}

// dropToCome drops the sentence's statements whose cue is still to come
// (objectToCome) once no owner has taken them in (ownedLeft drops the
// one it owns).
func (s *sentence) dropToCome() {
	out := s.first
	for k := s.first; k < len(s.x.raws); k++ {
		if !s.x.raws[k].toCome {
			s.x.raws[out] = s.x.raws[k]
			out++
		}
	}
	s.x.raws = s.x.raws[:out]
}
