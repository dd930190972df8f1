package extract

import "strings"

// A phrase of circumstance after the cue may run straight into the
// reported clause with no "that" between: "said in a statement it would
// appeal", "said at a news conference the results were clean". The clause
// opens where a subject follows the phrase's noun and a finite verb
// follows the subject; the phrase says where or how it was said, not what.

// clauseInPhrase returns the token in (p+1, q] at which a reported clause
// opens after the phrase of circumstance whose preposition is at p, within
// seven words and before any mark or "that": a subject pronoun with a verb
// after it (an adverb between), or a determiner whose noun phrase of one
// to three words has an auxiliary, a modal or a past form after it. The
// token before it must end the phrase's noun phrase: a word, not a
// preposition, a determiner, an auxiliary or a verb ("in an interview with
// the Times" goes on), a noun the lexicon also holds as a verb of speech
// ("in a note") too. It returns -1 when no clause opens there.
func (s *sentence) clauseInPhrase(p int) int {
	for r := p + 2; r <= p+7 && r < len(s.toks) && s.toks[r-1].k == kWord && !s.is(r-1, "that"); r++ {
		if s.has(r-1, fPrep|fDet|fAux|fClauseEnd|fSub|fRelative|fNeg|fQuestion|fWeakCue) || s.is(r-1, "than") || pastOrAux(s, r-1) ||
			s.has(r-1, fCue) && !s.has(r-2, fDet) {
			continue // "with the host on how the attack ...", "to those who believe he ...": no noun ends the phrase there
		}
		if s.is(r, "that") {
			return r // "said in a note that ...": the note is no verb here
		}
		if s.has(r, fPronoun) && !s.toks[r].cap || s.is(r, "i") {
			if s.verbAt(s.skipAdverb(r + 1)) {
				return r
			}
			continue
		}
		if !s.has(r, fDet) || s.toks[r].cap {
			continue
		}
		for k := r + 2; k <= r+4 && k < len(s.toks) && s.toks[k].k == kWord; k++ {
			if s.has(k, fPrep|fClauseEnd|fSub|fRelative) {
				break // "those relationships but added": no verb of the noun phrase's own
			}
			if pastOrAux(s, k) {
				return r
			}
		}
	}
	return -1
}

// pastOrAux reports whether token i is a lower-case auxiliary, modal or
// past form: a finite verb that no plural noun in -s can be ("politics").
func pastOrAux(s *sentence, i int) bool {
	if s.toks[i].cap {
		return false
	}
	w := lowerASCII(s.word(i))
	return finiteAux(w) || irregularPast(w) || len(w) > 3 && strings.HasSuffix(w, "ed")
}

// bareTold returns the end of the one told at token p after a verb of
// telling when it is a bare lower-case noun with no determiner ("told
// parliament", "told police", "told staff") and a date or a reported clause
// follows it at once ("told parliament last week the government would
// fund it", "told police the man had fled"); ok is false otherwise.
func (s *sentence) bareTold(p int) (int, bool) {
	if p+1 >= len(s.toks) || s.toks[p].k != kWord || s.toks[p].cap || s.toks[p+1].k != kWord ||
		s.has(p, fPrep|fDet|fAux|fSub|fClauseEnd|fNeg|fRelative|fCue|fWeakCue|fPronoun|fQuant|fObject) || s.verbAt(p) || s.skipAdverb(p) != p {
		return 0, false
	}
	if l, _ := s.dateAt(p + 1); l > 0 {
		return p + 1, true
	}
	if s.clauseInPhrase(p-1) == p+1 {
		return p + 1, true // the clause opens right after the noun (circumstance_clause.go reads it)
	}
	return 0, false
}
