// An inverted attribution that splits a clause between its subject and
// its predicate: "Reed, said Tom Sunshine, doesn't want the deal", "And
// the plan, said Tom Sunshine, who runs the firm, would cost millions".
// What was said is the subject before the attribution with the predicate
// after it (joinAsides joins the parts), however short the subject; the
// speaker's own relative clause is his, not part of the predicate.

package extract

import "github.com/whosaid/whosaid/digest"

// predicatePast returns where the predicate after the comma at e starts
// and ends, past a relative clause on the speaker set off by commas
// ("said Tom Sunshine, who runs the firm, would ..."): its first word is
// a finite auxiliary, a modal or a negated auxiliary (predicateAfter).
// ok is false when no predicate follows.
func (s *sentence) predicatePast(e int) (start, end int, ok bool) {
	if s.punct(e, ",") && (s.is(e+1, "who") || s.is(e+1, "whose")) {
		for c := e + 2; c < len(s.toks) && c <= e+16; c++ {
			if s.toks[c].k == kStop || s.toks[c].k == kQuote {
				break
			}
			if s.punct(c, ",") {
				e = c
				break
			}
		}
	}
	if ce := s.predicateAfter(e); ce > e+1 {
		return e + 1, ce, true
	}
	return 0, 0, false
}

// splitAfter reports whether the cue at j has its speaker after it and a
// predicate after the speaker's comma: "The plan, however, said Ann Lee,
// would cost millions" splits a clause, and what stands before the cue
// is its subject, not the speaker with an appositive.
func (s *sentence) splitAfter(j int) bool {
	if s.toks[j].w.f&fCue == 0 || s.toks[j].w.f&(fCall|fTell) != 0 {
		return false
	}
	e, ok := s.invertedNP(j + 1)
	if !ok || !s.punct(e, ",") {
		return false
	}
	_, _, ok = s.predicatePast(e)
	return ok
}

// splitSubject reads "SUBJECT, said SPEAKER, PREDICATE" when the subject
// before the comma k is too short to stand as content alone (contentLeft
// took nothing): a noun phrase with no verb of its own. e is the comma
// after the speaker, j the cue. It emits the subject and the predicate as
// two parts of one statement.
func (s *sentence) splitSubject(j, k, e int, m mention, cue digest.Span) (int, bool) {
	if !s.punct(k, ",") || !s.punct(e, ",") || s.toks[j].w.f&fCue == 0 || s.toks[j].w.f&fCall != 0 {
		return 0, false
	}
	ps, pe, ok := s.predicatePast(e)
	if !ok {
		return 0, false
	}
	a := s.from
	for a < k && (s.toks[a].k == kPunct || s.is(a, "and") || s.is(a, "but") || s.sentenceLink(a)) {
		a++
	}
	if a >= k || s.toks[a].k != kWord || s.hasVerb(a, k) || s.hasQuote(a, k) {
		return 0, false
	}
	_, extra := s.skipAfterCue(j, m)
	s.emit(m, cue, a, k, extra)
	s.emit(m, cue, ps, pe, extra)
	s.from = pe
	return pe, true
}
