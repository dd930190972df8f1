// A quotation that goes on from its paragraph's quoted statement and that
// the writer's words finish: "“I cannot support him,” said Senator Kirk.
// “He has not shown the temperament needed for the office” or to control
// the nuclear arsenal." The second sentence has no attribution of its
// own; its speaker is the one quoted before it, and the words after the
// quotation complete what was said.

package extract

// maxFinish bounds the writer's words that may finish a quotation going
// on from the statement before it; minContinued is the fewest words the
// quotation itself holds.
const maxFinish, minContinued = 15, 3

// continued builds the statement of a sentence that opens with a
// quotation going on from the quoted statement before it in the same
// paragraph and that ends in words of the writer's own, to the sentence's
// end or to a dash, which opens the writer's aside ("“... two-step” -
// increasing his name recognition"). It reports whether it built one.
func (s *sentence) continued() bool {
	toks := s.toks
	if len(toks) < 2 || toks[0].k != kQuote || toks[0].ie <= toks[0].is || toks[0].open {
		return false
	}
	if wordCount(s.t[toks[0].is:toks[0].ie]) < minContinued {
		return false
	}
	if toks[1].k == kWord && (s.has(1, fAux|fCue|fPassive) || s.verbForm(1)) {
		return false // "“Anybody but Trump,” was another": the writer's sentence about the quotation
	}
	if quoteContinues(s.t, toks[0]) && toks[1].k == kWord && (toks[1].cap || s.has(1, fPronoun|fDet)) && !s.has(1, fRelative|fSub) {
		return false // "“...,” the judge exclaimed": an attribution of its own the rules did not read
	}
	e := len(toks)
	for e > 1 && (toks[e-1].k == kStop || toks[e-1].k == kPunct) {
		e--
	}
	words := 0
	for i := 1; i < e; i++ {
		if d := s.dashEnding(i); d >= 0 {
			e = d
			break
		}
		if toks[i].k == kWord {
			words++
		}
	}
	for e > 1 && toks[e-1].k == kPunct {
		e--
	}
	if words > maxFinish {
		return false
	}
	a := s.x.lastHead()
	if a < 0 {
		return false
	}
	prev := s.x.raws[a]
	if prev.block != s.block || !prev.direct || prev.drop || prev.turn {
		return false
	}
	r := s.goesOn(a, e)
	if e == 1 {
		r.direct, r.content = true, quoteInside(s.t, toks[0])
	} else {
		r.content = s.span(0, e)
	}
	s.x.raws = append(s.x.raws, r)
	return true
}

// lastHead returns the index of the statement the last one found is a
// part of (its anchor, or itself when it stands first), or -1 when none
// was found.
func (x *extractor) lastHead() int {
	a := len(x.raws) - 1
	if a >= 0 && x.raws[a].anchor >= 0 {
		a = x.raws[a].anchor
	}
	return a
}

// goesOn returns a further part of the statement raws[a] over tokens
// [0, e) of this sentence: its speaker, cue, via and audience, the
// sentence's own span and no content yet.
func (s *sentence) goesOn(a, e int) raw {
	prev := &s.x.raws[a]
	return raw{speaker: prev.speaker, cue: prev.cue, cueText: prev.cueText, block: s.block, anchor: a,
		via: prev.via, audience: prev.audience, ta: 0, tb: e, sentStart: s.toks[0].s}
}

// afterUnreadQuote reports whether an earlier sentence of this paragraph
// holds a quotation that no statement took up, while the last statement
// found is in an earlier paragraph: "“Europe is breaking up,” said Anna
// in 't Veld, a member of Parliament. “It's a risk everywhere.”" — when
// the first attribution was not read, the quotation after it is hers, not
// the last speaker's of the paragraph before, so it goes on from no one.
func (s *sentence) afterUnreadQuote() bool {
	n := len(s.x.raws)
	if n == 0 || s.x.raws[n-1].block == s.block {
		return false
	}
	x := s.x
	if x.bquote == -2 {
		// once a block: a sentence-by-sentence scan would be quadratic in
		// a long paragraph
		x.bquote = -1
		for _, tk := range x.toks {
			if tk.k == kQuote && tk.ie > tk.is && wordCount(x.t[tk.is:tk.ie]) >= minContinued {
				x.bquote = tk.s
				break
			}
		}
	}
	return x.bquote >= 0 && x.bquote < s.toks[0].s
}
