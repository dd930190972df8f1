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
