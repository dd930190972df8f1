package extract

// "The union described the budget as “a betrayal”", "portrayed him as
// weak": a verb of speech learned from train (cues.txt) with its object
// and an "as" giving what the speaker made of it. That object and its
// description are what was said, though no "that" opens them.

// maxDescribedObject bounds the object before "as", in tokens.
const maxDescribedObject = 10

// describedAs reports whether the learned verb of speech at j is followed,
// from p (before e), by its object and "as" with a description after it:
// "described the proposal as reckless", "described herself as a
// pragmatist". Not "as well", "as part of", "as a result", "as long as",
// "as soon as", which are no description.
func (s *sentence) describedAs(j, p, e int) bool {
	if s.toks[j].w.f&fDerived == 0 || s.toks[j].w.f&fPart != 0 || p >= e || s.toks[p].k != kWord {
		return false
	}
	for k := p; k < e && k-p <= maxDescribedObject; k++ {
		tk := s.toks[k]
		if tk.k != kWord {
			return false
		}
		if !s.is(k, "as") {
			if tk.w.f&(fAux|fRelative|fSub|fCue|fWeakCue|fNeg) != 0 || s.is(k, "that") {
				return false // a clause, not an object
			}
			continue
		}
		if k == p || k+1 >= e || s.toks[k+1].k == kStop {
			return false
		}
		switch {
		case s.is(k+1, "well"), s.is(k+1, "part"), s.is(k+1, "long"), s.is(k+1, "soon"), s.is(k+1, "much"), s.is(k+1, "many"),
			s.is(k+1, "a") && s.is(k+2, "result"), s.is(k+1, "of"), s.is(k+1, "recently"):
			return false
		}
		return true
	}
	return false
}
