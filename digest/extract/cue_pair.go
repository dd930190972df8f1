// Two verbs of speech joined by "and" or "or" with one complement: "The
// writer said and urged that the rules be changed", "has argued and
// written that ...". The first verb has no words of its own; what
// follows the second is both verbs' content, and the cue is the pair.

package extract

// pairedCue returns the second verb of speech when the finite cue at j
// is joined to it by "and" or "or" (an adverb may stand before it: "and
// later wrote"), with words after it; else j.
func (s *sentence) pairedCue(j int) int {
	if j+2 >= len(s.toks) || !(s.is(j+1, "and") || s.is(j+1, "or")) || s.has(j, fPart) {
		return j
	}
	v := s.skipAdverb(j + 2)
	if v+1 >= len(s.toks) || s.toks[v].k != kWord || s.toks[v].cap || s.toks[v].w.f&(fCue|fWeakCue) == 0 || s.toks[v].w.f&fPart != 0 ||
		s.toks[v+1].k == kStop || s.toks[v+1].k == kPunct && !s.punct(v+1, ":") && !s.punct(v+1, ",") {
		return j // "said and did", "asked and answered."
	}
	return v
}

// sharedCue moves the content of the statements from the n-th on that
// the cue at j made, when it opens with "and" and the second verb of the
// pair (pairedCue), past that verb (its object, after a verb of telling,
// and its "that"), and makes the pair their cue.
func (s *sentence) sharedCue(n, j int) {
	if n == len(s.x.raws) || !s.is(j+1, "and") && !s.is(j+1, "or") {
		return
	}
	v := s.pairedCue(j)
	if v <= j {
		return
	}
	a := v + 1
	if oe, ok := s.tellObject(a); ok && oe > a && s.has(v, fTell) {
		a = oe // "said and told reporters the plan was dead": the one told is no content
	}
	if s.is(a, "that") || s.punct(a, ":") || s.punct(a, ",") {
		a++
	}
	for i := n; i < len(s.x.raws); i++ {
		r := &s.x.raws[i]
		if r.ta != j+1 || r.cue[1] != s.toks[j].e || a >= r.tb {
			continue
		}
		r.ta = a
		r.content[0] = s.toks[a].s
		if s.toks[a].k == kQuote {
			r.content = quoteInside(s.t, s.toks[a])
			r.direct = a+1 == r.tb
		}
		r.cue[1] = s.toks[v].e // "said and urged"
	}
}
