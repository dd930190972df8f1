package extract

// documentAuthor returns the end of the author named after "from" or "by"
// at i, in "according to a statement from the fire department": a name
// ("the Sierra Club") or a definite noun phrase of a body ("the fire
// department", "the ministry"), as a document's subject gives its author
// ("A statement from the fire department said", cue_subject.go). A phrase
// of time ("from the past year", "by last week") names no author. 0, false
// when there is none before e.
func (s *sentence) documentAuthor(i, e int) (int, bool) {
	ae, ok := s.rightNP(i + 1)
	if !ok || ae > e {
		return 0, false
	}
	if s.toks[ae-1].cap {
		return ae, true
	}
	if l, _ := s.dateAt(i + 1); l > 0 || !s.is(i+1, "the") {
		return 0, false // "from the previous day"
	}
	for k := i + 2; k < ae; k++ { // "the" itself leads dates too ("the day before")
		if s.toks[k].k != kWord || s.has(k, fDateLead|fWeekday|fMonth|fRelDay|fNumber) {
			return 0, false
		}
	}
	return ae, ae > i+2
}
