// A show named after its outlet's possessive may carry a lower-case
// article or preposition inside its name: "CBS’ Face the Nation", "NBC’s
// Meet the Press". After the possessive, one capitalised word and then
// "the" or "of" before another capitalised word is one name; a person
// after the possessive ("Fox News’ Sean Hannity") has two capitalised
// words and needs no bridge. An outlet in capitals ("CBS’") owns as
// "News’" does.

package extract

// showName returns the end of the show's name when tokens [p, e) end on
// an outlet's possessive and one capitalised word and the name goes on
// across "the" or "of" at e; else it returns e.
func (s *sentence) showName(p, e int) int {
	if e-p < 2 || e+1 >= len(s.toks) || s.toks[e-1].k != kWord || !s.toks[e-1].cap || s.toks[e-2].k != kWord || !possessive(lowerASCII(s.word(e-2))) {
		return e
	}
	if !(s.is(e, "the") || s.is(e, "of")) || s.toks[e].cap {
		return e
	}
	n := e + 1
	for n < len(s.toks) && s.toks[n].k == kWord && s.toks[n].cap && !s.has(n, fWeekday|fMonth) {
		n++
	}
	if n == e+1 {
		return e
	}
	return n
}
