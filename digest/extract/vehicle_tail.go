package extract

import "strings"

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
		if s.actToCome(a, i) {
			return b // "said he would set out the details in a speech next week": the speech is the act's, still to come
		}
		return i
	}
	return b
}

// actToCome reports whether reported clause tokens [a, i) tell of an act
// the speaker (or the body speaking) says is still to come: a subject
// pronoun, then "will", "would" or "shall" ("he would set out the
// details", "it will share the figures", "she’ll explain"). A phrase of
// saying right after such an act, with no comma to set it off, is where
// the act will be done ("in a speech next week"), not where the words
// reported were said; "the plan would fail in a statement Friday", whose
// subject could say nothing, still gives the saying's vehicle.
func (s *sentence) actToCome(a, i int) bool {
	for q := a; q < i && q < a+3; q++ {
		if s.toks[q].k != kWord || !s.has(q, fPronoun) {
			continue
		}
		w := lowerASCII(s.word(q))
		if strings.HasSuffix(w, "’ll") || strings.HasSuffix(w, "'ll") {
			return true
		}
		if s.is(q+1, "will") || s.is(q+1, "would") || s.is(q+1, "shall") {
			return true
		}
	}
	return false
}
