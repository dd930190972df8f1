// A participle of speech inside the subject of a sentence: "The share of
// GOP voters saying they want a wall is as high as three-quarters in
// Ohio." The noun the participle hangs on speaks ("GOP voters"), and what
// they say ends before the main clause's verb ("is"): the rest is the
// writer's statement about them.

package extract

import "github.com/whosaid/whosaid/digest"

// subjectParticiple reads the participle cue at j after the noun phrase
// ending at token k when that phrase opens the clause ("Most farmers
// saying the drought hurt them voted for the levy", "The share of voters
// saying ..."), and the main clause's verb is found after what was said.
// The speaker is the noun phrase, or the people after "of" when the
// phrase's head measures them ("the share of", "the number of").
func (s *sentence) subjectParticiple(j, k int, cue digest.Span) (int, bool) {
	toks := s.toks
	if k < s.from || !s.pluralNoun(k) && !s.has(k, fRole) || s.has(k, fPronoun|fQuant) || j+1 >= len(toks) || toks[j+1].k != kWord {
		return 0, false // people speak: "voters saying", not "A German warning", "the most telling"
	}
	np, ok := s.leftNP(k)
	if !ok {
		return 0, false
	}
	o := np - 1 // the "of": before the noun phrase, or inside it ("the share of voters")
	for i := k; i >= np; i-- {
		if s.is(i, "of") {
			o = i
			break
		}
	}
	st, measure := np, false
	if s.is(o, "of") && o-1 >= s.from && o < k {
		if o > np {
			np = o + 1
		} else if st, ok = s.leftNP(o - 1); !ok {
			return 0, false
		} else {
			np = o + 1
		}
		switch lowerASCII(s.word(o - 1)) {
		case "share", "proportion", "number", "percentage", "portion", "fraction":
			measure = true
		}
	}
	if !measure && st == s.from+1 && s.has(s.from, fQuant) && !s.has(s.from, fPronoun) {
		st, measure = s.from, true // "Most farmers saying ...": a quantity opens the subject; the farmers speak, as in "most farmers say"
	}
	if st != s.from {
		return 0, false
	}
	p := j + 1
	if s.is(p, "that") {
		p++
	}
	if !s.subjectVerb(p, 8) && !s.has(p, fPronoun) {
		return 0, false // a clause of what was said, not "calling on him to"
	}
	c := s.mainVerbAfter(p, s.contentEnd(p))
	if c < 0 {
		return 0, false
	}
	m := s.mention(st, k+1)
	if measure {
		m = s.mention(np, k+1)
	}
	_, extra := s.skipAfterCue(j, m)
	n := len(s.x.raws)
	s.emit(m, cue, p, c, extra)
	if len(s.x.raws) == n {
		return j + 1, true
	}
	s.x.raws[n].fixedEnd = true // the main clause's verb ends it, whatever the end model reads
	s.from = c
	return c, true
}

// mainVerbAfter returns the token of the main clause's verb after a
// reported clause that starts at p, within [p, e): the first finite verb
// after the clause's own verb that follows a noun or a name ("they want a
// wall | is", "they trust the mayor | fell"); -1 when there is none.
func (s *sentence) mainVerbAfter(p, e int) int {
	own := -1
	for i := p; i < e; i++ {
		tk := s.toks[i]
		if tk.k != kWord {
			if tk.k == kStop || s.punct(i, ",") || s.punct(i, ";") {
				return -1
			}
			continue
		}
		verb := s.verbAt(i) || i == p+1 && s.has(p, fPronoun) && !tk.cap && tk.w.f&(fDet|fPrep|fPronoun|fSub|fRelative|fNeg|fQuant) == 0
		if !verb {
			continue
		}
		if own < 0 {
			own = i
			continue
		}
		b := s.toks[i-1]
		if i > own+1 && b.k == kWord && b.w.f&(fDet|fPrep|fAux|fPronoun|fSub|fRelative|fNeg|fQuant) == 0 && !s.is(i-1, "to") && !s.is(i-1, "and") && !s.is(i-1, "or") && !s.is(i-1, "that") {
			return i
		}
	}
	return -1
}

// issuedVerb reports whether token v, before "a statement saying", reads
// as the verb that put the statement out ("issued", "released", "sent",
// "put out", "posts"), not a modifier of a noun phrase ("GOP primary
// voters saying", "a majority of voters saying").
func (s *sentence) issuedVerb(v int) bool {
	w := lowerASCII(s.word(v))
	return pastForm(w) || sForm(w) && len(w) > 3
}

// shareOf returns the first token of a share of people ending at token k,
// "62 percent of voters", "a majority of farmers", or -1: the share speaks,
// as shares.go reads it before a finite verb.
func (s *sentence) shareOf(k int) int {
	for o := k - 1; o > s.from && o >= k-4; o-- {
		if s.toks[o].k != kWord {
			return -1
		}
		if !s.is(o, "of") {
			continue
		}
		for x := max(s.from, o-4); x < o; x++ {
			if s.shareAt(x) {
				return x
			}
		}
		return -1
	}
	return -1
}
