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
	return s.relativeMainVerb(j) >= 0
}

// relativeMainVerb returns the finite verb of speech after the relative
// clause whose verb is the cue at j (relativeThenMain), or -1.
func (s *sentence) relativeMainVerb(j int) int {
	if j < 2 || s.has(j, fPart) || s.toks[j-2].k != kWord {
		return -1
	}
	rel := j - 1
	if !s.is(rel, "who") && !(s.is(rel, "that") && s.toks[rel-1].w.f&(fCue|fWeakCue|fCall|fAsk|fAux|fPrep|fSub|fPronoun) == 0) {
		return -1
	}
	if s.hasVerb(s.from, rel) || s.has(s.from, fSub|fPrep) {
		return -1 // the relative must hang on the sentence's subject
	}
	for k := j + 1; k < len(s.toks) && k <= j+maxNP; k++ {
		tk := s.toks[k]
		if tk.k != kWord || s.is(k, "that") || tk.w.f&(fPronoun|fSub|fRelative) != 0 && tk.w.f&fDet == 0 {
			return -1
		}
		if tk.w.f&fCue != 0 && tk.w.f&fPart == 0 && !tk.cap {
			if s.nounAfterArticle(k) {
				continue // "who reported the claims said": part of the object
			}
			if k > j+1 && !s.hasVerb(j+1, k) {
				return k
			}
			return -1
		}
		if k > j+1 && finiteAux(lowerASCII(s.word(k))) && !s.hasVerb(j+1, k) {
			if v := s.skipAdverb(k + 1); v < len(s.toks) && s.toks[v].k == kWord && !s.toks[v].cap && s.has(v, fCue) {
				return v // "who wrote the story has said": the main verb after its auxiliary
			}
		}
		if s.verbAt(k) && !s.nounAfterArticle(k) {
			return -1 // (not "who wrote the checks said": a plural noun)
		}
	}
	return -1
}

// nounAfterArticle reports whether the word at k follows an article: a
// noun ("the claims", "the checks", "the report"), not a verb.
func (s *sentence) nounAfterArticle(k int) bool {
	return k > 0 && s.toks[k-1].k == kWord && isArticle(s.word(k-1))
}

// relativeBeforeMain reports whether the cue at r is a relative clause's verb
// (relativeMainVerb) whose sentence verb is the first verb of speech after
// k, not a plural noun before it ("who reported the claims said": "said",
// not "claims", has the subject).
func (s *sentence) relativeBeforeMain(r, k int) bool {
	v := s.relativeMainVerb(r)
	if v <= k {
		return false
	}
	for i := k + 1; i < v; i++ {
		if s.has(i, fCue) {
			return false
		}
	}
	return true
}
