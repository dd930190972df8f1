// The verb of speech before its speaker: "“...,” said Lena Ortiz", "...,
// said the mayor's aide", "But, said Ortiz, “...”". ("Said Ortiz, “...”"
// at the sentence's start is patterns.go's fronted.)

package extract

import "github.com/whosaid/whosaid/digest"

// inverted reads the speaker after the cue at j, when a quotation, a comma
// or the sentence's start comes before it (token k): "“The pier is
// safe,” said Lena Ortiz, the harbour's engineer." With "told" the noun
// phrase after the verb is the one told, not the speaker. A quotation
// broken by the attribution ("“The pier,” said Ortiz, “is safe.”") is one
// content; with nothing before it, the quotation after it is what was said
// ("But, said Ortiz, “...”").
func (s *sentence) inverted(j, k int, cue digest.Span) (int, bool) {
	toks := s.toks
	f := toks[j].w.f // cue's gates change its fPart and fCue only
	if s.headline && f&(fCue|fCall|fAsk|fQuoted|fQuoteCue) == 0 && (k < s.from || toks[k].k != kQuote) {
		// "Fed Holds Rates Steady, Signals Cuts": in a headline a comma
		// before a verb of belief or evidence joins a second predicate of
		// the same subject; only a verb of saying inverts its speaker there
		return j + 1, false
	}
	// "..., said Peskov" / "“...,” said the spokesman."; "told X" names the audience
	if (k < s.from || toks[k].k == kQuote || s.punct(k, ",")) && f&fTell == 0 && !s.auxBetween(k, j) {
		e, ok := s.invertedNP(j + 1)
		if l, _ := s.dateAt(j + 1); l > 0 && j+1+l >= e {
			ok = false // "The deal, announced Friday, would last": a date alone is no speaker
		}
		if o := s.ofAffiliation(j+1, e); ok && !s.afterInverted(e) && o > 0 && s.afterInverted(o) {
			e = o // "said Robert Antonacci of the New York delegation."
		}
		if ok && s.afterInverted(e) {
			m := s.mention(j+1, e)
			if a, ae, ok := s.namedAppositive(m, e); ok {
				m, e = a, ae // "said the mayor's spokesman, Tom Reed."
			}
			appos := false // the words after the speaker's comma are its title
			if s.punct(e, ",") && m.title == "" {
				ae := e + 1
				for ae < len(toks) && toks[ae].k == kWord {
					ae++
				}
				m.title = s.appositiveTitle(e+1, ae)
				appos = m.title != ""
			}
			if s.punct(k, ",") && k >= s.from && f&fCue != 0 && s.speakerHead(e-1) && (s.isEnd(e) || s.punct(e, ",") && s.isEnd(s.wordsFrom(e+1))) {
				if _, extra := s.skipAfterCue(j, m); s.ownedLeft(k, m, cue, extra) {
					s.from = len(toks) // cue_owned.go: "X will announce ..., said a senior official."
					return len(toks), true
				}
			}
			if !appos {
				if next, ok := s.frontedSplit(j, k, e, m, cue); ok {
					return next, true // "Yesterday, said Tom Reed, the plan died" (cue_inverted_split.go)
				}
			}
			if s.oneWordAnswer(k, e, m.title != "") && f&fCue != 0 {
				if s.unaskedName(s.from, k) {
					// answer_name.go: "Smith, said Tom Reed." answers a
					// question; with none before it, nothing was said
					s.from = len(toks)
					return len(toks), true
				}
				// "Nonsense, said Tom Reed.": a one-word answer is the whole of what was said
				_, extra := s.skipAfterCue(j, m)
				s.emit(m, cue, s.from, k, extra)
				s.from = e
				return e, true
			}
			if s.contentLeft(k+1, m, cue, j, e) {
				// "“The risk,” said Edward Leamer, an economist, “is that ...”"
				if s.punct(e, ",") {
					for q := e + 1; q < len(toks) && q < e+25; q++ {
						if toks[q].k == kStop {
							break
						}
						if toks[q].k == kQuote {
							if s.punct(q-1, ",") && s.isEnd(q+1) {
								_, extra := s.skipAfterCue(j, m)
								s.emit(m, cue, q, q+1, extra)
								s.from = q + 1
								return q + 1, true
							}
							break
						}
					}
					if ps, ce, ok := s.predicatePast(e); ok && f&fCue != 0 && f&fCall == 0 {
						// "The contrast with Trump, said Jim Doyle, would be
						// clear": the predicate after the speaker's comma is
						// the clause's other part (joinAsides joins them);
						// not after a name given ("His group, called the
						// Legacy Fund, will own")
						_, extra := s.skipAfterCue(j, m)
						s.emit(m, cue, ps, ce, extra)
						s.from = ce
						return ce, true
					}
				}
				return e, true
			}
			if next, ok := s.splitSubject(j, k, e, m, cue); ok {
				return next, true // "Reed, said Tom Sunshine, doesn't want the deal" (cue_inverted_split.go)
			}

			// "But, said Solovey, “...”": the quotation follows
			if s.punct(e, ",") && e+1 < len(toks) && toks[e+1].k == kQuote {
				_, extra := s.skipAfterCue(j, m)
				s.emit(m, cue, e+1, e+2, extra)
				s.from = e + 2
				return e + 2, true
			}
		}
	}
	return 0, false
}

// oneWordAnswer reports whether the sentence is a short answer (one word,
// or one and "not": answerEnd), the comma k, an inverted cue and its
// speaker ending at e, with at most an appositive or a relative clause on
// the speaker after it: "Nonsense, said Tom Reed.", "Absolutely not, said
// Ann Lee.", "Absolutely, said Ann Lee, the club's treasurer." Not a day
// ("Yesterday, said Tom Reed, the plan died": a clause follows).
func (s *sentence) oneWordAnswer(k, e int, titled bool) bool {
	if !s.punct(k, ",") || k != s.answerEnd(s.from) {
		return false
	}
	if s.isEnd(e) {
		return true
	}
	w := s.wordsFrom(e + 1)
	return s.punct(e, ",") && s.isEnd(w) && (s.has(e+1, fRelative) || titled || !s.hasVerb(e+1, w))
}

// answerWord reports whether the word at i may be a one-word answer
// ("Nonsense", "Absolutely", "Never"): no pronoun, article, conjunction,
// preposition, auxiliary, day, date or time word, and no connective
// ("However, ...": the writer's link, and a clause follows).
func (s *sentence) answerWord(i int) bool {
	if i >= len(s.toks) || s.toks[i].k != kWord || s.toks[i].w.f&(fPronoun|fDet|fSub|fPrep|fAux|fWeekday|fMonth|fRelDay) != 0 {
		return false
	}
	if l, _ := s.dateAt(i); l > 0 || s.timeNoun(i) {
		return false
	}
	return s.connective(i) == 0
}

// answerEnd returns the end of the short answer at token i: one answer
// word ("Nonsense"), or one with "not" after it ("Absolutely not",
// "Probably not"); or -1.
func (s *sentence) answerEnd(i int) int {
	if !s.answerWord(i) {
		return -1
	}
	if s.is(i+1, "not") {
		return i + 2
	}
	return i + 1
}

// predicateAfter returns the end of the predicate that goes on after the
// comma at e, which closes an inverted attribution inside a reported
// clause: it opens with a finite auxiliary or a modal ("would be clear",
// "has become", "isn’t likely"). It returns e when none does.
func (s *sentence) predicateAfter(e int) int {
	if e+1 >= len(s.toks) || s.toks[e+1].k != kWord || s.toks[e+1].cap {
		return e
	}
	w := lowerASCII(s.word(e + 1))
	if !finiteAux(w) && !negatedAux(w) {
		return e
	}
	return s.contentEnd(e + 1)
}

// namedAppositive reads the name after a role's comma that closes an
// inverted attribution ("said the mayor's spokesman, Tom Reed."): the
// named person speaks, with the role for a title. e is the comma; it
// returns the speaker and the end of the name.
func (s *sentence) namedAppositive(m mention, e int) (mention, int, bool) {
	if !s.punct(e, ",") || m.kind != mRole && m.kind != mNoun {
		return m, e, false
	}
	ae := e + 1
	for ae < len(s.toks) && ae <= e+4 && s.toks[ae].k == kWord && s.toks[ae].cap {
		ae++
	}
	if ae == e+1 || !s.afterInverted(ae) || s.has(e+1, fDet|fPrep|fRole) {
		return m, e, false
	}
	a := s.mention(e+1, ae)
	if a.kind != mName {
		return m, e, false
	}
	a.title = m.text
	a.span = digest.Span{m.span[0], s.toks[ae-1].e}
	return a, ae, true
}

// auxBetween reports whether an auxiliary stands between token k and the
// cue at j: a verb of speech put before its speaker is a simple form
// ("“...,” said Ortiz"), never "has said" or "will say"; "this “reporter”
// has revealed her bias" has its subject before the cue.
func (s *sentence) auxBetween(k, j int) bool {
	for q := max(k+1, 0); q < j; q++ {
		if s.has(q, fAux) {
			return true
		}
	}
	return false
}

// wordsFrom returns the end of the run of words from token i on.
func (s *sentence) wordsFrom(i int) int {
	for i < len(s.toks) && s.toks[i].k == kWord {
		i++
	}
	return i
}
