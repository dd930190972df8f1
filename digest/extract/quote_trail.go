// A sentence of the writer's own words that ends in a quotation, right
// after a statement of the same paragraph and with no verb of speech of
// its own, goes on reporting that statement's speaker: "This makes it
// harder to correct a rumour, Hale said. Good information can still win,
// but only when “the truth is more exciting than the lie.”" The quotation
// is the speaker's; the words before it are the writer's account of the
// same remarks, and PolNeAR annotates the sentence as a further part of
// the statement before it.

package extract

import "strings"

// maxTrailLead bounds the writer's words before such a quotation: a long
// sentence of the writer's own has moved on from the speaker.
const maxTrailLead = 20

// maxTrailGap bounds the words between the statement before and the
// sentence: the rest of the statement's own sentence ("on Tuesday").
const maxTrailGap = 6

// trailQuote builds the statement of a sentence that ends in a
// quotation of at least minContinued words, led by the writer's words,
// when the statement before it ends the sentence before in the same
// paragraph. The lead holds no verb or noun of speech (the rules read
// those), no name (someone else acts: "Clinton slammed the plan as
// “...”"), no subject pronoun (the speaker's own deed, told by the
// writer: "He offered “my thoughts and prayers”") and no colon, and no
// comma hands the quotation over (an unknown verb of its own: "The
// clerk only shrugged, “...”"). It reports whether it built one.
func (s *sentence) trailQuote() bool {
	toks := s.toks
	e := len(toks)
	for e > 1 && (toks[e-1].k == kStop || toks[e-1].k == kPunct) {
		e--
	}
	q := e - 1
	if q < 1 || toks[q].k != kQuote || toks[q].ie <= toks[q].is || toks[q].open {
		return false
	}
	if wordCount(s.t[toks[q].is:toks[q].ie]) < minContinued || s.punct(q-1, ",") || s.punct(q-1, ":") {
		return false // "Then he sighed, “...”": a comma hands the quotation over from a verb of its own
	}
	words := 0
	for i := 0; i < q; i++ {
		switch toks[i].k {
		case kQuote:
			return false
		case kWord:
			if toks[i].w.f&(fCue|fWeakCue|fCall|fAsk|fQuoted|fQuoteCue|fSpeechNoun|fDerived) != 0 || s.nearQuoteVerb(i) {
				return false
			}
			if i > 0 && toks[i].cap && s.word(i) != "I" || subjectPronoun(s.word(i)) {
				return false
			}
			words++
		case kPunct:
			if s.punct(i, ":") {
				return false
			}
		}
	}
	if words > maxTrailLead {
		return false
	}
	a := s.x.lastHead()
	if a < 0 {
		return false
	}
	prev := s.x.raws[a]
	last := &s.x.raws[len(s.x.raws)-1]
	if last.block != s.block || prev.block != s.block || prev.drop || prev.turn {
		return false
	}
	end := max(last.content[1], last.cue[1], last.speaker.span[1])
	if end > toks[0].s {
		return false
	}
	if gap := strings.TrimRight(s.t[end:toks[0].s], " \t\n.!?\"”’'"); wordCount(gap) > maxTrailGap || strings.ContainsAny(gap, ".!?") {
		return false // a sentence of its own in between
	}
	if toks[0].k == kWord && toks[0].cap && toks[0].w.f&(fStarter|fDet|fPrep|fPronoun|fSub|fAux) == 0 && s.x.ents.find([]string{s.word(0)}) >= 0 {
		return false
	}
	r := s.goesOn(a, e)
	r.content = s.span(0, e)
	s.x.raws = append(s.x.raws, r)
	return true
}
