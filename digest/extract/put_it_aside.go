package extract

import "github.com/whosaid/whosaid/digest"

// maxPutItSubject is the most words of a subject that an "as X put it"
// aside may stand after ("The new tax on imported steel").
const maxPutItSubject = 8

// asideNPPutIt reads "SUBJECT, as X put it, PREDICATE": the aside stands
// between a clause's subject and its predicate, and the clause is what X
// said, in the writer's words, in two parts ("Prices, as the mayor put
// it, are too high": the mayor's "Prices … are too high"). j is "put",
// p the token after "put it" (and any phrase of where it was put). The
// predicate opens with a finite auxiliary or a modal, as after an
// inverted attribution that splits a clause (predicateAfter); the subject
// opens the sentence and holds no verb or punctuation.
func (s *sentence) asideNPPutIt(j, p int) (int, bool) {
	if !s.punct(p, ",") {
		return 0, false
	}
	np, ok := s.leftNP(j - 1)
	if !ok || np >= j {
		return 0, false
	}
	as := np - 1
	if s.is(np, "as") {
		as, np = np, np+1
	}
	if np >= j || !s.is(as, "as") || !s.punct(as-1, ",") {
		return 0, false
	}
	subj := as - 1 // the subject's comma
	if subj <= s.from || subj-s.from > maxPutItSubject {
		return 0, false
	}
	for k := s.from; k < subj; k++ {
		if s.toks[k].k != kWord || s.verbAt(k) || s.has(k, fPrep|fSub|fRelative) && k == s.from {
			return 0, false
		}
	}
	e := s.predicateAfter(p)
	if e <= p+1 {
		return 0, false
	}
	n := len(s.x.raws)
	s.emit(s.mention(np, j), s.span(j, j+2), p+1, e, afterCue{})
	if len(s.x.raws) == n+1 {
		r := &s.x.raws[n]
		sub := digest.Span{s.toks[s.from].s, s.toks[subj-1].e}
		r.parts = []digest.Span{sub, r.content}
		r.content = digest.Span{sub[0], r.content[1]}
	}
	s.from = e
	return e, true
}
