// A verb of expressing before a cue that is also a noun: "Kim expressed
// hope that the talks would resume", "Lee voiced fear that ...". The
// noun is the object of the past verb, whose subject speaks; the speaker
// had taken the verb in ("Kim expressed", and the line "Kim expressed
// hoped the talks would resume"). The speaker now ends before the verb,
// and the cue's noun reads as its verb in a line ("Kim hoped ...").

package extract

// expressingVerb returns the token before the lower-case past form at k
// that stands right before a weak cue at j in its plain form ("hope",
// "fear", "doubt"): the end of the subject of "expressed hope". It
// returns -1 when token k is no such verb.
func (s *sentence) expressingVerb(j, k int) int {
	if k != j-1 || k-1 < s.from || !s.has(j, fWeakCue) || s.toks[k].k != kWord || s.toks[k].cap || s.toks[k].w.f&(fAux|fPrep|fDet) != 0 {
		return -1
	}
	cue := lowerASCII(s.word(j))
	if pastForm(cue) || sForm(cue) {
		return -1 // "Supporters surveyed believed", a verb, not a noun
	}
	if w := lowerASCII(s.word(k)); !pastForm(w) || irregularPast(w) {
		return -1
	}
	if s.toks[k-1].k != kWord {
		return -1
	}
	return k - 1
}
