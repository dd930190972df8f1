// A reported clause that opens with "that" and an aside between commas:
// "said that, in her view, the budget had failed". PolNeAR's annotators
// keep "that," at the start of such a content (train: 25 annotated
// contents start with "that,", 3 after it), where a plain "that" is left
// out by every reading of a content's bounds; the digest reads "X said
// that, in her view, ...". The start model had learned to start there,
// and the "that" it dropped (learn.go) left the content opening on the
// comma.

package extract

// thatAside reports whether token a is a "that" followed by a comma that
// opens an aside: the content starts with it.
func thatAside(s *sentence, a int) bool {
	return s.is(a, "that") && s.punct(a+1, ",")
}

// thatSubject reports whether token a is a "that" followed by a finite
// auxiliary or modal: the demonstrative subject of what was said ("said
// that was the wrong approach", "thinks that would be a mistake", "say
// that isn’t likely"), not the word that opens it; the content starts
// with it.
func thatSubject(s *sentence, a int) bool {
	n := a + 1
	if !s.is(a, "that") || n >= len(s.toks) || s.toks[n].k != kWord || s.toks[n].cap {
		return false
	}
	w := lowerASCII(s.word(n))
	return finiteAux(w) || negatedAux(w) // "say that isn’t likely", "that won't last"
}
