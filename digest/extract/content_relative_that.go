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
	switch {
	case finiteAux(w) || negatedAux(w):
		if !s.participleAfter(v) {
			return q // "said on Monday that was the reason ...": "that" is the reported clause's subject
		}
	case !irregularPast(w) && !(len(w) > 3 && hasSuffixFold(w, "ed")):
		return q // "that officials were ...": a subject follows, the clause is what was said
	case v+2 < len(s.toks) && (s.auxAt(v+1) || s.auxAt(v+2)):
		return q // "that need was so great", "that reported crimes had fallen": a subject, not a relative's verb
	}
	for r := v + 1; r < len(s.toks) && r <= q+16; r++ {
		if s.toks[r].k == kStop || s.toks[r].k == kQuote || s.punct(r, ";") || s.punct(r, ":") || s.is(r, "so") || s.is(r, "such") {
			break // "... so great that ...": the later "that" completes a degree, not the cue
		}
		if s.is(r, "that") && s.clauseOpens(r+1) {
			if s.is(r-1, "and") || s.is(r-1, "but") || s.is(r-1, "or") {
				break // "... and that she would run": a second reported clause, so the first was one too
			}
			return r
		}
	}
	return q
}

// participleAfter reports whether the auxiliary at v goes on, past
// adverbs and "been", to a past participle, as a passive or perfect
// relative does ("that was posted online", "that has since been
// deleted", "that wasn't made public"), not to a noun phrase or an
// adjective ("that was the reason", "that was not true").
func (s *sentence) participleAfter(v int) bool {
	for i := v + 1; i < len(s.toks) && i <= v+4; i++ {
		if s.toks[i].k != kWord || s.toks[i].cap {
			return false
		}
		w := lowerASCII(s.word(i))
		switch {
		case w == "been" || w == "since" || w == "already" || w == "also" || lyAdverb(s, i):
			continue
		case irregularPast(w) || pastParticiple(w):
			return true
		}
		return false
	}
	return false
}
