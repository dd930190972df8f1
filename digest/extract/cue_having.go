// A perfect participle of speech that opens a sentence: "Having
// announced that he would not run again, Mayor Tom Reed left the hall."
// As with "Stressing that the vote was close, Rowe thanked ..." (subject.go
// frontedParticiple), the main clause's subject said what follows the
// participle; "Having" is no one.

package extract

// havingParticiple reports whether the cue at j is a past participle
// right after a capitalised "Having" that opens the sentence.
func (s *sentence) havingParticiple(j int) bool {
	return j == s.from+1 && s.toks[s.from].cap && s.is(s.from, "having") && !s.toks[j].cap && pastForm(lowerASCII(s.word(j)))
}

// frontedHaving reads the sentence a perfect participle of speech opens
// (havingParticiple) as frontedParticiple reads one in -ing, and returns
// where scanning resumes. "Having said that, ..." (the pronoun "that",
// a comma right after it) turns the argument and says nothing.
func (s *sentence) frontedHaving(j int) int {
	if s.is(j+1, "that") && j+2 < len(s.toks) && s.toks[j+2].k != kWord {
		return j + 1
	}
	return s.frontedParticiple(j)
}
