// The token tagger: a linear model (model.go) that scores each token of a
// sentence holding a statement for whether it lies inside what was said,
// trained on PolNeAR train's content spans (every annotated attribution,
// not only those the rules find). Its features are the token and its
// neighbours, their shapes and lexicon classes, the distance to the nearest
// verb of speech on either side, and the rules' own decisions (inside a
// content, a speaker or a cue the rules found). The boundary models
// (learn.go) read its decisions at and around each candidate boundary.

package extract

// tagFlag marks what the rules made of a token.
type tagFlag uint8

const (
	tagInContent tagFlag = 1 << iota
	tagInSpeaker
	tagInCue
	tagQuoteStmt // inside the content of a statement that holds a quotation
)

// ruleTags records, for each token of s, what the rules made of it.
func (f *featurer) ruleTags(s *sentence) {
	f.rt = f.rt[:0]
	for range s.toks {
		f.rt = append(f.rt, 0)
	}
	for k := s.first; k < len(s.x.raws); k++ {
		r := &s.x.raws[k]
		q := tagFlag(0)
		if r.tb > r.ta && r.tb <= len(s.toks) && s.hasQuote(r.ta, r.tb) {
			q = tagQuoteStmt
		}
		for i := range s.toks {
			tk := s.toks[i]
			if i >= r.ta && i < r.tb {
				f.rt[i] |= tagInContent | q
			}
			if tk.s < r.speaker.span[1] && r.speaker.span[0] < tk.e {
				f.rt[i] |= tagInSpeaker
			}
			if tk.s < r.cue[1] && r.cue[0] < tk.e {
				f.rt[i] |= tagInCue
			}
		}
	}
	// distance to the nearest verb of speech on either side
	f.cueL, f.cueR = f.cueL[:0], f.cueR[:0]
	last := -1
	for i := range s.toks {
		d := uint32(99)
		if last >= 0 {
			d = distBucket(i - last)
		}
		f.cueL = append(f.cueL, d)
		if s.has(i, fCue|fCall|fAsk|fDerived|fWeakCue) || s.according(i) {
			last = i
		}
	}
	f.cueR = append(f.cueR, make([]uint32, len(s.toks))...)
	next := -1
	for i := len(s.toks) - 1; i >= 0; i-- {
		d := uint32(99)
		if next >= 0 {
			d = distBucket(next - i)
		}
		f.cueR[i] = d
		if s.has(i, fCue|fCall|fAsk|fDerived|fWeakCue) || s.according(i) {
			next = i
		}
	}
}

// tagFeatures returns the tagger's features of token i (after ruleTags).
func (f *featurer) tagFeatures(i int) []uint32 {
	f.fs = f.fs[:0]
	md := uint32(mdTag)
	rt := func(j int) uint32 {
		if j < 0 || j >= len(f.rt) {
			return 0xff
		}
		return uint32(f.rt[j])
	}
	f.add(md, 0)
	f.add(md, 1, f.key(i))
	f.add(md, 2, f.class(i))
	f.add(md, 3, f.suffix(i))
	f.add(md, 4, f.key(i-1))
	f.add(md, 5, f.key(i+1))
	f.add(md, 6, f.key(i-1), f.key(i))
	f.add(md, 7, f.key(i), f.key(i+1))
	f.add(md, 8, f.class(i-1), f.class(i), f.class(i+1))
	f.add(md, 9, rt(i))
	f.add(md, 10, rt(i-1), rt(i), rt(i+1))
	f.add(md, 11, rt(i), f.class(i))
	f.add(md, 12, f.cueL[i], f.cueR[i])
	f.add(md, 13, f.cueL[i], rt(i))
	f.add(md, 14, f.cueR[i], rt(i))
	f.add(md, 15, f.key(i-2), f.key(i-1))
	f.add(md, 16, rt(i), f.key(i-1))
	f.add(md, 17, rt(i), f.key(i+1))
	f.add(md, 18, distBucket(i), distBucket(len(f.keys)-i))
	return f.fs
}

// tag scores every token of the current sentence with the tagger.
func (f *featurer) tag(m *model) {
	f.tags = f.tags[:0]
	for i := range f.keys {
		v := m.score(mdTag, f.tagFeatures(i))
		f.tags = append(f.tags, v)
	}
}

// inside returns the tagger's decision for token i: 1 inside what was said,
// 0 outside, 2 past the sentence or no tagger.
func (f *featurer) inside(i int) uint32 {
	if i < 0 || i >= len(f.tags) {
		return 2
	}
	if f.tags[i] > 0 {
		return 1
	}
	return 0
}

// insideShare folds the share of tokens [lo, hi) the tagger puts inside
// into five classes.
func (f *featurer) insideShare(lo, hi int) uint32 {
	if hi <= lo || len(f.tags) == 0 {
		return 9
	}
	n := 0
	for i := lo; i < hi && i < len(f.tags); i++ {
		if f.tags[i] > 0 {
			n++
		}
	}
	return uint32(4 * n / (hi - lo))
}
