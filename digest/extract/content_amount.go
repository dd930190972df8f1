// An amount said before a topic: "said little about the plan", "has said
// almost nothing about monetary policy", "would say nothing about the
// senders". The speaker stated no claim; the words up to "about" belong
// with the verb (PolNeAR's cue "said little about") and the topic is what
// the statement is about.

package extract

// amountAbout returns the token after "about" (or "on") when tokens from p
// are an amount of speech and its topic: "(almost) nothing", "(very)
// little", "(not) much", with at most a few words of time between ("much
// over the years about"). It returns p otherwise.
func (s *sentence) amountAbout(p int) int {
	i := p
	if s.is(i, "almost") || s.is(i, "very") || s.is(i, "relatively") || s.is(i, "not") {
		i++
	}
	if !(s.is(i, "nothing") || s.is(i, "little") || s.is(i, "much")) {
		return p
	}
	for k := i + 1; k < len(s.toks) && k <= i+5; k++ {
		if s.toks[k].k != kWord || s.verbAt(k) || s.is(k, "that") {
			return p // "said little, offering ...", "much of it was ...": a clause
		}
		if (s.is(k, "about") || s.is(k, "on")) && k+1 < len(s.toks) && s.toks[k+1].k != kStop && s.toks[k+1].k != kPunct {
			return k + 1
		}
	}
	return p
}
