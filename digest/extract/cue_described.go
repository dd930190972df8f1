// "The union described the budget as “a betrayal”", "portrayed him as
// weak": a verb of speech learned from train (cues.txt) with its object
// and an "as" giving what the speaker made of it. That object and its
// description are what was said, though no "that" opens them.

package extract

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

// describedPronoun reports whether the learned verb of speech at j takes
// "it" or "them" right after it and then "as" (p is the token after the
// verb): "described it as a stable resource". The pronoun stands for a
// thing the clipping named before, so what was said is the description
// after "as", and the cue runs over the pronoun and "as" (PolNeAR marks
// "described it as" so); "described the plan as reckless" keeps its
// object in the content, where it names the thing.
func (s *sentence) describedPronoun(j, p int) bool {
	if p != j+1 || s.toks[j].w.f&fDerived == 0 || s.toks[j].w.f&fPart != 0 || !s.is(p+1, "as") || p+2 >= len(s.toks) || s.toks[p+2].k == kStop {
		return false
	}
	switch lowerASCII(s.word(p)) {
	case "it", "them":
	default:
		return false // "portrayed him as": PolNeAR keeps the person in the content
	}
	switch {
	case s.is(p+2, "well"), s.is(p+2, "part"), s.is(p+2, "long"), s.is(p+2, "soon"), s.is(p+2, "much"), s.is(p+2, "many"), s.is(p+2, "of"):
		return false // "described it as well", "as soon as"
	}
	return true
}
