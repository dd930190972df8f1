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
	vfrom, inner := j+1, -1 // where the object's own words start; the object's relative pronoun
	for k := j + 1; k < len(s.toks) && k <= j+maxNP+4; k++ {
		tk := s.toks[k]
		if inner < 0 && k > j+2 && (s.is(k, "that") || s.is(k, "which")) && s.objectRelative(j+1, k) {
			inner = k // "who wrote the book that critics praised said": the object's own relative
			continue
		}
		if tk.k != kWord || s.is(k, "that") || tk.w.f&(fPronoun|fSub|fRelative) != 0 && tk.w.f&fDet == 0 {
			return -1
		}
		if tk.w.f&fCue != 0 && tk.w.f&fPart == 0 && !tk.cap {
			if s.nounAfterArticle(k) {
				continue // "who reported the claims said": part of the object
			}
			e := k
			if w := lowerASCII(s.word(k - 1)); !finiteAux(w) && sForm(w) {
				e = k - 1 // "the Benghazi victims says": no two finite verbs in a row
			}
			if k > j+1 && !s.hasVerb(vfrom, e) {
				return k
			}
			return -1
		}
		if k == inner+1 {
			continue // the relative's subject ("critics": no verb in -s)
		}
		if inner > 0 && vfrom == j+1 && k > inner+1 && !tk.cap && (pastForm(lowerASCII(s.word(k))) || finiteAux(lowerASCII(s.word(k)))) {
			vfrom = k + 1 // "praised": the verb of the object's relative, once
			continue
		}
		if k > j+2 && !tk.cap && s.is(k+1, "by") && pastForm(lowerASCII(s.word(k))) && !s.hasVerb(vfrom, k) {
			vfrom = k + 1 // "who wrote the speech delivered by ...": a participle on the object
			continue
		}
		if k > j+1 && finiteAux(lowerASCII(s.word(k))) && !s.hasVerb(j+1, k) {
			if v := s.skipAdverb(k + 1); v < len(s.toks) && s.toks[v].k == kWord && !s.toks[v].cap && s.has(v, fCue) {
				return v // "who wrote the story has said": the main verb after its auxiliary
			}
		}
		if w := lowerASCII(s.word(k)); !finiteAux(w) && sForm(w) && k+1 < len(s.toks) && s.has(k+1, fCue) && !s.has(k+1, fPart) && !s.toks[k+1].cap {
			continue // "the Benghazi victims says": a plural noun, the verb after it
		}
		if s.verbAt(k) && !s.nounAfterArticle(k) {
			return -1 // (not "who wrote the checks said": a plural noun)
		}
	}
	return -1
}

// objectRelative reports whether "that" or "which" at k opens a relative
// clause on the object [a, k): a plain noun before it, after an article
// or a possessive at a, and a subject of plain words after it ("the book
// that critics praised", "the report that police found").
func (s *sentence) objectRelative(a, k int) bool {
	if !s.has(a, fDet) || k+2 >= len(s.toks) || s.toks[k-1].k != kWord || s.toks[k-1].w.f&(fAux|fPrep) != 0 {
		return false
	}
	if s.has(k-1, fCue) && !s.nounAfterArticle(k-1) {
		return false // "wrote that": the verb's clause ("the report that": a noun)
	}
	n := s.toks[k+1]
	w := lowerASCII(s.word(k + 1))
	return n.k == kWord && n.w.f&(fAux|fPrep|fSub|fCue|fRelative) == 0 && !finiteAux(w) && !pastForm(w)
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
