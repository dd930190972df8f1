package extract

import "github.com/whosaid/whosaid/digest"

// mainClauseDate returns the date phrase of the main clause that a
// statement with a participle for its cue goes on with ("Dubois on Sunday
// defended the overhaul, saying ..."), read before the cue: the saying is
// part of what the main clause tells, at the time it gives. It returns nil
// when that clause gives no date of its own, or says the saying was some
// time ago. The statement's own reading (r.dated, the statement model's
// features) stays as it is: the date is used only when dates are resolved.
func (s *sentence) mainClauseDate(r raw, others []raw) *when {
	if len(s.toks) == 0 || r.cue[0] <= s.toks[0].s {
		return nil
	}
	r.clause = digest.Span{s.toks[0].s, r.cue[0]}
	s.clauseDate(&r, others)
	if !r.dated {
		return nil
	}
	w := r.when // only the date goes to the heap, not the whole copy of r
	return &w
}

// issuedWords are the participles that give when a statement's medium came
// out: "a statement released on Tuesday", "the report, published Monday,",
// "an interview aired Sunday" (mediumIssued here, madePublic in
// date_event.go).
var issuedWords = wordSet(`released published issued posted filed sent dated distributed aired televised broadcast`)

// mediumIssued reports whether the date phrase at token i follows a
// participle of issuing whose noun is the medium of statement r: the
// speaker itself ("The report, released Tuesday, says") or the phrase
// "in a statement" around the cue ("In a statement released on Tuesday,
// the group said", "noted in a report published Tuesday that"). The
// medium's day is the saying's; "the tape released Friday" in what the
// clause is about is another event (otherEvent).
func (s *sentence) mediumIssued(i int, r *raw) bool {
	p := i - 1
	if p < 1 || !issuedWords[lowerASCII(s.word(p))] {
		return false
	}
	n := p - 1
	if (s.is(n, "was") || s.is(n, "were")) && (s.is(n-1, "which") || s.is(n-1, "that")) {
		n -= 2 // "The report, which was released on Tuesday,"
	}
	if s.punct(n, ",") {
		n-- // "The report, released Tuesday,"
	}
	if n < 0 || s.toks[n].k != kWord || !documentWords[lowerASCII(s.word(n))] && s.toks[n].w.f&fComment == 0 {
		return false
	}
	if sp := r.speaker.span; sp[0] <= s.toks[n].s && s.toks[n].e <= sp[1] {
		return true
	}
	k := n - 1
	if s.has(k, fDet) {
		k--
	}
	return s.is(k, "in") && (s.toks[n].e <= r.cue[0] && r.cue[0]-s.toks[n].e < 40 || s.toks[k].s >= r.cue[1] && s.toks[k].s-r.cue[1] < 4)
}

// relativeBetween reports whether token k, between a date phrase at sp and
// the cue, is a relative pronoun that keeps the date from the saying:
// "Trump, who met Putin on Friday, said", "Hart on Monday met the mayor,
// who said". A participle's cue after the relative clause goes on with
// the main clause, not the relative ("Trump on Saturday attacked the
// judge who blocked his order, calling him ..."): the main clause's date
// before the relative is the participle's.
func (s *sentence) relativeBetween(k int, sp, cue digest.Span) bool {
	if !s.is(k, "who") && !s.is(k, "which") && !s.is(k, "whose") {
		return false
	}
	return !(sp[1] <= s.toks[k].s && s.toks[k].e <= cue[0] && s.cueIsPart(cue))
}
