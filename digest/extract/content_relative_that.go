// A relative clause on the circumstance before what was said: "said in a
// statement that included no details that the plan was over". The first
// "that" has a verb right after it and no subject: it describes the
// statement. The reported clause opens at the "that" after it.

package extract

// relativeThatEnd returns the "that" which opens the reported clause when
// the "that" at q, after a phrase of circumstance, is a relative pronoun
// on the phrase's noun: a past or an auxiliary follows it at once
// ("that included", "that was released"), and a later "that" in the
// sentence opens a clause, or a quotation follows the relative's comma
// (the quotation is returned). It returns q when there is no such later
// "that"; skipAfterCue then reads no content at all ("said in a statement
// that included no details." reports nothing).
func (s *sentence) relativeThatEnd(q int) int {
	if !s.relativeThat(q) {
		return q
	}
	for r := q + 2; r < len(s.toks) && r <= q+16; r++ {
		if s.punct(r, ",") && r+1 < len(s.toks) && s.toks[r+1].k == kQuote {
			return r + 1 // "said in a statement that included no details, “We are done.”": the quotation (lines19)
		}
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

// relativeThat reports whether the "that" at q has a past, or an
// auxiliary going on to a participle, right after it and no subject
// ("that included", "that was released"): a relative pronoun, not the
// opening of a clause ("that officials were ...", "that was the reason",
// "that need was so great").
func (s *sentence) relativeThat(q int) bool {
	v := q + 1
	if v >= len(s.toks) || s.toks[v].k != kWord || s.toks[v].cap || s.has(v, fPronoun|fDet) {
		return false
	}
	w := lowerASCII(s.word(v))
	switch {
	case finiteAux(w) || negatedAux(w):
		return s.participleAfter(v) // "that was posted", not "said on Monday that was the reason ...": there "that" is the reported clause's subject
	case !irregularPast(w) && !(len(w) > 3 && hasSuffixFold(w, "ed")):
		return false // "that officials were ...": a subject follows, the clause is what was said
	case v+2 < len(s.toks) && (s.auxAt(v+1) || s.auxAt(v+2)):
		return false // "that need was so great", "that reported crimes had fallen": a subject, not a relative's verb
	}
	return true
}

// phraseNounBefore reports whether the words between the cue at j and the
// "that" at q are a prepositional phrase ending in a common noun, which a
// relative may describe ("in a statement that", "in a statement Monday
// that"), not a date, a bare noun
// ("in private that was a mistake") or an adverb
// of time ("on Monday that could hurt savers": a demonstrative subject).
func (s *sentence) phraseNounBefore(j, q int) bool {
	k := q - 1
	for i := j + 2; i <= k; i++ {
		if l, _ := s.dateAt(i); l > 0 && i+l-1 == k && s.toks[i-1].k == kWord && !s.toks[i-1].cap {
			k = i - 1 // "in a statement Monday that included": the date after the noun
			break
		}
	}
	if k <= j+1 || s.toks[k].k != kWord || s.toks[k].cap || s.toks[k].w.f&(fPrep|fAux|fPronoun|fDet|fSub) != 0 || s.timeAdverb(k) || !s.has(j+1, fPrep) {
		return false
	}
	det := false // "in a statement", "at the briefing": a noun phrase; "in private that was a mistake" is no relative
	for i := j + 1; i <= k; i++ {
		if l, _ := s.dateAt(i); l > 0 && i+l-1 >= k {
			return false // "said on Friday last week that"
		}
		det = det || s.has(i, fDet)
	}
	return det
}
