package extract

// maxVehicleRest bounds the words after a vehicle's noun that still tell
// of the saying ("to the council on Monday", "released Friday").
const maxVehicleRest = 6

// vehicleTail returns where a reported clause, content tokens [a, b)
// after their cue, gives way to the phrase that tells in what the words
// were said, when that phrase closes it: "said the plan had failed in a
// statement Friday", "said prices had risen, in a speech to the council
// on Monday". A plan fails in no statement: "in" or "during", "a" or
// "an", at most three modifiers and a noun of saying (sayingNoun: "in a
// statement", "in a televised address", "in a 2019 interview"), then
// words alone to the end (no comma, no clause: its date and whom it was
// said to). The phrase and its date are the attribution's, as they are
// before the clause ("said in a statement Friday that"); a clause that is
// itself about a saying keeps it ("said the plan was announced in a
// statement Friday"). It returns b when there is no such phrase.
func (s *sentence) vehicleTail(a, b int) int {
	for i := a + minReported; i+2 < b; i++ {
		if !s.is(i, "in") && !s.is(i, "during") || s.toks[i].cap || !s.is(i+1, "a") && !s.is(i+1, "an") {
			continue
		}
		k := i + 2
		for n := 0; n < 3 && k < b && s.toks[k].k == kWord && !s.sayingNoun(k); n++ {
			k++
		}
		if k >= b || !s.sayingNoun(k) || b-(k+1) > maxVehicleRest {
			continue
		}
		for q := k + 1; q < b; q++ {
			if s.toks[q].k != kWord || s.has(q, fSub|fRelative|fCue|fWeakCue) {
				return b
			}
		}
		for q := a; q < i; q++ {
			if s.toks[q].k == kQuote || s.has(q, fCue|fWeakCue|fQuoted|fAsk|fCall|fTell|fDirective|fDerived) {
				return b // a verb of saying, asking or writing in the clause ("the plan was announced in a statement", "had asked for it in a letter"), a quotation: the clause's own
			}
		}
		if s.punct(i-1, ",") {
			return i - 1
		}
		return i
	}
	return b
}
