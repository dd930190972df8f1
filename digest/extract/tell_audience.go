// The base form "tell" is a verb of speech with its audience ("will tell
// reporters that", "did tell CNN that", "tell pollsters they ..."); with
// none it tells things apart ("time will tell if", "hard to tell whether",
// "I can tell that he was tired") and reports no one's words.

package extract

import "strings"

// tellsNoOne reports whether the cue at j is the base form "tell" with no
// audience after it.
func (s *sentence) tellsNoOne(j int) bool {
	if !s.is(j, "tell") || s.has(j+1, fObject) {
		return false
	}
	_, ok := s.tellObject(j + 1)
	return !ok || s.is(j+1, "that") || s.has(j+1, fQuestion)
}

// addresseeVerbs are the verbs of speech besides "tell" whose first
// object is the one spoken to, with what was said after "that": "warned
// residents that", "assured voters that", "reminded reporters that".
var addresseeVerbs = wordSet(`warn warns warned warning assure assures assured assuring
	reassure reassures reassured reassuring remind reminds reminded reminding
	caution cautions cautioned cautioning promise promises promised promising
	inform informs informed informing advise advises advised advising
	notify notifies notified notifying`)

// addresseeThat reports whether the verb of speech at j (not "tell") has
// the one spoken to at p and then, maybe after a date, "that": "warned
// residents on Tuesday that the river could flood". The one spoken to is
// a short noun phrase: an object pronoun, a capitalised name, a
// determiner's phrase or a bare plural; a date, a preposition or an adverb
// after the verb is no one spoken to ("warned Tuesday that", "warned in a
// statement that", "warned repeatedly that"), nor is a clause ("warned the
// plan would mean that ...").
func (s *sentence) addresseeThat(j, p int) bool {
	if p >= len(s.toks) || s.toks[p].k != kWord || s.is(p, "that") || !addresseeVerbs[lowerASCII(s.word(j))] {
		return false
	}
	if l, _ := s.dateAt(p); l > 0 {
		return false
	}
	first := s.toks[p]
	switch {
	case first.w.f&(fObject|fAudience) != 0:
	case first.w.f&(fPrep|fAux|fNeg|fSub|fPronoun|fRelative|fQuestion) != 0, strings.HasSuffix(s.word(p), "ly"):
		return false
	case first.cap, first.w.f&fDet != 0, isPlural(s.word(p)):
	default:
		return false
	}
	const notInObject = fCue | fWeakCue | fAux | fNeg | fPassive | fSub | fRelative | fPronoun | fTell | fCall | fAsk
	for q := p + 1; q < len(s.toks) && q <= p+5; q++ {
		if s.is(q, "that") {
			return true
		}
		if l, _ := s.dateAt(q); l > 0 {
			return s.is(q+l, "that") // "warned residents on Tuesday that"
		}
		if s.toks[q].k != kWord || s.has(q, notInObject) || s.has(q, fPrep) && !s.is(q, "of") {
			return false
		}
	}
	return false
}
