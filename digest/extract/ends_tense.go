// A verb phrase after ", but" or ", and" whose tense is the reported
// clause's: after a verb of speech in the past, the speaker's own next deed
// is told in the past too ("said he had voted for Rubio, but cautioned
// against reading it as an endorsement"), so a verb in the present or a
// modal with no subject of its own goes on with what was said: "said the
// agreement isn't good for the country, but will make Iran rich",
// "pledged Trump is in favor of free trade, but wants tougher deals", "said
// she recruited him, but hasn't decided what she will do next".
// Counted on train's held-out statements (5-fold CV with the model at
// dc76494): of the reported clauses the statements ended before ", but"
// and a verb phrase with no subject, the annotation ran on over all 5
// whose verb is in the present or a modal (4 after a cue in the past),
// and over 3 of the 10 in the past.

package extract

import "strings"

// tenseGoesOn reports whether the comma at i, after content that a verb
// of speech at token cue reported, is followed by "but" or "and" and a
// verb in the present or a modal, with no subject between: the reported
// clause's second predicate, when the cue is in the past ("said", "warned";
// not "says", "has said").
func (s *sentence) tenseGoesOn(cue, i int) bool {
	if cue < 0 || cue >= len(s.toks) || !s.punct(i, ",") || !s.is(i+1, "but") && !s.is(i+1, "and") {
		return false
	}
	if !pastForm(lowerASCII(s.word(cue))) || s.is(cue-1, "has") || s.is(cue-1, "have") {
		return false
	}
	v := i + 2
	if v < len(s.toks) && !negatedAux(lowerASCII(s.word(v))) {
		v = s.skipAdverb(v) // "but strongly favors"; "hasn’t" is a verb of its own
	}
	if v >= len(s.toks) || s.toks[v].k != kWord || s.toks[v].cap {
		return false
	}
	if s.refusal(v) {
		return false // "but would not say how much", "but could not confirm it": the speaker's own reply
	}
	w := lowerASCII(s.word(v))
	switch w {
	case "is", "are", "has", "have", "does", "do", "will", "would", "can", "could", "should", "may", "might", "must", "shall":
		return true
	case "wasn't", "weren't", "didn't", "hadn't", "wasn’t", "weren’t", "didn’t", "hadn’t":
		return false
	}
	if negatedAux(w) {
		return true // "won't", "isn't", "hasn't", "can't"
	}
	return s.sVerbAt(v) && s.complementOpens(s.skipAdverb(v+1)) // "wants tougher deals"; not "but costs rise every year"
}

// complementOpens reports whether token n opens what a verb takes after it
// and a noun subject never has after it: a determiner, a quantity or a
// number, an object or possessive pronoun, "to", "that", a quotation, or a
// comparative in -er ("needs a buyer", "plans to cut", "wants “tougher”
// deals", "wants tougher deals"). A plural noun that opens a clause of its
// own has its verb there ("but costs rise", "but prices remain high").
func (s *sentence) complementOpens(n int) bool {
	if n >= len(s.toks) {
		return false
	}
	if s.toks[n].k == kQuote {
		return true
	}
	if s.toks[n].k != kWord || s.toks[n].cap {
		return false
	}
	w := lowerASCII(s.word(n))
	if s.has(n, fDet|fQuant|fObject) || possessivePronoun(w) || w == "to" || w == "that" || w == "it" || w[0] >= '0' && w[0] <= '9' {
		return true
	}
	return len(w) > 5 && strings.HasSuffix(w, "er") && s.toks[n].w.f == 0 // "tougher", "higher"; not "never", "other", "over"
}

// sVerbAt reports whether the lower-case word at token v reads as a
// verb's -s form: presentS, no possessive, and no noun's reading, which a
// verb after it ("officials say"), or a preposition other than "to"
// ("prices in the county", "drivers of the push"; not "wants to"), gives.
func (s *sentence) sVerbAt(v int) bool {
	if v >= len(s.toks) || s.toks[v].k != kWord || s.toks[v].cap || s.toks[v].w.f&(fPronoun|fDet|fQuant|fPrep) != 0 {
		return false
	}
	w := lowerASCII(s.word(v))
	if len(w) <= 3 || !presentS(w) || strings.ContainsAny(w, "'’") {
		return false
	}
	n := s.skipAdverb(v + 1)
	if n < len(s.toks) && (pastForm(lowerASCII(s.word(n))) || s.has(n, fPrep) && !s.is(n, "to")) {
		return false
	}
	return !s.finiteAt(n) && !s.has(n, fCue|fWeakCue|fAux)
}

// presentS reports whether lower-case w reads as a verb's -s form: sForm,
// and not "was" or an adverb in -s ("sometimes", "always", "perhaps").
func presentS(w string) bool {
	switch w {
	case "was", "always", "sometimes", "perhaps", "besides", "nevertheless", "nonetheless", "afterwards", "regardless", "unless", "thus", "towards", "whereas":
		return false
	}
	return sForm(w)
}

// refusal reports whether the verb phrase from token v holds, within its
// first five words, a verb of speech or of telling more ("but would not
// say how much", "but wouldn't comment", "but could not confirm it"): what
// the speaker did or would not do, not what was said.
func (s *sentence) refusal(v int) bool {
	for k := v; k < len(s.toks) && k < v+5 && s.toks[k].k == kWord; k++ {
		if s.has(k, fCue|fWeakCue|fAsk|fCall) {
			return true
		}
		switch lowerASCII(s.word(k)) {
		case "comment", "elaborate", "discuss", "specify", "disclose", "detail", "answer", "respond":
			return true
		}
	}
	return false
}
