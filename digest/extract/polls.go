// Who reports what a share of those polled said: the poll. PolNeAR
// gives the poll as the source of "In a CNN/ORC poll released Monday, 31%
// of Republicans said ..." and of "A Bloomberg poll showed that 72
// percent of voters said ...", with the share and its answer as content;
// on train folds every such share statement with the share as speaker
// was wrong (12 of 12).

package extract

import "github.com/whosaid/whosaid/digest"

// pollWord reports whether token i names a poll: "poll", "polls",
// "survey", "surveys".
func (s *sentence) pollWord(i int) bool {
	if i < 0 || i >= len(s.toks) || s.toks[i].k != kWord {
		return false
	}
	var lb [32]byte
	switch string(lowerInto(&lb, s.word(i))) {
	case "poll", "polls", "survey", "surveys", "polling":
		return true
	}
	return false
}

// pollVerb reports whether token v is a verb whose subject names a poll
// a few words before it: "Polls show", "A poll in June showed".
func (s *sentence) pollVerb(v int) bool {
	if v < 0 || v >= len(s.toks) {
		return false
	}
	if !s.finiteAt(v) && !s.is(v, "showing") && !(s.pollWord(v-1) && s.toks[v].k == kWord && !s.toks[v].cap) {
		return false // "Polls show"
	}
	for p := v - 1; p >= s.from && p >= v-6; p-- {
		if s.toks[p].k != kWord {
			return false
		}
		if s.pollWord(p) {
			return true
		}
	}
	return false
}

// pollSource returns the poll that reports what a share of those polled
// said, when the share at st is what the poll found: "In a CNN poll
// released Monday, 31% of Republicans said ..." (the sentence opens with
// "In" and a poll, and the share comes after the comma) or "A Bloomberg poll in June showed that 72 percent
// of voters said ..." (the subject of the verb before the share). It
// returns the poll's noun phrase [pa, pe), the first token of what it
// reports (the share, or "that" after the poll's verb) and, for the
// second form, the poll's verb (-1 for the first).
func (s *sentence) pollSource(st int) (pa, pe, from, verb int, ok bool) {
	if s.is(0, "in") {
		// the poll reports each share of the sentence: "In the survey, 26
		// percent said ..., and 60 percent said ..."
		for p := 1; p < st; p++ {
			if s.toks[p].k == kQuote || s.toks[p].k == kStop || s.punct(p, ",") {
				break // "In a New York Times/CBS News survey released Thursday,": one phrase
			}
			if s.pollWord(p) {
				for c := p + 1; c < st; c++ {
					if s.punct(c, ",") {
						return 1, p + 1, st, -1, true
					}
				}
				break
			}
		}
	}
	for p := st - 2; p >= s.from && p >= st-10; p-- {
		if s.toks[p].k != kWord {
			return 0, 0, 0, 0, false
		}
		if !s.pollWord(p) {
			continue
		}
		// the poll's verb right before the share or its "that": "showed
		// that 72 percent", "show as many as 30 percent", "are showing that"
		v := st - 1
		if s.is(v, "that") {
			v--
		}
		np, ok := s.leftNP(p)
		if v <= p || !s.pollVerb(v) || !ok {
			return 0, 0, 0, 0, false
		}
		return np, p + 1, v + 1, v, true
	}
	return 0, 0, 0, 0, false
}

// pollSays emits what a poll [pa, pe) reports of the share of those
// polled whose cue is at j: from token from (the share, or "that" after
// the poll's verb v) to the reported clause's end. When the poll's verb
// already made a statement ("showed that ..."), the share's is the same
// one and none is added.
func (s *sentence) pollSays(j int, cue digest.Span, pa, pe, from, v int) int {
	if v >= 0 {
		for k := s.first; k < len(s.x.raws); k++ {
			if s.x.raws[k].cue[0] == s.toks[v].s {
				return j + 1
			}
		}
	}
	n := len(s.x.raws)
	e := s.right(j, s.mention(pa, pe), cue)
	if len(s.x.raws) > n {
		r := &s.x.raws[n]
		for i := r.ta + 1; i < r.tb; i++ {
			if s.shareCut(i) {
				// "..., compared with 11 percent of Republicans", "and 60
				// percent said ...": the next share's or the writer's
				// (shares.go); the cues after it are read
				r.tb = i
				r.fixedEnd = true // as shareEnds: not the end model's to take back
				for r.tb > r.ta+1 && (s.toks[r.tb-1].k == kPunct || s.toks[r.tb-1].k == kStop) {
					r.tb--
				}
				s.from, e = i, i
				break
			}
		}
		if r.ta > from {
			r.ta = from
		}
		r.content = s.span(r.ta, r.tb)
		r.direct = false
	}
	return e
}

// pollAccording reports whether the sentence ends with "according to" and
// a poll after the cue at j: ", according to the latest Gallup poll.",
// ", according to the survey." (no other verb of speech between).
func (s *sentence) pollAccording(j int) bool {
	for i := j + 1; i+2 < len(s.toks); i++ {
		tk := &s.toks[i] // read in place, not copied: this runs at every cue
		if tk.k == kStop || tk.k == kWord && tk.w.f&fCue != 0 && tk.w.f&fPart == 0 {
			return false
		}
		if !s.punct(i-1, ",") || !s.according(i) { // the comma first: the inlined test
			continue
		}
		poll := false
		e := i + 2
		for ; e < len(s.toks) && s.toks[e].k == kWord; e++ {
			poll = poll || s.pollWord(e)
		}
		return poll && s.isEnd(e)
	}
	return false
}

// pollSubject returns the poll whose verb opens the clause of the subject
// that ends at token k, when the subject is what the poll found: "The poll
// showed a majority of Ohio voters (say)", "A new poll finds that the
// public (says)". It returns the poll's noun phrase [pa, pe), the first
// token of what it reports (the subject, or "that") and the poll's verb.
func (s *sentence) pollSubject(k int) (pa, pe, from, v int, ok bool) {
	lo := max(s.from, k-10)
	for i := k; i >= lo; i-- {
		if s.toks[i].k != kWord {
			lo = i + 1 // the subject's clause starts after a comma or a quotation
			break
		}
	}
	for v = k - 1; v >= lo; v-- {
		if s.pollWord(v) {
			return 0, 0, 0, 0, false // "A survey of insiders shows": the poll is the subject
		}
		if !s.pollFinds(v) {
			continue
		}
		for p := v - 1; p >= s.from && p >= v-6; p-- {
			if s.pollWord(p) {
				np, ok := s.leftNP(p)
				return np, p + 1, v + 1, v, ok
			}
		}
	}
	return 0, 0, 0, 0, false
}

// pollFinds reports whether token i is a verb by which a poll reports what
// it found: "shows", "found", "suggests", "indicated".
func (s *sentence) pollFinds(i int) bool {
	var lb [32]byte
	switch string(lowerInto(&lb, s.word(i))) {
	case "show", "shows", "showed", "shown", "showing", "find", "finds", "found", "finding",
		"suggest", "suggests", "suggested", "indicate", "indicates", "indicated", "reveal", "reveals", "revealed":
		return s.toks[i].k == kWord
	}
	return false
}
