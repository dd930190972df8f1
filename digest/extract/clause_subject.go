package extract

import "strings"

// A reported clause may open with a bare plural noun as its subject:
// "said, in a town hall in Buffalo, that states can pass such laws",
// "that voters will decide". The noun may be one the lexicon also holds
// as a verb of speech ("states", "claims", "reports"): a word in the
// subject's place, right before an auxiliary or a modal, is the noun, not
// the verb.

// pluralSubject reports whether token i is a lower-case plural noun with
// an auxiliary or a modal right after it, the subject of a clause.
func (s *sentence) pluralSubject(i int) bool {
	if i+1 >= len(s.toks) || s.toks[i].k != kWord || s.toks[i].cap || !s.has(i+1, fAux) {
		return false
	}
	w := lowerASCII(s.word(i))
	if len(w) < 4 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "ly") {
		return false
	}
	return s.toks[i].w.f&(fAux|fPrep|fNeg|fRelative|fPronoun|fDet|fQuant) == 0 && !s.timeAdverb(i)
}
