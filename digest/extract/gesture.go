// A sentence of a person and a verb alone, before a quotation: "Chen
// laughs. “Ask me in two years.”", "Asked whether the two had spoken,
// Riley shrugged. “We’ll talk.”" Feature and sports writing shows who
// speaks next by what they do; the quotation that follows in the same
// paragraph is theirs, whatever the verb (as colonLead reads "Cruz
// continued:").

package extract

// gestureLead reads a sentence that ends with a full stop right after a
// verb with no object, whose subject is a name or a personal pronoun, after
// an opening phrase at most ("She pauses.", "Asked about the streak,
// Montgomery smiled."), as the lead to a quotation that is the next
// sentence of its paragraph (attrib.go run). The verb is a past form or a
// form in -s the lexicon holds nothing of, or a verb of speech.
func (s *sentence) gestureLead() {
	e := s.lastWordEnd()
	if s.headline || e < 2 || e >= len(s.toks) || s.word(e) != "." || s.hasQuote(0, e) {
		return
	}
	v := e - 1
	tk := s.toks[v]
	if tk.k != kWord || tk.cap {
		return
	}
	w := lowerASCII(s.word(v))
	if !(pastVerb(s, v) || len(w) > 3 && sForm(w) && !s.has(v, ^flag(0)) || s.has(v, fCue|fDerived) && !s.has(v, fPart)) {
		return
	}
	st := s.openingEnd(0, v)
	for i := st; i < v; i++ {
		if s.punct(i, ",") {
			st = i + 1 // "Asked whether the two had spoken since, Riley shrugged."
		}
	}
	if st >= v || v-st > 3 {
		return
	}
	for i := st; i < v; i++ {
		if s.toks[i].k != kWord || !s.toks[i].cap && !(v-st == 1 && subjectPronoun(s.word(i))) {
			return
		}
	}
	m := s.mention(st, v)
	if m.kind != mName && m.kind != mPronoun {
		return
	}
	r := s.leadRaw(m, v, e) // forms.go
	r.shows = true
	s.x.colon = r
}
