// A second predicate with its circumstance before the verb of speech:
// "The senator left the meeting and in a statement said the bill was
// dead", "... and on Twitter wrote that ...". The phrase after the
// preposition is where or how it was said, not a subject; the verb
// shares the subject of the clause "and" joins it to (subjectGoesOn).

package extract

// andCircumstance returns the "and" or "but" before a prepositional
// phrase of circumstance that ends at token k, right before a cue, or -1:
// the phrase has no verb, no punctuation and at most eight words.
func (s *sentence) andCircumstance(k int) int {
	if k <= s.from || s.toks[k].k != kWord {
		return -1
	}
	for d := k; d > s.from && d >= k-8; d-- {
		tk := s.toks[d]
		if tk.k != kWord || tk.w.f&(fCue|fWeakCue|fAux|fNeg|fRelative|fSub) != 0 && tk.w.f&fPrep == 0 {
			return -1
		}
		if !tk.cap && circumstancePrep(s.word(d)) && (s.is(d-1, "and") || s.is(d-1, "but")) && d-1 > s.from && !s.quantityPrep(d) {
			if !s.hasVerb(s.from, d-1) {
				return -1 // "Officials in Ohio and in Texas said": one subject, no first predicate
			}
			return d - 1
		}
	}
	return -1
}

// circumstancePrep reports whether w opens a phrase that says where, when
// or how something was said: "in a statement", "on Twitter", "at a
// rally", "during the debate", "with a smile". Not "of", "from" or
// "for", which go on a noun ("members of the board and of the union").
func circumstancePrep(w string) bool {
	switch w {
	case "in", "on", "at", "during", "after", "before", "via", "through", "with":
		return true
	}
	return false
}

// quantityPrep reports whether the preposition at d opens a quantity,
// not a circumstance: "at least a dozen members", "in all 40 senators",
// "with 30 others".
func (s *sentence) quantityPrep(d int) bool {
	n := d + 1
	return s.is(n, "least") || s.is(n, "most") || s.is(n, "all") || n < len(s.toks) && s.toks[n].k == kWord && (isDigit(s.t[s.toks[n].s]) || s.has(n, fNumber))
}
