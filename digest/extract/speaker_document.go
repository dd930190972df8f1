// A document that speaks after an inverted cue: "“Costs will rise,” said
// the report.", "noted a report by the Acme Institute", "said the authors
// of the report". "report" is a weak verb of speech in the lexicon ("the
// survey reports that ..."), which ends an inverted speaker phrase; after a
// determiner, a modifier or "of" it is the noun.

package extract

// documentNoun reports whether token e, inside the inverted speaker phrase
// that starts at p, is a noun for a document that the lexicon also knows
// as a verb ("report", "reports"), read as the noun after a word that is
// no verb ("the", "a new", "the Acme", "the institute's", "of").
func (s *sentence) documentNoun(p, e int) bool {
	tk := s.toks[e]
	if e <= p || tk.cap || tk.w.f&fSourceNoun == 0 || tk.w.f&(fCue|fPassive|fNeg|fAux) != 0 {
		return false
	}
	b := s.toks[e-1]
	return b.k == kWord && b.w.f&(fCue|fWeakCue|fPassive|fNeg|fAux|fPronoun) == 0
}
