// A thing asked for: "asked for a photo", "the employer asked for proof
// of citizenship, and ...", "have asked for copies as well", "asking for
// money while ...". PolNeAR marks the thing as what was said, with "for"
// in the cue; a request ("asked for volunteers to move to the back") and
// a question are read in asked.go.

package extract

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
	if !s.is(p, "for") || p+1 >= e || !s.objectOpensForm(p+1, true) { // after "for" no verb stands: "asked for changes", "copies"
		return 0, false
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
