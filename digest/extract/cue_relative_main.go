package extract

// "The aide who wrote the memo said the plan was dead": a relative
// clause on the sentence's subject whose verb takes a noun phrase, then a
// finite verb of speech. That verb is the sentence's own (the aide said),
// not the verb of a clause the relative's verb reports ("wrote the memo
// said ..." reads as nothing), so the relative's verb builds no statement
// and the scan goes on to the main verb, whose subject holds the relative
// clause (relsubject.go). "Women who said they were harassed said ..."
// keeps both: a pronoun opens a clause of the relative's own.

// relativeThenMain reports whether the cue at token j is the verb of a
// relative clause on the sentence's opening noun phrase ("who", or "that"
// after a noun) whose object, a noun phrase of plain words, runs up to a
// finite verb of speech.
func (s *sentence) relativeThenMain(j int) bool {
	if j < 2 || s.has(j, fPart) || s.toks[j-2].k != kWord {
		return false
	}
	rel := j - 1
	if !s.is(rel, "who") && !(s.is(rel, "that") && s.toks[rel-1].w.f&(fCue|fWeakCue|fCall|fAsk|fAux|fPrep|fSub|fPronoun) == 0) {
		return false
	}
	if s.hasVerb(s.from, rel) || s.has(s.from, fSub|fPrep) {
		return false // the relative must hang on the sentence's subject
	}
	for k := j + 1; k < len(s.toks) && k <= j+maxNP; k++ {
		tk := s.toks[k]
		if tk.k != kWord || s.is(k, "that") || tk.w.f&(fPronoun|fSub|fRelative) != 0 && tk.w.f&fDet == 0 {
			return false
		}
		if tk.w.f&fCue != 0 && tk.w.f&fPart == 0 && !tk.cap {
			return k > j+1 && !s.hasVerb(j+1, k)
		}
		if s.verbAt(k) {
			return false
		}
	}
	return false
}
