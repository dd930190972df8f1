// A quotation credited after a dash, as pull quotes and lists of
// reactions print it: "“We will not rest until this is fixed.” — Gov. Ann
// Park of Oregon".

package extract

// dashCredit reads a sentence that is a quotation, a dash and a name
// ending the sentence: the name's statement is the quotation, the dash its
// cue. The name has a capital after its first word and no verb.
func (s *sentence) dashCredit() bool {
	if s.headline || len(s.toks) < 3 || s.toks[0].k != kQuote || s.toks[0].ie <= s.toks[0].is {
		return false
	}
	d := s.dashEnding(1)
	if d < 0 {
		d = 1
		if !s.dash(1) {
			return false
		}
	}
	st := 2
	if s.punct(2, "-") && d == 1 {
		st = 3 // "--" written as two hyphens
	}
	e := s.lastWordEnd()
	if st >= e || e-st > maxNP+4 || !s.speakerish(st, e) {
		return false
	}
	named := false
	for i := st; i < e; i++ {
		tk := s.toks[i]
		if tk.k != kWord && !s.punct(i, ",") || tk.k == kWord && (s.finiteAt(i) || tk.w.f&(fCue|fWeakCue) != 0) {
			return false
		}
		named = named || i > st && tk.cap
	}
	if !named {
		return false
	}
	m := s.invertedMention(st, e) // fallback.go: "— Anna Brooks, chief of staff"
	if m.kind != mName {
		return false
	}
	s.emit(m, s.span(1, st), 0, 1, afterCue{})
	return true
}
