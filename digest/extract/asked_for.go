// A thing asked for: "asked for a photo", "the employer asked for proof
// of citizenship, and ...", "have asked for copies as well", "asking for
// money while ...". PolNeAR marks the thing as what was said, with "for"
// in the cue; a request ("asked for volunteers to move to the back") and
// a question are read in asked.go.

package extract

import "github.com/whosaid/whosaid/digest"

// askedForThing returns where the thing asked for ends, when "for" at p
// (right after a verb of asking) opens a noun phrase in [p+1, e): before
// "and", "but" or a subordinator that opens a clause of its own ("asked
// for a photo and the senator agreed", "asked for money while his wife
// ran the state") or "as well", then as a cue's noun-phrase object ends
// (object.go nounObject: at a date, a preposition of circumstance, "and"
// with a verb, a comma). One word is thing enough ("asked for money").
// It reports false when no noun phrase opens after "for" ("asked for by
// the council") or the words after it read as a clause.
func (s *sentence) askedForThing(p, e int) (int, bool) {
	if !s.is(p, "for") || p+1 >= e || !s.objectOpensForm(p+1, true) { // a plural that could be a verb: "asked for changes", "copies"
		return 0, false
	}
	if !s.objectOpensForm(p+1, false) && !s.pluralForm(p+1) {
		return 0, false // "The help Lee asked for came too late": the sentence's own verb after a "for" left at a relative clause's end
	}
	for q := p + 2; q < e; q++ {
		if (s.is(q, "and") || s.is(q, "but")) && s.clauseOpens(q+1) || s.clauseSub(q) || s.is(q, "as") && s.is(q+1, "well") {
			e = q
			break
		}
	}
	cut, np := s.nounObject(p+1, e, false) // "asked for" is no form of "say": no compound subject runs on after "and"
	if !np {
		return 0, false
	}
	if cut > p+1 {
		return cut, true
	}
	return e, true
}

// clauseSub reports whether token q is a subordinator that opens a
// clause after a noun phrase whatever follows it ("while", "because",
// "although", "unless", "since", "when", "if"); "as", "so", "that" and
// "whether" also go on a noun ("copies as well", "the fact that").
func (s *sentence) clauseSub(q int) bool {
	if !s.has(q, fSub) {
		return false
	}
	switch lowerASCII(s.word(q)) {
	case "that", "and", "but", "as", "so", "whether":
		return false
	}
	return true
}

// askMade reports whether the asking at j by the speaker m is one that was
// made, so that the thing asked for after "for" at p is a statement: not
// a habit or a condition ("When veterans ask for help, ...", "if
// residents ask for a refund", "whenever parents asked for tutors"), not
// a question ("Did the senator ask for a recount?"), and not the press's
// own request ("The Courier asked for comment"). A clause of time in the
// past keeps it ("When Lee asked for patience, residents groaned": Lee
// did ask), and so does a relative clause ("people who ask for one but
// ..."), which PolNeAR marks as an attribution.
func (s *sentence) askMade(j, p int, m mention) bool {
	present := s.is(j, "ask") || s.is(j, "asks") // "asked", "asking" and "has asked" report
	if s.is(p+1, "comment") || s.is(p+1, "response") || s.has(p+1, fDet) && (s.is(p+2, "comment") || s.is(p+2, "response")) {
		return false
	}
	if last := len(s.toks) - 1; last >= 0 && s.toks[last].k == kStop && s.word(last) == "?" {
		return false
	}
	np := s.tokenAt(m.span[0])
	if np < 0 {
		return true
	}
	for i := max(np-1, 0); i <= np; i++ { // "Whenever parents" may be read as the subject's own first word
		switch {
		case s.is(i, "if") || s.is(i, "unless") || s.is(i, "whenever"):
			return false
		case present && (s.is(i, "when") || s.is(i, "once") || s.is(i, "until") || s.is(i, "before") || s.is(i, "after") || s.is(i, "while")):
			return false
		}
	}
	return true
}

// pluralForm reports whether token i, which reads as a verb, may be a
// plural noun ("copies", "changes"): a word of four letters or more
// ending in "s" that is not "does", "goes" or "says" ("is", "was" and
// "has" are shorter). A past ("came", "arrived") or a bare verb ("take")
// is not.
func (s *sentence) pluralForm(i int) bool {
	w := s.word(i)
	if len(w) < 4 || w[len(w)-1] != 's' && w[len(w)-1] != 'S' {
		return false
	}
	switch lowerASCII(w) {
	case "does", "goes", "says":
		return false
	}
	return true
}

// dateAfterObject stretches the clause c of a statement whose content, a
// noun phrase, ends at token e to the end of a date phrase that opens
// there ("asked for patience on Monday", "asked for an inquiry Monday"):
// the object's end stopped at the date (object.go nounObject), which
// dates the saying as a date after a verb's object does.
func (s *sentence) dateAfterObject(c *digest.Span, e int) {
	k := e
	if k < len(s.toks) && s.has(k, fPrep) {
		k++ // "on Monday"
	}
	if k >= len(s.toks) || s.toks[k].k != kWord {
		return
	}
	if l, _ := s.dateAt(k); l > 0 && s.toks[k+l-1].e > c[1] {
		c[1] = s.toks[k+l-1].e
	}
}
