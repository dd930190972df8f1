// Which clause a colon hands its quotation to (forms.go colonLead): the
// one that ends at the colon. A verb inside an opening clause of time or
// cause ("when the moderators yielded to the temptation, Cruz called them
// on it: “...”") is not it, and a phrase "with X yelling" right before
// the colon ("supporters kicked a protester, with Lund reportedly
// yelling: “...”") makes the quotation X's, not the subject's before it.

package extract

// verbInSubordinate reports whether the verb at v stands in a clause that a
// subordinator opens after lb, with no comma or dash between them and a
// subject between it and the verb: "when the moderators yielded". The
// subordinator opens the clause: at lb, after punctuation or after "and"
// or "but" ("Clinton has since apologized" holds an adverb).
func (s *sentence) verbInSubordinate(lb, v int) bool {
	for i := v - 1; i >= lb && i >= v-8; i-- {
		if s.toks[i].k != kWord {
			return false
		}
		if w := lowerASCII(s.word(i)); subordinators[w] && w != "as" && i < v-1 && (i == lb || s.toks[i-1].k != kWord || s.is(i-1, "and") || s.is(i-1, "but")) {
			return true // not "as": "as X observed, ..." credits X; not "has since apologized": an adverb inside the clause
		}
	}
	return false
}

// withParticiple returns, for "with", a noun phrase and a form in -ing
// right before the colon at c, after the verb at v ("with Lund
// reportedly yelling:"), where the noun phrase starts and the form in
// -ing: the words after the colon are said by the one the phrase names.
// The form must end at the colon, as the clause the colon hands its
// quotation to does: "with her aides standing behind her:" goes on past
// its form, says where the subject spoke, and leaves the quotation to
// the subject.
func (s *sentence) withParticiple(v, c int) (np, part int, ok bool) {
	for i := c - 1; i > v; i-- {
		if s.toks[i].k != kWord {
			return 0, 0, false
		}
		if s.is(i, "with") {
			if k := c - 1; k >= i+2 && (s.has(k, fPart) || s.gerundAt(k)) {
				return i + 1, k, true
			}
			return 0, 0, false
		}
	}
	return 0, 0, false
}
