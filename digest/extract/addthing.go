// "Add" with a thing added rather than words: "those promises add up to
// $8.5 million", "the delay adds to the drama", "they should add back the
// early voting week", "the admiral has added another facet to his job:
// communicator". Beside objectEnd's noun-phrase object ("the economy added
// 292,000 jobs"), a particle or preposition right after the verb, and a
// colon that a noun phrase follows (the item added), say the same: "add"
// reports words only with a clause or a quotation ("added that ...",
// "added a caveat: “...”", "added a warning: the plan will fail").
// "Concede" is the same: with a noun-phrase object it yields a contest
// ("conceding the race to Clinton", "conceded his bid"), with a clause or
// a quotation it admits something said ("conceded that it had been a
// difficult night").

package extract

// addsParticle reports whether the content tokens from a, after the form
// of "add" at j, open with a particle or preposition the verb takes when it
// adds a thing: "add up to", "adds to", "add back", "added on".
func (s *sentence) addsParticle(j, a int) bool {
	if !s.adds(j) || a != j+1 || a >= len(s.toks) {
		return false
	}
	return s.is(a, "up") || s.is(a, "to") || s.is(a, "back") || s.is(a, "on")
}

// colonSays reports whether a colon in tokens [a, b) leads in words: a
// verb of their own follows it ("a warning: the plan will fail"), not only
// a noun phrase ("another facet to his job: communicator").
func (s *sentence) colonSays(a, b int) bool {
	for i := a; i < b; i++ {
		if s.punct(i, ":") {
			return s.hasVerb(i+1, b)
		}
	}
	return false
}

// handsOver reports whether token j is a form of a verb that says words
// only with a clause or a quotation and with a noun-phrase object gives a
// thing: "add" ("the economy added 292,000 jobs") or "concede" ("conceded
// the race").
func (s *sentence) handsOver(j int) bool {
	if s.adds(j) {
		return true
	}
	switch lowerASCII(s.word(j)) {
	case "concede", "concedes", "conceded", "conceding":
		return true
	}
	return false
}
