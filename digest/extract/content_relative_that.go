// A relative clause on the circumstance before what was said: "said in a
// statement that included no details that the plan was over". The first
// "that" has a verb right after it and no subject: it describes the
// statement. The reported clause opens at the "that" after it.

package extract

// relativeThatEnd returns the "that" which opens the reported clause when
// the "that" at q, after a phrase of circumstance, is a relative pronoun
// on the phrase's noun: a past or an auxiliary follows it at once
// ("that included", "that was released"), and a later "that" in the
// sentence opens a clause. It returns q when there is no such later
// "that".
func (s *sentence) relativeThatEnd(q int) int {
	v := q + 1
	if v >= len(s.toks) || s.toks[v].k != kWord || s.toks[v].cap || s.has(v, fPronoun|fDet) {
		return q
	}
	w := lowerASCII(s.word(v))
	if !finiteAux(w) && !negatedAux(w) && !irregularPast(w) && !(len(w) > 3 && hasSuffixFold(w, "ed")) {
		return q // "that officials were ...": a subject follows, the clause is what was said
	}
	for r := v + 1; r < len(s.toks) && r <= q+16; r++ {
		if s.toks[r].k == kStop || s.toks[r].k == kQuote || s.punct(r, ";") || s.punct(r, ":") {
			break
		}
		if s.is(r, "that") && s.clauseOpens(r+1) {
			return r
		}
	}
	return q
}
