// The writer's gloss after a last dash. A reported clause that runs on
// past a dash that no second dash closes gives way to the writer when a
// participle clause ("... nothing wrong with that — asserting that big
// donations did not change his views", "— setting expectations low";
// a verb of speech's is the subject's next statement: contentEnd ends
// what was said at its dash and cue_participle.go reads it) or a concession
// ("... to his staff — though none of it was secret", "... since then —
// except that prices fell") opens after it: the comma before them ends
// what was said already (ends.go's participleClause and contrastConj);
// a dash sets them off the same way. A dash with a second one after it
// sets off an aside inside what was said ("— an old favorite —").

package extract

import "strings"

// dashGloss reports whether the dash at token i, inside content tokens
// ending at b, is the last before b and opens the writer's gloss.
func (s *sentence) dashGloss(i, b int) bool {
	k := i + 1
	if s.punct(k, "-") {
		k++ // "--" read as two dashes
	}
	if !s.noDashIn(k, b) {
		return false
	}
	return k+1 < b && s.dashParticiple(k) || s.concession(k)
}

// noDashIn reports whether tokens [k, b) hold no dash: a dash before k is
// the last, and no second one closes it as an aside.
func (s *sentence) noDashIn(k, b int) bool {
	for d := k; d < b; d++ {
		if s.dashEnding(d) >= 0 {
			return false
		}
	}
	return true
}

// dashParticiple reports whether a participle clause opens at token k
// after a dash: a lower-case -ing form that is no preposition ("including
// ...") with a word or a quotation after it that is not "and" or "or":
// its object or complement ("— asserting that ...", "— setting
// expectations low"). A noun in -ing has a comma, a conjunction or the
// sentence's end after it ("— housing, transit and schools", "— funding
// and staff").
func (s *sentence) dashParticiple(k int) bool {
	if !s.gerundAt(k) || s.prepositionIng(k) || k+1 >= len(s.toks) {
		return false
	}
	n := s.toks[k+1]
	return n.k == kQuote || n.k == kWord && !s.is(k+1, "and") && !s.is(k+1, "or")
}

// prepositionIng reports whether token k is an -ing form that works as a
// preposition ("including the cost", "according to", "depending on how
// it goes", "considering the cost", "barring a delay", "pending a
// review"), not a participle. "Barring" that bars someone from a deed
// and "considering" with "whether" or "if" after it are the verbs' own
// participles ("barring it from enforcing the law", "considering whether
// to appeal"): the writer's clause, as other verbs' -ing forms open.
func (s *sentence) prepositionIng(k int) bool {
	switch lowerASCII(s.word(k)) {
	case "including", "according", "excluding", "regarding", "concerning", "depending", "pending":
		return true
	case "barring":
		return !s.barsFrom(k)
	case "considering":
		return !s.is(k+1, "whether") && !s.is(k+1, "if")
	}
	return false
}

// barsFrom reports whether "barring" at token k is the verb "bar" with
// its object and "from" within five words: the object a pronoun ("barring
// them from office") or a form in -ing after "from" ("barring the city's
// agents from enforcing"). "Barring delays from the mill" is the
// preposition.
func (s *sentence) barsFrom(k int) bool {
	for m := k + 1; m < len(s.toks) && m <= k+5 && s.toks[m].k == kWord; m++ {
		if !s.is(m, "from") {
			continue
		}
		if s.has(k+1, fObject) && !s.is(k+1, "her") && !s.is(k+1, "you") {
			return true // "her" and "you" may own the noun after them
		}
		if m+1 >= len(s.toks) || s.toks[m+1].k != kWord {
			return false
		}
		w := s.word(m + 1)
		return len(w) > 5 && strings.HasSuffix(w, "ing")
	}
	return false
}

// concession reports whether a concessive clause opens at token i:
// "though", "although", "except that", "even as", "even though", "even
// if".
func (s *sentence) concession(i int) bool {
	switch {
	case s.is(i, "though"), s.is(i, "although"):
		return true
	case s.is(i, "except"):
		return s.is(i+1, "that")
	case s.is(i, "even"):
		return s.is(i+1, "as") || s.is(i+1, "though") || s.is(i+1, "if")
	}
	return false
}

// asideOpens reports whether a dash starts at token i ("—", "–", "--",
// " - ") and a second dash closes it before the sentence ends: it opens
// an aside set inside the clause ("— typically loyal partisans —"), not
// the writer's gloss after it.
func (s *sentence) asideOpens(i int) bool {
	k := i + 1
	switch {
	case s.dashEnding(i) == i:
	case s.dashEnding(i+1) == i:
		k = i + 2 // "--" read as two dashes
	default:
		return false
	}
	for ; k < len(s.toks) && s.toks[k].k != kStop; k++ {
		if s.dashEnding(k) >= 0 {
			return true
		}
	}
	return false
}
