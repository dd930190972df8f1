// An inverted attribution that splits a clause between its subject and
// its predicate: "Reed, said Tom Sunshine, doesn't want the deal", "And
// the plan, said Tom Sunshine, who runs the firm, would cost millions".
// What was said is the subject before the attribution with the predicate
// after it (joinAsides joins the parts), however short the subject; the
// speaker's own relative clause is his, not part of the predicate.

package extract

import (
	"strings"

	"github.com/whosaid/whosaid/digest"
)

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
	s.emit(m, cue, a, s.trailingConnective(a, k), extra)
	s.emit(m, cue, ps, pe, extra)
	s.from = pe
	return pe, true
}

// frontedSplit reads "ADVERBIAL, said SPEAKER, CLAUSE": an inverted
// attribution after a fronted adverbial and before the clause it goes
// with ("Yesterday, said Tom Reed, the plan died", "In the end, said Ann
// Lee, the council gave in"). The adverbial has no verb and opens with a
// date, a preposition, an adverb in -ly or a connective; a subject and
// its verb follow the speaker's comma. Both are what was said, as two
// parts of one statement; the adverbial alone is no speaker.
func (s *sentence) frontedSplit(j, k, e int, m mention, cue digest.Span) (int, bool) {
	if !s.punct(k, ",") || !s.punct(e, ",") || s.toks[j].w.f&fCue == 0 || s.toks[j].w.f&(fCall|fTell) != 0 {
		return 0, false
	}
	a := s.from
	for a < k && (s.is(a, "and") || s.is(a, "but")) {
		a++
	}
	if a >= k || k-a > 6 || !s.adverbialOpens(a) || s.hasVerb(a, k) || s.hasQuote(a, k) || !s.mainClause(e+1) {
		return 0, false
	}
	ce := s.contentEnd(e + 1)
	if ce <= e+2 {
		return 0, false
	}
	_, extra := s.skipAfterCue(j, m)
	s.emit(m, cue, a, k, extra)
	s.emit(m, cue, e+1, ce, extra)
	s.from = ce
	return ce, true
}

// adverbialOpens reports whether a fronted adverbial starts at token a: a
// date ("Yesterday", "On Monday"), a preposition, the lexicon's or one
// that opens a phrase before a subject ("In the end", "Under the plan",
// "For now"), an adverb in -ly ("Ultimately"), of time ("Later") or of
// stance ("Perhaps", "Instead") or a connective ("Still", "Even so").
func (s *sentence) adverbialOpens(a int) bool {
	if s.toks[a].k != kWord {
		return false
	}
	if l, _ := s.dateAt(a); l > 0 {
		return true
	}
	w := lowerASCII(s.word(a))
	if openingPreps[w] || verbAdverb(w) || stanceAdverb(w) {
		return true
	}
	return s.has(a, fPrep|fRelDay) || s.connective(a) > 0 || len(w) > 4 && strings.HasSuffix(w, "ly") && w != "only" && w != "family"
}

// stanceAdverb reports whether lower-case w is an adverb not in -ly that
// weighs or replaces the clause it opens: "Perhaps, said Tom Reed, we
// should wait", "Instead, ... the board voted".
func stanceAdverb(w string) bool {
	switch w {
	case "perhaps", "maybe", "instead", "otherwise", "anyway", "regardless":
		return true
	}
	return false
}

// trailingConnective returns where content [a, b) ends without a
// connective set off by a comma at its end, when an inverted attribution
// splits the clause after it: "The plan, however, said Ann Lee, would
// cost millions" says "The plan … would cost millions"; "however" is the
// writer's link to the sentence before, as at the content's start
// (emitLeft). At the clause's end ("The plan is dead, however, said Ann
// Lee") it stays (lines16).
func (s *sentence) trailingConnective(a, b int) int {
	for n := 1; n <= 3; n++ {
		if c := b - n - 1; c > a && s.punct(c, ",") && s.connective(b-n) == n {
			return c
		}
	}
	return b
}

// shortSubjectLeft emits the subject of one or two words before an
// attribution set off by commas, when the predicate after it goes on
// ("The law, the companies argue, violates the Constitution", "Crime,
// police said, fell 10 percent"): too short for content alone (emitLeft),
// it is the clause's first part, as splitSubject reads it before an
// inverted cue. The predicate opens with a finite verb in lower case; the
// subject is no adverbial ("Yesterday, officials said, prices rose").
// [from, end) is the subject, p the comma after the cue.
func (s *sentence) shortSubjectLeft(from, end, p int, m mention, cue digest.Span, extra afterCue) bool {
	a := from
	for a < end && (s.toks[a].k == kPunct || s.is(a, "and") || s.is(a, "but")) {
		a++
	}
	if end-a < 1 || end-a > 2 || s.toks[a].k != kWord || s.hasVerb(a, end) || s.hasQuote(a, end) || s.adverbialOpens(a) || s.has(a, fPronoun|fSub|fClauseEnd) ||
		s.is(a, "nor") || s.is(a, "or") || s.is(a, "so") {
		return false
	}
	v := p + 1
	if v >= len(s.toks) || s.toks[v].k != kWord || s.toks[v].cap || s.has(v, fCue|fPart) || !s.verbAt(v) {
		return false
	}
	if w := lowerASCII(s.word(v)); !finiteAux(w) && !negatedAux(w) && s.verbAt(v+1) {
		return false // "prices rose": a subject and its verb, a clause of its own
	}
	if s.has(v+1, fPronoun) || s.toks[v+1].cap {
		return false // "Nor, he said, did he say ...": the auxiliary before its subject
	}
	s.emit(m, cue, a, end, extra)
	return true
}
