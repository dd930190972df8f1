// A reported clause that a quotation finishes: where the rules would end
// what was said at a comma or a conjunction (ends.go, content.go) but the
// sentence goes on to a quotation that closes it and names no one of its
// own, the quotation is the speaker's too, and so are the words before it.
//
//	Briggs said Sanders has already been tested, coming from far behind to
//	a "dead heat" in Iowa.
//	He argued the group, which has lost ground for two years, is "in
//	retreat."
//	She said he was once part of it, but is now “the worst thing that ever
//	happened to it.”
//
// A writer quotes only words someone said, and names who; a quotation with
// no verb of speech, "according to" or attribution between it and the
// clause reported before it goes on with that clause. The main clause
// after a cue in a relative or an opening subordinate clause ("While Lee
// said ..., his aides were “worried.”") stays the writer's (ends.go).

package extract

// finishingQuote returns the end of the sentence's words when tokens from
// i to the sentence's end hold a quotation that closes the sentence and no
// verb of speech, "according to", colon or semicolon: the content cut at
// i may run on to that end. Otherwise it returns -1.
func (s *sentence) finishingQuote(i int) int {
	last := len(s.toks)
	for last > i && (s.toks[last-1].k == kStop || s.toks[last-1].k == kPunct && s.word(last-1) != ")") {
		last--
	}
	if i < 0 || last <= i || s.toks[last-1].k != kQuote {
		return -1
	}
	for k := i; k < last; k++ {
		tk := s.toks[k]
		switch {
		case tk.k == kWord && (tk.w.f&(fCue|fWeakCue|fCall|fAsk|fQuoted|fQuoteCue) != 0 || s.according(k)):
			return -1 // "..., and Trump called it “a disaster”": an attribution of its own
		case s.punct(k, ";") || s.punct(k, ":") || s.punct(k, "(") || tk.k == kStop:
			return -1
		}
	}
	return last
}

// cueSubordinate reports whether the cue of content tokens starting at a
// stands in a relative clause or a subordinate clause opening the
// sentence, whose main clause after the comma is the writer's (ends.go).
func (s *sentence) cueSubordinate(a int) bool {
	if s.cueInRelative(a) || s.cueInOpening(a) {
		return true
	}
	switch s.cueClause(a) {
	case clauseOpening, clauseEmbedded:
		return true
	}
	return false
}

// quoteFinishes returns the end of content tokens [a, e) that a rule cut
// before the quotation finishing the sentence (finishingQuote), else e.
func (s *sentence) quoteFinishes(a, e int) int {
	if e <= a || e >= len(s.toks) || s.deedAfterQuote(e) {
		return e
	}
	if f := s.finishingQuote(e); f > e && !s.cueSubordinate(a) {
		return f
	}
	return e
}

// deedAfterQuote reports whether the content cut at e ends with a quoted
// phrase that "and" or "but" and a verb of the subject's own follow:
// "called the merger “a terrible deal” and ranked her among the worst
// CEOs “in history.”", "telling CNN he is a “faker” and questioning how
// he has “gotten away with it.”". The second verb is the subject's next
// deed; a quotation in its words is that deed's, not the first clause's.
func (s *sentence) deedAfterQuote(e int) bool {
	if e < 1 || s.toks[e-1].k != kQuote || !(s.is(e, "and") || s.is(e, "but")) {
		return false
	}
	return s.verbForm(e+1) || s.deedAt(e+1)
}
