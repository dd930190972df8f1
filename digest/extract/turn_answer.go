package extract

import "strings"

// In a transcript or a Q&A interview, a turn is what its speaker said
// however short or bare it is: "Whitfield: Stay home. We will get through
// this.", "Q: Will schools reopen? — Whitfield: No." The checks that keep a
// headline's topic ("Kasich: Now or never") or a tally ("Bernie Sanders:
// 1,501") from speaking do not apply to a turn whose paragraph goes on
// after its first sentence, or that answers a question's turn ("Q:") or
// comes just before one (an interview's first turn: "Okafor: Thank you all
// for coming.", then "Q: ...").

// answerTurn reports whether speaker tokens [st, head) and the colon at c
// (the caller has checked that a token follows it) open such a turn.
func (s *sentence) answerTurn(st, head, c int) bool {
	if s.toks[c+1].k == kQuote || s.headline || !s.turn(st, head, c) {
		return false
	}
	rest := strings.TrimLeft(s.t[s.toks[len(s.toks)-1].e:], " \t")
	if rest != "" && rest[0] != '\n' && rest[0] != '\r' {
		return true // "Whitfield: Stay home. We will ...": the turn goes on
	}
	return s.x.asked(s.block) || s.x.asksNext(s.block) // interview.go: the turn before or after is "Q:", "Q.", "QUESTION:" or the outlet's
}
