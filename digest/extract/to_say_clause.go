// "to" and a verb of speech before a reported clause with no "that":
// "Clinton continues to insist she will release them", "Voters were more
// likely to say they preferred Clinton". What follows the verb is a
// clause of its own, a subject and its finite verb, so the words were
// said; the verbs before "to" are the speaker's (forms.go beforeToSay).

package extract

// toSayClause reports whether the verb of speech at j, after "to" at k,
// is followed by a reported clause and preceded by its speaker: at j+1 a
// subject pronoun, or a name, and then a finite verb; before "to" a
// subject whose next word is a finite verb, with only verbs and adverbs
// between it and "to" ("is continuing to insist", "were more likely to
// say"; not "stood at a Bush event here to say", whose subject stands
// further back, nor the writer's "it is fair to say ...").
func (s *sentence) toSayClause(j, k int) bool {
	n := j + 1
	for n < len(s.toks) && s.toks[n].k == kWord && s.toks[n].cap && !s.has(n, fStarter|fDet) {
		n++ // "to say Clinton is ..."
	}
	if n == j+1 {
		if n >= len(s.toks) || s.toks[n].k != kWord || !subjectPronoun(s.word(n)) {
			return false
		}
		n++ // "to say he had ..."
	}
	if !s.finiteAt(s.skipAdverb(n)) {
		return false
	}
	for i := k - 1; i >= s.from && i >= k-5; i-- {
		tk := s.toks[i]
		if tk.k != kWord {
			return false
		}
		if w := lowerASCII(s.word(i)); w == "it" || w == "there" {
			return false // the writer's "it is fair to say", "there is little to suggest"
		}
		if tk.cap || tk.w.f&(fPronoun|fRole|fSourceNoun|fQuant) != 0 && tk.w.f&fAux == 0 {
			return i < k-1 && s.finiteAt(i+1) // the subject, and its verb
		}
		if tk.w.f&(fPrep|fDet|fObject) != 0 {
			return false
		}
	}
	return false
}
