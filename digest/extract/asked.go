// The one asked and the question or request after "asked": "asked the
// 2016 Democratic contender if he was ready", "asking Clinton pointedly
// whether ...", "asked her to call the ambassador", "asked for a photo",
// "asked voters a simple question: Who ...?", "asked the crowd “Why
// ...?”", "asked Cole, who chairs the panel, to step aside".

package extract

import "strings"

// askedWhom returns where the question or request starts after the one
// asked at token p, within [p, e): the first question word, or "to" and
// a lower-case verb, within a dozen words of p with nothing but words
// between (no quotation or verb of speech), so that the one asked may be
// long ("the 2016 Democratic White House contender"), a pronoun ("her")
// or followed by an adverb or a circumstance ("Clinton pointedly", "the
// former secretary of state during a chat"). A negation is no one asked.
//
// Three more shapes end the one asked. A question quoted at once ("asked
// the crowd “Why ...?”") or after a colon (or a comma and a quotation)
// that follows "question" ("asked voters a simple question: Who ...?",
// "asked him the question, “...?”") starts at the quotation or the colon. A relative clause on the one asked ("asked agencies that handled
// the case to ...") or commas around an aside or between names ("asked
// Cole, who chairs the panel, to ...", "asked Ames, Bell and Cruz to
// ...") may stand before a request; after a comma, a question word that
// opens an aside is the aside's, and only what follows the aside counts.
func (s *sentence) askedWhom(p, e int) (int, bool) {
	if s.has(p, fNeg) {
		return 0, false // "asked not to be named": no one asked, a request for oneself (as "asked to be named")
	}
	rel := -1      // a relative clause on the one asked opens here ("agencies that handled ...")
	comma := false // a comma seen after the one asked
	aside := false // inside ", who ..." or ", when ..." until its closing comma
	for q := p + 1; q < e && (q <= p+12 || (rel >= 0 || comma) && q <= p+24); q++ {
		tk := s.toks[q]
		if s.punct(q, ",") && s.toks[p].k == kWord && q+1 < e && s.toks[q+1].k == kWord && rel < 0 {
			comma, aside = true, !aside && s.has(q+1, fQuestion)
			if aside {
				q++ // the aside's own "who" or "when" is no question put
			}
			continue
		}
		if (s.punct(q, ":") || s.punct(q, ",") && q+1 < e && s.toks[q+1].k == kQuote) && (s.is(q-1, "question") || s.is(q-1, "questions")) && q+1 < e && !comma && rel < 0 {
			return q, true // "asked voters a simple question: Who ...?", "asked him the question, “...?”"
		}
		if tk.k == kQuote && !comma && rel < 0 && s.quotedQuestion(q) {
			return q, true // "asked the crowd “Why should we ...?”"
		}
		if tk.k != kWord || tk.w.f&(fCue|fWeakCue|fCall|fAsk) != 0 {
			break
		}
		if aside {
			continue
		}
		if s.requestAt(q, e) {
			return q, true
		}
		if rel >= 0 {
			continue // inside the relative clause: look on for a request
		}
		if comma && s.finiteAt(q) {
			break // "asked Apple, and the company refused to ...": a clause of its own
		}
		if (s.is(q, "and") || s.is(q, "but")) && s.finiteAt(s.skipAdverb(q+1)) {
			break // "is asking the company for comment and will update this story if ...": the asker's next deed, and its "if" no question put
		}
		if (s.is(q, "that") || s.is(q, "who") || s.is(q, "which")) && !comma && q > p && s.relativeOpens(q+1) {
			rel = q // "asked agencies that handled the case to ...": look on for a request
			continue
		}
		if s.is(q, "that") {
			break
		}
		if tk.w.f&fQuestion != 0 && !tk.cap {
			return q, true
		}
	}
	if rel >= 0 && s.has(rel, fQuestion) && !comma {
		return rel, true // no request after it: "asked Trump which candidate would win" is a question after all
	}
	return 0, false
}

// requestAt reports whether token q opens a request: "to" and a
// lower-case verb ("to call the ambassador"), or "to" and a quotation
// that goes on in lower case ("to “donate $3 now”").
func (s *sentence) requestAt(q, e int) bool {
	if !s.is(q, "to") || q+1 >= e {
		return false
	}
	n := s.toks[q+1]
	if n.k == kQuote {
		in := strings.TrimLeft(s.t[n.is:n.ie], " ")
		return in != "" && 'a' <= in[0] && in[0] <= 'z'
	}
	return n.k == kWord && !n.cap && !s.has(q+1, fDet|fPronoun|fObject|fNumber|fQuant) && !isDigit(s.t[n.s])
}

// relativeOpens reports whether token i, after "that", "who" or "which"
// on the one asked, reads as the verb of a relative clause: a lower-case
// word that is no pronoun, determiner, auxiliary or preposition ("that
// handled", "who live"; not "who he thought", "which the court").
func (s *sentence) relativeOpens(i int) bool {
	if i >= len(s.toks) || s.toks[i].k != kWord || s.toks[i].cap || isDigit(s.t[s.toks[i].s]) {
		return false
	}
	return !s.has(i, fPronoun|fDet|fObject|fAux|fPrep|fQuestion|fNeg|fNumber|fQuant)
}

// quotedQuestion reports whether the quotation at token q puts a
// question: its words end with a question mark.
func (s *sentence) quotedQuestion(q int) bool {
	tk := s.toks[q]
	in := strings.TrimRight(s.t[tk.is:tk.ie], " ,.")
	return strings.HasSuffix(in, "?")
}
