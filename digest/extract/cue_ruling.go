// Rulings and charges as statements: "The court ruled that the law was
// unconstitutional", "The panel held that ...", "Prosecutors alleged
// Smith stole $2 million". A court speaks through its rulings, and
// readers follow what it held as they follow what officials said.
//
// "ruled" and "held" are no words of the lexicon: as weak cues they
// would stop every speaker phrase that holds one ("The judge who ruled
// in the case said", "Officials who held talks said"), and "rules" is a
// noun as often ("the House Rules Committee"). They are cues here only
// right before their "that" (maybe after a date: "ruled on Monday
// that") and a clause.

package extract

import "strings"

// rulingThat reports whether the word at j is "ruled", "rules", "held"
// or "holds" with "that" and a clause after it, past a date phrase, or
// "ruled" or "rules" ending the sentence after its subject ("..., the
// court ruled on Monday.").
func (s *sentence) rulingThat(j int) bool {
	if s.toks[j].cap || s.has(j-1, fRelative) {
		return false // "The judges who ruled that ..., for instance, said": which judges, not what they held
	}
	if !s.rules(j) {
		return false
	}
	p := j + 1
	for n := 0; n < 3 && p < len(s.toks); n++ {
		if l, _ := s.dateAt(p); l > 0 {
			p += l // "ruled on Monday that"
		} else if q := s.voteTally(p); q > p {
			p = q // "ruled 6-3 that"
		} else if lyAdverb(s, p) || s.whenAdverb(p) {
			p++ // "ruled unanimously that", "ruled again on Monday that" (content_adverb.go)
		} else {
			break
		}
	}
	if s.isEnd(p) && j > 0 && (s.is(j, "ruled") || s.is(j, "rules")) && !s.has(j-1, fPassive) {
		return true // "The law is void, the court ruled."
	}
	return s.is(p, "that") && s.clauseOpens(p+1) && !thatSubject(s, p)
}

// allegedClause reports whether the word at j is a finite form of
// "allege" whose clause follows with no "that": "Prosecutors alleged
// Smith stole $2 million", "The lawsuit alleges the company hid the
// defects". The clause must open with a subject and its verb, so "The
// alleged victim said" stays a speaker's phrase.
func (s *sentence) allegedClause(j, p int) bool {
	switch lowerASCII(s.word(j)) {
	case "alleged", "alleges", "allege":
	default:
		return false
	}
	return !s.toks[j].cap && s.subjectPast(p, 6)
}

// voteTally returns the end of a vote's count at token i, "6-3" as one
// token or three, else i.
func (s *sentence) voteTally(i int) int {
	number := func(k int) bool {
		return k < len(s.toks) && s.toks[k].k != kPunct && s.toks[k].e > s.toks[k].s && isDigit(s.t[s.toks[k].s]) && isDigit(s.t[s.toks[k].e-1])
	}
	if !number(i) {
		return i
	}
	if w := s.word(i); strings.ContainsAny(w, "-–") {
		return i + 1
	}
	if s.dash(i+1) && number(i+2) {
		return i + 3
	}
	return i
}

// rules reports whether token j is "ruled", "rules", "held" or "holds",
// or "ruling" or "holding" after a comma, a participle of the sentence's
// subject.
func (s *sentence) rules(j int) bool {
	// the scan asks this of every short word it does not know as a cue:
	// the first letter first, and no lower-case copy
	if c := s.t[s.toks[j].s] | 0x20; c != 'r' && c != 'h' {
		return false
	}
	switch {
	case s.is(j, "ruled") || s.is(j, "rules") || s.is(j, "held") || s.is(j, "holds"):
		return true
	case s.is(j, "ruling") || s.is(j, "holding"):
		return s.punct(j-1, ",") // "..., ruling that the law placed a burden": the participle goes on with the subject
	}
	return false
}
