// A quotation inside the phrase that opens a sentence, before the
// speaker, is scenery when the verb of speech takes a clause of its own:
// "Sunday on Fox News’s “Sunday Morning Futures,” Rep. Tom Hale said the
// FBI was moving slowly" reports that the FBI was moving slowly; the
// show's title is where it was said, not what.

package extract

// clauseAfterCue reports whether a reported clause starts at token p,
// just after a cue and what stands with it ("told reporters", "said in a
// statement"): "that" and a subject with its finite verb, or a subject
// and its verb alone ("said the FBI was ...").
func (s *sentence) clauseAfterCue(p int) bool {
	if s.is(p, "that") {
		return s.subjectVerb(p+1, 8)
	}
	return s.subjectVerb(p, 8)
}
