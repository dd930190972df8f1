// "Put it": a speaker who puts something a certain way speaks the
// quotation that follows ("As Ann Lee put it, “…”", "Bob Hart put it
// bluntly: “…”", "as the mayor put it, “…”").

package extract

// putIt reads "put it", up to two manner adverbs, a comma or a colon and a
// quotation at token j, with the noun phrase before "put" as the speaker.
// "To put it mildly," and "put it this way" give no quotation right after
// and are left alone. It returns where scanning resumes (j+1 when nothing
// matched).
func (s *sentence) putIt(j int) int {
	toks := s.toks
	if !s.is(j+1, "it") || j < 1 || s.is(j-1, "to") {
		return j + 1
	}
	p := j + 2
	for n := 0; n < 2 && p < len(toks) && toks[p].k == kWord && lyAdverb(s, p); n++ {
		p++ // "put it bluntly", "put it simply": -ly words only
	}
	if !(s.punct(p, ",") || s.punct(p, ":")) || !s.quoteNext(p) {
		return j + 1
	}
	np, ok := s.leftNP(j - 1)
	if !ok {
		return j + 1
	}
	if s.is(np, "as") {
		np++ // "As Ann Lee put it": the clause's "as" is no part of the name
	}
	if np >= j {
		return j + 1
	}
	return s.quoteAlone(j, p+1, s.mention(np, j), s.span(j, j+2), afterCue{}) // cue_participle.go
}
