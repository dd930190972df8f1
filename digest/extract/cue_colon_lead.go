// A description of the speaker, or of how they spoke, before a colon and
// the quotation it leads in: "Governor Tom Aske was blunt: “...”", "The
// coach had a message for his players: “...”", "Ms. Lee put it this way:
// “...”", "The governor did not mince words: “...”". No verb of speech
// stands there, but the colon hands the quotation to the subject as
// surely as "said" would (forms.go colonLead reads the sentence).

package extract

// leadNouns are what one "has" that a quotation then gives: "had a
// message for", "had harsh words for", "had this to say".
var leadNouns = map[string]bool{
	"message": true, "words": true, "advice": true, "warning": true, "answer": true, "reply": true,
	"response": true, "retort": true, "say": true, "thoughts": true, "verdict": true, "explanation": true,
	"plea": true, "prediction": true, "take": true, "view": true, "comment": true, "question": true,
	"assessment": true,
}

// describedLead reports whether token v opens a description of how the
// subject before it spoke, running to the colon at c: a copula and at
// most three words that describe, none a participle, maybe with a
// preposition's phrase ("was blunt", "was characteristically direct",
// "was blunt in his assessment"; not "was asked", "was told": another
// put the words to them; not "was in Boston"), "had" or "has" with a noun of what was said ("had
// a message for his players", "had this to say"), "put it" ("put it this
// way"), or the negated "mince words" and "hold back", whose negation
// describes the speech (neg: the caller lets it through).
func (s *sentence) describedLead(v, c int) (ok, neg bool) {
	if v+1 >= c || s.toks[v].k != kWord || s.toks[v].cap {
		return false, false
	}
	for i := v + 1; i < c; i++ {
		if s.toks[i].k != kWord {
			return false, false
		}
	}
	switch w := lowerASCII(s.word(v)); w {
	case "was", "is", "were", "are":
		e := c // the describing words end at a preposition's phrase: "was blunt in his assessment:"
		for i := v + 1; i < c; i++ {
			if s.has(i, fPrep) || s.is(i, "about") {
				e = i
				break
			}
		}
		if e == v+1 || e-v > 4 || c-e > 5 {
			return false, false // "was in the room:"
		}
		for i := v + 1; i < c; i++ {
			if i < e && (s.toks[i].cap || s.has(i, fDet)) || s.has(i, fCue|fWeakCue|fAsk|fTell|fCall|fQuoted|fPassive|fNeg|fPart) || pastForm(lowerASCII(s.word(i))) {
				return false, false // "was asked:", "was told by aides:"
			}
		}
		return true, false
	case "had", "has", "have":
		if c-v > 7 {
			return false, false
		}
		for i := v + 1; i < c; i++ {
			if leadNouns[lowerASCII(s.word(i))] {
				return true, false
			}
		}
	case "put":
		return s.is(v+1, "it"), false // "put it this way", "put it bluntly"
	case "mince":
		return s.is(v+1, "words") && c == v+2, true // "did not mince words"
	case "hold":
		return s.is(v+1, "back") && c == v+2, true // "did not hold back"
	}
	return false, false
}

// describedSubject returns the speaker's tokens [st, se) before a
// described lead: the subject before an aside set off by commas ("Aske,
// for his part, was blunt:", where colonLead's opening phrases left
// nothing), or the one whose words the subject is ("Aske’s message was
// simple:": Aske).
func (s *sentence) describedSubject(lb, st, se int) (int, int) {
	if st >= se && s.punct(se-1, ",") {
		o := s.openingEnd(lb, se)
		for i := o + 1; i < se-1; i++ {
			if s.punct(i, ",") {
				return o, i
			}
		}
	}
	if se-st >= 2 && s.toks[se-2].k == kWord && possessive(s.word(se-2)) && (leadNouns[lowerASCII(s.word(se-1))] || s.has(se-1, fSpeechNoun)) {
		return st, se - 1
	}
	return st, se
}
