// The event a time phrase counts from, after a cue that closes what was
// said: "Talks failed, the mayor said on the eve of the vote", "..., the
// mayor said the day after the vote", "..., Lee said a day after the
// election". The phrase ("on the eve", "the day after") is read as a date
// of no day or a day from the story's; the event's noun after it is more
// of when, not what was said, and the attribution ends with it (the
// statement was lost: the words after the cue were taken for a clause).

package extract

// eventAfterTime returns the token after the event named at p, right after
// a time phrase that ends at p and counts from an event ("of", "after" or
// "before" closing or following it): a noun phrase of up to six words with
// no verb, closed by the sentence's end, a comma, "that" or a quotation.
// It returns p when there is none.
func (s *sentence) eventAfterTime(p int) int {
	q := p
	if s.is(q, "of") || s.is(q, "after") || s.is(q, "before") {
		q++ // "on the eve" + "of the vote"
	} else if !s.is(p-1, "after") && !s.is(p-1, "before") && !s.is(p-1, "of") {
		return p
	}
	if !s.has(q, fDet) {
		return p // "the day after the vote", not "a day after Trump said"
	}
	e := q + 1
	for e < len(s.toks) && e <= q+6 && s.toks[e].k == kWord && !s.is(e, "that") && !s.has(e, fCue|fSub|fPrep) {
		e++
	}
	if e == q+1 || s.hasVerb(q+1, e) {
		return p
	}
	if s.isEnd(e) || s.punct(e, ",") || s.is(e, "that") || e < len(s.toks) && s.toks[e].k == kQuote {
		return e
	}
	return p
}
