// A verb of speech in a relative clause with a subject of its own: "the
// emails that Senator Lake asked the agency to find", "the plan that
// Mayor Lee said would fail", "voters who Lake said were ineligible". The
// noun the clause describes is no subject of the verb: it is its object
// (no statement: "the rule the mayor announced"), or the subject of what
// was said ("said would fail"), and the clause's own subject speaks.

package extract

import "strings"

// gapRelative returns the relative pronoun before the noun phrase that
// ends at token k, when that phrase is all that stands between the
// pronoun and the cue after k: "the plan that [Mayor Lee] said". The
// pronoun follows a noun ("plan", "emails", "Voters"), not a verb
// ("argued that Lee said": a clause of its own). -1 otherwise.
func (s *sentence) gapRelative(k int) int {
	np, ok := s.leftNP(k)
	if !ok || np <= s.from+1 || np > k || s.toks[np].k != kWord || s.is(np, "that") || s.is(np, "which") || s.is(np, "who") {
		return -1
	}
	if f := s.toks[np]; !f.cap && f.w.f&(fDet|fRole|fSourceNoun) == 0 && !subjectPronoun(s.word(np)) {
		return -1 // "economists who favor consumption taxes agree": the relative's own verb and object
	}
	r := np - 1
	if !(s.is(r, "that") || s.is(r, "which") || s.is(r, "who") || s.is(r, "whom")) || s.toks[r].cap {
		return -1
	}
	h := s.toks[r-1]
	if s.is(r, "that") && (h.w.f&(fSpeechNoun|fComment) != 0 || s.is(r-1, "reports") || s.is(r-1, "report")) {
		return -1 // "cited reports that Mateen said ...", "claims that Lee told": what the noun holds, a clause
	}
	if h.k != kWord || h.w.f&(fCue|fWeakCue|fCall|fAsk|fAux|fPassive|fPrep|fSub|fDet|fPronoun|fNeg|fQuant) != 0 && h.w.f&(fRole|fSourceNoun|fAudience) == 0 {
		return -1 // "argued that Lee said", "so that Lee said", "all that Lee said"
	}
	if !h.cap && !s.pluralNoun(r-1) && h.w.f&(fRole|fSourceNoun|fAudience) == 0 && !s.nounAfterDeterminer(r-1) {
		return -1 // "Polls show that most riders say": a verb before "that"
	}
	return r
}

// nounAfterDeterminer reports whether token i is a lower-case word after
// a determiner or a possessive, with at most two modifiers between: "the
// rule", "a resolution", "her early plan".
func (s *sentence) nounAfterDeterminer(i int) bool {
	for d := i - 1; d >= s.from && d >= i-3; d-- {
		tk := s.toks[d]
		if tk.k != kWord {
			return false
		}
		if tk.w.f&fDet != 0 && tk.w.f&fPronoun == 0 || possessive(s.word(d)) {
			return true
		}
		if tk.cap || tk.w.f&^fMod != 0 || s.verbAt(d) {
			return false
		}
	}
	return false
}

// gapObject reports whether the cue at j, in such a relative clause (its
// subject ending at k), has the noun the clause describes for its object:
// no clause follows the cue, nor a verb whose subject the noun is, nor a
// quotation ("the emails that Lake asked the agency to find were never
// found", "the rule that the mayor announced last week takes effect"):
// there is no statement.
func (s *sentence) gapObject(j, k int) bool {
	if s.gapRelative(k) < 0 || j+1 >= len(s.toks) {
		return false
	}
	c := j + 1
	if s.has(c, fPrep) && !s.is(c, "to") {
		c = s.skipPhrases(c) // "said in a call from the scene that ..."
	}
	if c >= len(s.toks) || s.toks[c].k != kWord || s.is(c, "that") || s.has(c, fQuestion) {
		return false // “...”, ": ...", "that ...", "whether ...": what was said follows
	}
	if v := s.skipAdverb(c); s.verbAt(v) || s.is(v, "to") && s.has(j, fCue) && s.is(v+1, "be") {
		return false // "the plan that Lee said would fail": the noun is what was said's subject
	}
	if e, ok := s.rightNP(c); ok && e > c && e < len(s.toks) && !s.timeNoun(e-1) && s.toks[e].k == kWord && !s.toks[e].cap &&
		s.toks[e].w.f&(fPrep|fDet|fSub|fRelative|fQuestion|fPronoun|fObject) == 0 && !s.is(e, "to") && !s.is(e, "and") && !s.is(e, "or") {
		return false // "reports that Lee said she would run", "the buses run late": a clause follows
	}
	return true
}

// relativeAfterNoun reports whether token r is a lower-case "which",
// "that" or "who" right after a lower-case noun: a relative pronoun whose
// antecedent is that noun.
func (s *sentence) relativeAfterNoun(r int) bool {
	if !(s.is(r, "which") || s.is(r, "that") || s.is(r, "who")) || s.toks[r].cap || r < 1 {
		return false
	}
	h := s.toks[r-1]
	return h.k == kWord && !h.cap && h.w.f&(fCue|fWeakCue|fAux|fPassive|fPrep|fSub|fDet|fPronoun|fNeg|fQuant|fObject) == 0 && !s.verbAt(r-1)
}

// subjectNP returns the end of the noun phrase at st that a finite verb
// follows: rightNP's, cut before a past form it read greedily ("The
// council voted 6-1": the council).
func (s *sentence) subjectNP(st int) (int, bool) {
	e, ok := s.rightNP(st)
	for h := st + 1; ok && h < e; h++ {
		if (pastVerb(s, h) || s.derivedPast(h)) && !s.has(h-1, fDet) {
			return h, true
		}
	}
	return e, ok
}

// infinitiveGap reports whether the cue at j is followed by "to", a
// bare verb and at once a finite auxiliary: "the divides he promised to
// bridge have only grown deeper". The infinitive's object is the noun
// before the clause, which needs no relative pronoun ("the divides [that]
// he promised to bridge"), and the auxiliary is the main clause's verb:
// the clause promised nothing that is said.
func (s *sentence) infinitiveGap(j int) bool {
	if j+3 >= len(s.toks) || !s.is(j+1, "to") || s.toks[j+2].k != kWord || s.toks[j+2].cap || s.toks[j+3].k != kWord || s.toks[j+3].cap {
		return false
	}
	v := lowerASCII(s.word(j + 2))
	if s.is(j+2, "be") || strings.HasSuffix(v, "ing") || s.has(j+2, fDet|fPronoun|fPrep) {
		return false
	}
	w := lowerASCII(s.word(j + 3))
	return (finiteAux(w) && w != "do" || negatedAux(w)) && !s.invertedIf(j+3, w)
}

// invertedIf reports whether the auxiliary w at i opens a condition by
// inversion, its subject after it: "vowed to resign should the budget
// fail", "promised to stay were it needed", "had they asked". The
// infinitive's clause goes on, and it is what was vowed; an auxiliary
// that is the main clause's verb has no subject after it. ("were" and
// "had" before a determiner are left: "were the deepest", "had a cost"
// read as main verbs as often.)
func (s *sentence) invertedIf(i int, w string) bool {
	if i+1 >= len(s.toks) || s.toks[i+1].k != kWord {
		return false
	}
	if subjectPronoun(s.word(i+1)) || s.is(i+1, "it") {
		return w == "should" || w == "were" || w == "had"
	}
	return w == "should" && (s.has(i+1, fDet) || s.toks[i+1].cap)
}
