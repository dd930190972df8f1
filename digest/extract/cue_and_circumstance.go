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
			if s.subjectAfterPhrase(d, k) {
				return -1 // "and in a statement her aide said": the aide speaks, not the first clause's subject
			}
			return d - 1
		}
	}
	return -1
}

// subjectAfterPhrase reports whether a noun phrase of its own follows
// the object of the preposition at d and ends at k, the word before the
// cue: a determiner or a possessive that no preposition governs ("in a
// statement her aide", "after the vote the governor"), or, after an
// object with no determiner (a name, a bare noun), a further lowercase
// word that is no adverb and no preposition ("on Tuesday officials", "in
// New Hampshire voters"). "at the end of the day", "on Twitter later"
// and "with her husband" are one phrase.
func (s *sentence) subjectAfterPhrase(d, k int) bool {
	for i := d + 2; i <= k; i++ {
		if s.has(i, fDet) && !s.has(i-1, fPrep) && !s.is(i-1, "of") {
			return true
		}
	}
	o := d + 1
	if s.has(o, fDet) || s.quantityPrep(d) {
		return false
	}
	for o+1 <= k && s.toks[o].cap && s.toks[o+1].cap {
		o++ // "New Hampshire", "Fox News"
	}
	for i := o + 1; i <= k; i++ {
		if s.toks[i].cap || s.has(i, fPrep) || s.has(i-1, fPrep) || s.is(i, "of") || s.is(i-1, "of") || lyAdverb(s, i) {
			continue
		}
		if w := lowerASCII(s.word(i)); verbAdverb(w) || w == "today" || w == "twice" {
			continue // "on Twitter later", "in a statement also"
		}
		return true
	}
	return false
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
