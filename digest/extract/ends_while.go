// A contrast after a reported clause: ", while ..." goes on with what was
// said unless it sets another report beside it.
//
// "Kerry said the prisoners were close to finishing their sentences,
// while the fugitives were beyond American reach": the contrast is the
// speaker's own. "Rubio suggested X, while Cruz said Y", "they prefer an
// outsider, while about 4 in 10 want experience" (the speaker a share of
// those polled) set a second report beside the first: the writer's.
// Counted on train's held-out statements (5-fold CV with the model at
// dc76494, each part of a broken quote on its own line): of the 26
// reported clauses the statements ended at ", while" and a clause, the
// annotation runs on over the 7 that whileGoesOn now reads as going on,
// and stops at 14 of the 19 it leaves (the 5 others hold a verb of speech
// or tell a deed in the past, "while the Koch operation spurned Trump",
// the form of the writer's "while the host sought to ...").
// "Though", "although" and "even though" are left as they are: the
// annotations split about evenly whatever follows them.

package extract

// whileGoesOn reports whether the contrast that ", while" or ", whereas"
// opens after the comma at i goes on with what was said from token p: a
// clause with a subject and a verb of its own ("while the fugitives
// were ..."), with no verb of speech or thought up to its next comma
// ("while Cruz said ...") and no "also" ("while the ministry also weighed
// in"), whose subject is no name the sentence gave before the content (the
// speaker's own deed) and no share of people unless the content opens
// with one too ("28 percent backed Trump, while 23 percent favored Cruz":
// the poll's own comparison).
func (s *sentence) whileGoesOn(p, i int) bool {
	if !s.punct(i, ",") || !s.is(i+1, "while") && !s.is(i+1, "whereas") {
		return false
	}
	c := i + 2
	if s.shareAt(c) {
		if !s.shareAt(p) {
			return false // "they prefer an outsider, while about 4 in 10 want ...": another share's answer
		}
	} else if !s.subjectVerb(c, 4) || !s.stateVerb(c) {
		return false // "while acknowledging ...", "while in office": no clause; "while the host sought to ...": another's deed
	}
	if s.wordBefore(c, p) {
		return false // "Forbes said Hurun counted families, while Forbes counted individuals": the speaker's own deed beside it
	}
	for k := c; k < len(s.toks); k++ {
		tk := s.toks[k]
		if tk.k == kStop || tk.k == kPunct && (s.punct(k, ",") || s.punct(k, ";") || s.dashEnding(k) >= 0) {
			break
		}
		if tk.k == kWord && (tk.w.f&(fCue|fWeakCue|fCall|fAsk) != 0 || s.is(k, "also")) {
			return false // "while Cruz said ...", "while the ministry also weighed in": another report
		}
	}
	return true
}

// wordBefore reports whether a capitalized word of the subject at token c
// (its first three words) stands before token p in the sentence too: a
// name the attribution already gave ("the Ledger"). A name after a
// preposition ("In Iowa, ...", "at Harvard") is a place or a topic, not
// the one who spoke.
func (s *sentence) wordBefore(c, p int) bool {
	for n := c; n < c+3 && n < len(s.toks) && s.toks[n].k == kWord; n++ {
		if !s.toks[n].cap {
			continue
		}
		w := s.word(n)
		for k := 0; k < p && k < len(s.toks); k++ {
			if s.toks[k].k == kWord && equalFold(s.word(k), w) && !s.afterPrep(k) {
				return true
			}
		}
	}
	return false
}

// afterPrep reports whether the run of capitalized words that holds token
// k follows a preposition: "In Iowa", "in New York", "at Harvard".
func (s *sentence) afterPrep(k int) bool {
	for k > 0 && s.toks[k-1].k == kWord && s.toks[k-1].cap && !s.has(k-1, fPrep) {
		k--
	}
	return k > 0 && s.has(k-1, fPrep)
}

// stateVerb reports whether the first finite verb of the clause whose
// subject starts at token c says how things are or will be: a form of
// "be" or "have", a modal, or a verb in the present ("while the fugitives
// were beyond reach", "while China would bring its money", "while the
// state expects ..."). A verb in the past tells another's deed beside the
// report ("while the host sought to ...", "while Republicans went after
// ..."), which is the writer's.
func (s *sentence) stateVerb(c int) bool {
	for k := c + 1; k < len(s.toks) && k <= c+maxNP; k++ {
		if s.toks[k].k != kWord {
			return false
		}
		v := s.skipAdverb(k)
		if v >= len(s.toks) || s.toks[v].k != kWord {
			return false
		}
		w := lowerASCII(s.word(v))
		switch {
		case pastForm(w):
			return false // "sought", "went", "favored"
		case finiteAux(w):
			return w != "did"
		case negatedAux(w):
			return w != "didn't" && w != "didn’t"
		case s.sVerbAt(v):
			return true // "while the state expects ..."; not "the fugitives were", "prices in the county rose": a plural noun before its verb
		}
		k = v
	}
	return false
}
