// A sentence that opens by naming where a quotation comes from and then
// gives it after a colon: "According to the Gazette: “...”", "From the
// report: “...”", "From Lee's Facebook post: “...”". The phrase before the
// colon is the quotation's source, as "According to X, ..." and "- From the
// report: “...”" are (patterns.go colon reads the name).

package extract

// sourceLead returns the token after "According to" or "From" opening a
// sentence at i, or 0 when the sentence opens otherwise.
func (s *sentence) sourceLead(i int) int {
	switch {
	case s.is(i, "according") && s.is(i+1, "to"):
		return i + 2
	case s.is(i, "from") && i+1 < len(s.toks) && s.toks[i+1].k == kWord:
		return i + 1
	}
	return 0
}

// possessorEnd returns the end of a possessive naming the owner of a
// document that tokens [a, b) end with ("Lee's Facebook post", "the
// mayor's letter"), or -1.
func (s *sentence) possessorEnd(a, b int) int {
	if b <= a || !s.has(b-1, fSourceNoun) {
		return -1
	}
	for k := a; k < b-1; k++ {
		if s.toks[k].k == kWord && possessive(s.word(k)) {
			return k + 1
		}
	}
	return -1
}
