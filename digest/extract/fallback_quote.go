// The looser reading's forms led by a quotation or a colon (fallback.go):
// “...,” gushed Ann Lee and “...,” she gushed, where a verb no lexicon
// knows is one of speech by the quotation before it, and "her Twitter
// account posted: “...”", where the colon hands the quotation to the
// verb's subject or to the name before it.

package extract

// appositiveQuote reports whether the quotation at token q stands after a
// comma that closes a name or a role, as a name's epithet does: "Edward
// Lorenz, “the father of chaos,” started a revolution", "The mayor, “a
// force of nature,” opened the bridge". The verb after it is the name's,
// and what follows the verb no speaker.
func (s *sentence) appositiveQuote(q int) bool {
	h := q - 2
	if h < 0 || !s.punct(q-1, ",") || s.toks[h].k != kWord {
		return false
	}
	if _, ok := s.leftNP(h); !ok {
		return false
	}
	tk := s.toks[h]
	return tk.cap && tk.w.f&fStarter == 0 && h > 0 || tk.w.f&(fRole|fSourceNoun) != 0
}

// quoteVerb finds “...,” gushed Ann Lee and “...,” she gushed: a quotation
// handing over to a verb no lexicon knows, with its speaker, ending the
// sentence. The form of the sentence says that the verb is one of speech.
func (s *sentence) quoteVerb() {
	for q := 0; q+2 < len(s.toks); q++ {
		if s.toks[q].k != kQuote || !quoteContinues(s.t, s.toks[q]) || s.used(q) {
			continue
		}
		lb := s.leftBound(q)
		if lb > q || q > lb && s.toks[q-1].k == kWord || s.appositiveQuote(q) {
			continue // "The bill, which Lee described as “a lifeline,” passed 52-48.": a quotation inside a clause hands over to nothing
		}
		n := len(s.x.raws)
		if v := q + 1; pastVerb(s, v) {
			e := v + 1
			for e < len(s.toks) && !s.isEnd(e) && !s.punct(e, ";") {
				e++
			}
			e = s.relativeComma(v+1, e) // "fumed one resident, who asked not to be named.": the speaker ends at the comma
			if s.speakerish(v+1, e) || s.commonSpeaker(v+1, e) {
				s.emitLeft(q, q+1, s.invertedMention(v+1, e), s.span(v, v+1), afterCue{})
			}
		} else {
			for v := q + 2; v < len(s.toks) && v <= q+6; v++ {
				if pastVerb(s, v) {
					if s.isEnd(v+1) && s.speakerish(q+1, v) && s.toks[q+1].k == kWord && (s.toks[q+1].cap || s.has(q+1, fPronoun|fDet)) {
						m := s.mention(q+1, s.headEnd(q+1, v))
						m.span = s.span(q+1, v)
						s.emitLeft(q, q+1, m, s.span(v, v+1), afterCue{})
					}
					break
				}
			}
		}
		for k := n; k < len(s.x.raws); k++ {
			s.x.raws[k].fallback = true
		}
	}
}

// colonQuote finds "her Twitter account posted: “...”" and "doesn't
// surprise Republican pollster Daron Shaw: “...”": a quotation after a
// colon, with a verb or a name right before the colon.
func (s *sentence) colonQuote() {
	for c := 1; c+1 < len(s.toks); c++ {
		if !s.punct(c, ":") || s.toks[c+1].k != kQuote || s.used(c+1) {
			continue
		}
		lb := s.leftBound(c)
		n := len(s.x.raws)
		v := c - 1
		if pastVerb(s, v) || s.has(v, fCue|fDerived) && !s.has(v, fPart) {
			se := v
			for se-1 >= lb && s.toks[se-1].k == kWord && s.toks[se-1].w.f&(fAux|fPassive|fNeg) != 0 && s.toks[se-1].w.f&fPronoun == 0 {
				se-- // "The senator was not amused:": the senator
			}
			st := s.openingEnd(lb, se)
			if st < se && s.speakerish(st, se) {
				m := s.mention(s.nameSegment(st, se))
				m.span = s.span(st, se)
				s.emit(m, s.span(v, c+1), c+1, c+2, afterCue{})
			}
		} else if np, ok := s.leftNP(v); ok && np >= lb && s.toks[v].cap {
			if m := s.mention(np, c); !s.label(m, s.span(c, c+1)) { // a byline, a rubric (ends.go)
				s.emit(m, s.span(c, c+1), c+1, c+2, afterCue{})
			}
		}
		for k := n; k < len(s.x.raws); k++ {
			s.x.raws[k].fallback = true
		}
	}
}
