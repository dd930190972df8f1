package extract

import "strings"

// A short quotation inside the source after "according to" names a
// document or a plan, and the phrase goes on after it: "according to the
// “Medicare for all” document he released", "According to her “clawback”
// plan, firms must repay ...". It is part of the source's phrase, not
// what was said.

// titleInPhrase reports whether the quotation at token e is such a title:
// at most five words inside, no sentence's end among them, and a
// lower-case word right after it (the noun it names: "document", "plan").
func (s *sentence) titleInPhrase(e int) bool {
	if e+1 >= len(s.toks) || s.toks[e].k != kQuote || s.toks[e+1].k != kWord || s.toks[e+1].cap {
		return false
	}
	in := s.t[s.toks[e].is:s.toks[e].ie]
	if strings.ContainsAny(in, ".?!;:") {
		return false
	}
	return len(strings.Fields(in)) <= 5
}

// titledHead returns the end of the noun phrase that a title quotation
// within the source [p, e) opens onto ("the “Medicare for all”
// document"), or p when there is no such quotation.
func (s *sentence) titledHead(p, e int) int {
	for q := p + 1; q < e; q++ {
		if s.titleInPhrase(q) {
			if te, ok := s.rightNP(q + 1); ok && te <= e {
				return te
			}
			return p
		}
	}
	return p
}
