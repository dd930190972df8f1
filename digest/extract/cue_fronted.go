// A verb of speech put before its speaker and a colon, as writers lead in
// a quotation: "Stated Stone:" ending its paragraph, with the quotation in
// the next one; "Continued Stone: “So I think ...”"; "Added the senator:
// “...”". The verb opens the sentence, the speaker runs from it to the
// colon, and what follows the colon (or opens the next paragraph) is what
// was said. Without this reading the colon's name reading took the verb
// for part of a name ("Continued Stone") or read nothing.

package extract

import "strings"

// frontedColon reads a sentence that opens with a capitalised verb of
// speech and its speaker before a colon: a statement of the quotation
// after the colon, or a lead to the next paragraph's quotation.
func (s *sentence) frontedColon() {
	v := s.from
	if s.headline || v+2 >= len(s.toks) || !s.frontedVerb(v) {
		return
	}
	c := -1
	for i := v + 1; i < len(s.toks) && i <= v+maxNP; i++ {
		if s.punct(i, ":") {
			c = i
			break
		}
		if s.toks[i].k == kQuote || s.has(i, fCue) && !s.toks[i].cap {
			return // "Said to be ... “...”": no speaker before a quotation
		}
	}
	if c < 0 || !s.speakerish(v+1, c) {
		return
	}
	m := s.mention(s.nameSegment(v+1, c))
	m.span = s.span(v+1, c)
	if m.kind != mName && m.kind != mRole && m.kind != mOrg {
		return
	}
	if s.lastWordEnd() == c {
		// "Stated Stone:" ends its paragraph: the quotation opening the
		// next one is what was stated
		s.x.colon = s.leadRaw(m, v, c) // forms.go
		return
	}
	if s.toks[c+1].k == kQuote {
		s.emit(m, s.span(v, v+1), c+1, s.contentEnd(c+1), afterCue{})
	}
}

// frontedVerb reports whether token i is a capitalised verb of speech in
// the past or present ("Stated", "Adds"), or "Continued" and
// "Concluded", which in this form lead in a speaker's next words; not a
// participle ("Speaking") and not a noun the lexicon also knows.
func (s *sentence) frontedVerb(i int) bool {
	tk := s.toks[i]
	if tk.k != kWord || !tk.cap || tk.w.f&(fPart|fSpeechNoun|fPronoun|fDet) != 0 {
		return false
	}
	if tk.w.f&(fCue|fDerived) == 0 {
		// a speaker's next words: the colon and the quotation show them said
		return sequenceVerb(s.word(i))
	}
	w := lowerASCII(s.word(i))
	return sequenceVerb(w) || pastForm(w) || len(w) > 3 && w[len(w)-1] == 's'
}

// sequenceVerb reports whether w is a verb that, put before a speaker and
// a colon, leads in their next words: "Continued Stone:", "Concluded
// Lee:" (entities.go drops it from the name after it).
func sequenceVerb(w string) bool {
	for _, v := range [...]string{"continued", "continues", "concluded", "concludes"} {
		if len(w) == len(v) && strings.EqualFold(w, v) { // any case: no lowered copy of every capitalised word
			return true
		}
	}
	return false
}
