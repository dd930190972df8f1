// "A voter asked the senator about several women who said they were
// harassed": what was asked about is a topic, a noun phrase, and the
// verb of speech in its relative clause is its own statement, with the
// noun the relative describes as speaker. Read as the question's content,
// the topic and its relative made no question ("asked several women who
// said ..."), and the statement inside was lost.

package extract

// topicRelativeSays reports whether the verb of asking at j is followed,
// within its clause, by "about", a noun phrase, and a relative pronoun
// whose verb is a verb of speech ("about residents who say ...").
func (s *sentence) topicRelativeSays(j int) bool {
	about := -1
	for i := j + 1; i < len(s.toks) && i <= j+8; i++ {
		if s.toks[i].k != kWord || s.has(i, fCue|fQuestion) {
			return false
		}
		if s.is(i, "about") {
			about = i
			break
		}
	}
	if about < 0 {
		return false
	}
	for i := about + 2; i < len(s.toks) && i <= about+8; i++ {
		if s.toks[i].k != kWord || s.has(i, fCue|fQuestion|fSub) && !s.has(i, fRelative) {
			return false
		}
		if s.is(i, "who") || s.is(i, "that") && !s.has(i-1, fDet) {
			v := i + 1
			for v < len(s.toks) && v <= i+3 && (s.has(v, fAux) || s.is(v, "long") || lyAdverb(s, v)) && !s.has(v, fCue) {
				v++ // "who have long said"
			}
			return s.has(v, fCue) && !s.toks[v].cap
		}
	}
	return false
}
