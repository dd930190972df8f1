// How a thing was said, right after its cue: "said twice", "said
// sarcastically", "said again". After a quotation these words are the
// writer's account of the saying, not what was said.

package extract

// howSaid returns the first token from p on that is not an adverb of how
// or how often something was said (at most two: "said twice", "said
// quietly again").
func (s *sentence) howSaid(p int) int {
	for n := 0; n < 2 && p < len(s.toks); n++ {
		if !s.timeAdverb(p) && !s.is(p, "twice") {
			break
		}
		p++
	}
	return p
}
