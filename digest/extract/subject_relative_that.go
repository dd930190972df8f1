// A relative clause whose verb takes a "that" clause: "The judges who
// ruled that the states could not enforce the rules said ...". The noun
// before the cue ("the rules") is that clause's object; the subject the
// cue goes with is the noun the relative describes ("the judges").

package extract

// relativeBefore reports whether token v, a verb before a
// complementiser "that", is a relative clause's own verb: "who" and
// its noun come right before it, maybe with an adverb or an
// auxiliary between ("who ruled", "who had argued", "who also held").
func (s *sentence) relativeBefore(v int) bool {
	if v-1 < s.from || s.toks[v].k != kWord || s.toks[v].cap {
		return false
	}
	for i := v - 1; i >= s.from && i >= v-3; i-- {
		switch {
		case s.is(i, "who"):
			return i-1 >= s.from && s.toks[i-1].k == kWord
		case s.toks[i].k != kWord || s.toks[i].cap || !s.has(i, fAux|fNeg):
			return false
		}
	}
	return false
}
