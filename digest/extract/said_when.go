// A clause of time or manner right after a verb of speech says when or how
// the words were said, not what they were: "“We will win,” Cole said as
// she left the courtroom", "The ruling was unfair, Reed said when the
// session ended", "Reed conceded when the polls closed". When such a
// clause runs to the sentence's end, the verb reports nothing after it:
// what was said stands before the speaker, or nowhere. A clause that a
// comma closes is left alone: "said when he was governor, taxes fell"
// often opens what was said.

package extract

import "strings"

// saidWhen returns the end of a clause of time or manner that opens at
// token p, after a verb of speech and what it takes: "when", "whenever",
// "while", "once", "until" with the words after them; "as" with a subject
// and its verb (an irregular past too: "as the crowd left") or "as
// if"/"as though"; "before" and "after" with a subject
// and its verb or an -ing form. The clause runs to the sentence's end or
// to a "that" opening a clause of its own ("said as he walked out that
// the ruling was unfair"). It returns -1 when p opens no such clause, or
// when a comma, colon, dash, semicolon, quotation or verb of speech comes
// before the end.
func (s *sentence) saidWhen(p int) int {
	if p+1 >= len(s.toks) || s.toks[p].k != kWord || s.toks[p].cap {
		return -1
	}
	switch lowerASCII(s.word(p)) {
	case "once":
		if s.onceHowOften(p) {
			return -1 // "said once that the plan would fail": once is how often (said_how.go), not "once that happens"
		}
	case "when", "whenever", "while", "until":
	case "as":
		if !s.is(p+1, "if") && !s.is(p+1, "though") && !s.subjectPast(p+1, 4) {
			return -1 // "said as a matter of principle the city should pay"
		}
	case "before", "after":
		if !s.subjectVerb(p+1, 4) && !(s.toks[p+1].k == kWord && strings.HasSuffix(lowerASCII(s.word(p+1)), "ing")) {
			return -1 // "testified before Congress on the attacks"
		}
	default:
		return -1
	}
	for i := p + 1; i < len(s.toks); i++ {
		tk := s.toks[i]
		if s.isEnd(i) {
			return i
		}
		if tk.k == kQuote || tk.k == kPunct || s.has(i, fCue) {
			return -1 // "responded before adding that ...": the speaker's next statement
		}
		if s.is(i, "that") && i > p+2 && s.subjectVerb(i+1, 6) {
			return i
		}
	}
	return len(s.toks)
}
