// A form in -ed right after a preposition is no finite verb: a
// preposition takes a noun phrase, never a clause, so "a combination of
// pledged and super delegates", "leads in both pledged delegates and the
// popular vote" name delegates, and nobody pledged anything (ends.go
// attributive reads the same after an article, a possessive or a number).

package extract

// prepAttributive reports whether the form in -ed at j, which attributive
// has checked, follows a preposition (or "both" after one) and comes
// before the noun it describes, or before "and"/"or" and a second
// describing word: "of pledged delegates", "of pledged and super
// delegates".
func (s *sentence) prepAttributive(j int) bool {
	p := j - 1
	if s.is(p, "both") {
		p--
	}
	if p < 0 || s.toks[p].k != kWord || s.toks[p].cap || !nounPrep(lowerASCII(s.word(p))) {
		return false
	}
	n := j + 1
	if s.is(n, "and") || s.is(n, "or") {
		n++
	}
	if n >= len(s.toks) {
		return false
	}
	tk := s.toks[n]
	return tk.k == kWord && !tk.cap && tk.w.f&(fPronoun|fDet|fPrep|fSub|fRelative|fQuant|fAux) == 0
}

// nounPrep reports whether w is a preposition that takes only a noun
// phrase ("of", "in", "among"); "after", "before" and "while" also open
// clauses, "to" an infinitive.
func nounPrep(w string) bool {
	switch w {
	case "of", "in", "on", "at", "with", "for", "from", "by", "about", "among", "between", "into", "under", "without", "against", "including":
		return true
	}
	return false
}
