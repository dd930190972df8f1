// Features of the learned models (model.go): each token of a sentence that
// holds a statement gets a hash of its lower-case form once; a feature is a
// template number mixed with one to three such hashes and small numbers.

package extract

import (
	"github.com/whosaid/whosaid/digest"
)

// hash constants for tokens that are not words.
const (
	hNone  uint32 = 0x9e3779b9 // before the sentence or past its end
	hQuote uint32 = 0x85ebca6b
	hStop  uint32 = 0xc2b2ae35
)

// wordHash is FNV-1a over the ASCII-lower-cased bytes of w.
func wordHash(w string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(w); i++ {
		h ^= uint32(lowerByte(w[i]))
		h *= 16777619
	}
	return h
}

// A feature's hash combines the model and template numbers
// (mixStart), each part in order (mixPart), then a final scramble
// (mixEnd); the featurer's add0..add3 write it out for zero to three
// parts.
func mixStart(md, tmpl uint32) uint32 { return md*0x27d4eb2d ^ tmpl*0x165667b1 }

func mixPart(h, p uint32) uint32 { return h ^ (p + 0x9e3779b9 + h<<6 + h>>2) }

func mixEnd(h uint32) uint32 {
	h ^= h >> 15
	h *= 0x2c1b3c6d
	return h ^ h>>12
}

// featurer computes features over one sentence's tokens.
type featurer struct {
	s    *sentence
	keys []uint32 // per token: hash of its lower-case form
	cls  []uint32 // per token: its shape and lexicon class
	fs   []uint32
}

// reset readies f for sentence s.
func (f *featurer) reset(s *sentence) {
	f.s = s
	f.keys = f.keys[:0]
	f.cls = f.cls[:0]
	for i, tk := range s.toks {
		var k, c uint32
		switch tk.k {
		case kWord:
			k = wordHash(s.t[tk.s:tk.e])
			c = uint32(tk.w.f&(fCue|fWeakCue|fPart|fPronoun|fRelative|fDet|fRole|fPrep|fClauseEnd|fSub|fAux|fCall|fAsk|fDirective|fObject)) * 4
			if tk.cap {
				c |= 1
			}
			if isDigit(s.t[tk.s]) {
				c |= 2
			}
		case kQuote:
			k, c = hQuote, hQuote
			if quoteContinues(s.t, tk) {
				c++
			}
		case kStop:
			k, c = hStop, hStop
		default:
			k = wordHash(s.word(i))
			c = k
		}
		f.keys = append(f.keys, k)
		f.cls = append(f.cls, c)
	}
}

func (f *featurer) key(i int) uint32 {
	if uint(i) >= uint(len(f.keys)) { // i < 0 or past the end, in one comparison
		return hNone
	}
	return f.keys[i]
}

func (f *featurer) class(i int) uint32 {
	if uint(i) >= uint(len(f.cls)) {
		return hNone
	}
	return f.cls[i]
}

// add0 to add3 append the feature of template tmpl in model md with no to
// three parts: the hash written out for each count, so that
// each inlines with no slice of parts and no loop over them (the loop was
// a third of the hashing's instructions; TestAddIsMix).
func (f *featurer) add0(md, tmpl uint32) {
	f.fs = append(f.fs, mixEnd(mixStart(md, tmpl)))
}

func (f *featurer) add1(md, tmpl, p uint32) {
	f.fs = append(f.fs, mixEnd(mixPart(mixStart(md, tmpl), p)))
}

func (f *featurer) add2(md, tmpl, p, q uint32) {
	f.fs = append(f.fs, mixEnd(mixPart(mixPart(mixStart(md, tmpl), p), q)))
}

// add3 takes the model's and template's mixStart from its caller: with
// it inside, add3 cost 85 against the inliner's budget of 80.
func (f *featurer) add3(start, p, q, r uint32) {
	f.fs = append(f.fs, mixEnd(mixPart(mixPart(mixPart(start, p), q), r)))
}

// bucket folds a signed distance into a few classes: exact below 4, then
// by powers of two.
func distBucket(d int) uint32 {
	neg := uint32(0)
	if d < 0 {
		neg, d = 100, -d
	}
	b := d
	if d >= 4 {
		b = 4
		for x := d; x >= 8; x >>= 1 {
			b++
		}
	}
	return neg + uint32(b)
}

// statement features shared by the models: where the cue is and what it is.
type stmtCtx struct {
	a, b    int    // the rules' content tokens [a, b)
	cue     int    // token index of the cue's first word, -1 when in another sentence
	cueKey  uint32 // hash of the cue's first word
	after   bool   // the content follows the cue
	direct  bool
	speaker int // token index of the speaker's first word, -1 when elsewhere
}

// endFeatures returns the features of ending the content before token e.
func (f *featurer) endFeatures(c *stmtCtx, e int) []uint32 {
	f.fs = f.fs[:0]
	s := f.s
	md := uint32(mdEnd)
	rule := uint32(0)
	if e == c.b {
		rule = 1
	}
	side := uint32(0)
	if c.after {
		side = 1
	}
	f.add1(md, 1, rule)
	f.add1(md, 2, distBucket(e-c.b))
	f.add1(md, 3, f.key(e-1))
	f.add1(md, 4, f.key(e))
	f.add1(md, 5, f.key(e+1))
	f.add2(md, 6, f.key(e-1), f.key(e))
	f.add2(md, 7, f.key(e), f.key(e+1))
	f.add2(md, 8, f.class(e-1), f.class(e))
	f.add3(mixStart(md, 9), f.class(e), f.class(e+1), rule)
	f.add3(mixStart(md, 10), rule, f.key(e), side)
	f.add1(md, 11, distBucket(e-c.a))
	f.add2(md, 12, c.cueKey, distBucket(e-c.b))
	end := uint32(0)
	if s.isEnd(e) {
		end = 1
	}
	f.add3(mixStart(md, 13), end, rule, side)
	if c.cue >= 0 && c.cue >= c.a && c.cue < e {
		f.add1(md, 14, 1) // the content would hold the cue
	}
	q := uint32(0)
	lo, hi := min(c.b, e), max(c.b, e)
	sign := boolBit(e > c.b)
	for i := lo; i < hi; i++ {
		// what a moved end crosses: stops, semicolons, commas and the word
		// after them, verbs of speech, clause words (one switch on the
		// token's kind: this loop runs for every candidate end)
		tk := &s.toks[i]
		switch tk.k {
		case kQuote:
			q = 1
		case kStop:
			f.add2(md, 15, f.key(i), sign)
		case kPunct:
			switch s.word(i) { // ("―" reads as "—": token_dash.go)
			case ";":
				f.add2(md, 15, f.key(i), sign)
			case ",", "—", "-":
				f.add3(mixStart(md, 19), f.key(i), f.key(i+1), sign)
				if s.has(i+1, fRelative|fClauseEnd) {
					// a relative or a clause that runs to the sentence's end
					// comments on what was said; one closed by a comma sits inside it
					f.add3(mixStart(md, 23), f.key(i+1), boolBit(s.runsToEnd(i+1)), sign)
				}
				f.add3(mixStart(md, 20), f.key(i), f.class(i+1), sign)
				f.add3(mixStart(md, 22), f.key(i+1), f.class(i+2), sign) // ", but declined": a deed of the subject; ", but he": a clause
			}
		case kWord:
			if tk.w.f&(fCue|fClauseEnd|fSub|fPart|fRelative) != 0 {
				f.add2(md, 21, f.key(i), sign)
			}
		}
	}
	f.add2(md, 16, q, rule)
	if s.punct(e, ",") && s.attribAhead(e+1) {
		f.add1(md, 17, 1)
	}
	f.add3(mixStart(md, 18), f.class(e-1), f.key(e), boolBit(c.direct))
	if (s.punct(e, ",") || s.dashEnding(e) >= 0) && s.has(e+1, fRelative|fClauseEnd) {
		// ending before a relative or a clause: as above
		f.add2(md, 24, f.key(e+1), boolBit(s.runsToEnd(e+1)))
	}
	return f.fs
}

// startFeatures returns the features of starting the content at token a.
func (f *featurer) startFeatures(c *stmtCtx, a int) []uint32 {
	f.fs = f.fs[:0]
	md := uint32(mdStart)
	rule := uint32(0)
	if a == c.a {
		rule = 1
	}
	f.add1(md, 1, rule)
	f.add1(md, 2, distBucket(a-c.a))
	f.add1(md, 3, f.key(a))
	f.add1(md, 4, f.key(a-1))
	f.add2(md, 5, f.key(a-1), f.key(a))
	f.add2(md, 6, f.class(a-1), f.class(a))
	f.add2(md, 7, f.key(a-2), f.key(a-1))
	f.add2(md, 8, c.cueKey, distBucket(a-c.a))
	f.add2(md, 9, c.cueKey, f.key(a))
	f.add2(md, 10, c.cueKey, f.key(a-1))
	f.add3(mixStart(md, 11), rule, f.class(a), boolBit(c.after))
	if c.cue >= 0 {
		f.add2(md, 12, distBucket(a-c.cue), f.class(a))
	}
	f.add2(md, 13, f.key(a+1), f.class(a))
	return f.fs
}

// keepFeatures returns the features of a statement as the rules and the
// boundary models made it.
func (f *featurer) keepFeatures(c *stmtCtx, r *raw, a, e int, sentStmts int, headline bool) []uint32 {
	f.fs = f.fs[:0]
	s := f.s
	md := uint32(mdKeep)
	f.add0(md, 0)
	f.add1(md, 1, c.cueKey)
	f.add3(mixStart(md, 2), c.cueKey, boolBit(c.after), boolBit(c.direct))
	f.add1(md, 3, uint32(r.speaker.kind))
	f.add2(md, 4, c.cueKey, uint32(r.speaker.kind))
	f.add1(md, 5, distBucket(e-a))
	f.add2(md, 6, f.key(a), boolBit(c.after))
	f.add2(md, 7, c.cueKey, f.key(a))
	f.add2(md, 8, boolBit(headline), boolBit(c.direct))
	f.add1(md, 9, distBucket(sentStmts))
	f.add1(md, 10, boolBit(r.anchor >= 0))
	if c.cue >= 0 {
		f.add1(md, 11, f.key(c.cue+1))
		f.add2(md, 12, f.class(c.cue-1), c.cueKey)
		f.add2(md, 13, c.cueKey, f.key(c.cue+1))
		f.add1(md, 14, boolBit(s.toks[c.cue].cap))
	} else {
		f.add0(md, 15)
	}
	if c.speaker >= 0 {
		sp := r.speaker.span
		last := c.speaker
		for last+1 < len(s.toks) && s.toks[last+1].e <= sp[1] {
			last++
		}
		f.add1(md, 16, f.key(c.speaker))
		f.add1(md, 17, f.key(last))
		f.add1(md, 18, f.key(c.speaker-1))
		f.add2(md, 19, f.class(c.speaker), f.class(last))
		f.add2(md, 20, distBucket(last-c.speaker+1), uint32(r.speaker.kind))
		f.add2(md, 21, f.key(c.speaker-1), f.class(c.speaker))
	} else {
		f.add1(md, 22, uint32(r.speaker.kind))
	}
	q := uint32(0)
	for i := a; i < e; i++ {
		if s.toks[i].k == kQuote {
			q = 1
			break
		}
	}
	f.add2(md, 23, q, boolBit(c.after))
	f.add2(md, 24, f.key(e-1), f.key(e))
	f.add1(md, 25, boolBit(r.dated))
	// "fees that added millions", "wrote the memo": a verb with an object,
	// not a clause; a clause has a verb of its own
	verb, that := uint32(0), boolBit(s.is(a, "that") || s.punct(a-1, ":") || s.is(a-1, "that"))
	for i := a; i < e && i < a+12; i++ {
		if s.has(i, fAux|fPassive|fCue|fWeakCue) {
			verb = 1
			break
		}
	}
	f.add2(md, 33, f.class(a), f.class(a+1))
	f.add2(md, 34, distBucket(len(s.toks)), boolBit(c.after))
	if c.cue >= 0 {
		f.add2(md, 35, distBucket(c.cue), boolBit(c.after))
		f.add2(md, 36, f.key(c.cue-1), f.key(c.cue))
	}
	f.add3(mixStart(md, 37), uint32(r.speaker.kind), boolBit(c.after), verb)
	f.add3(mixStart(md, 30), c.cueKey, verb, that)
	f.add2(md, 31, c.cueKey, f.class(a))
	f.add3(mixStart(md, 32), f.key(c.speaker), c.cueKey, verb)
	if r.fallback {
		f.add0(md, 26)
		f.add1(md, 27, c.cueKey)
		f.add2(md, 28, uint32(r.speaker.kind), distBucket(r.speaker.span[1]-r.speaker.span[0]))
		if c.speaker >= 0 {
			f.add2(md, 29, f.key(c.speaker), f.class(c.speaker))
		}
	}
	return f.fs
}

func boolBit(b bool) uint32 {
	if b {
		return 1
	}
	return 0
}

// tokenAt returns the index of the token of s that starts at byte p, or -1.
func (s *sentence) tokenAt(p int) int {
	if i := s.tokenFrom(p); i < len(s.toks) && s.toks[i].s == p {
		return i
	}
	return -1
}

// tokenFrom returns the index of the first token of s that starts at byte
// p or after it, len(s.toks) for none.
func (s *sentence) tokenFrom(p int) int {
	lo, hi := 0, len(s.toks)
	for lo < hi {
		m := (lo + hi) / 2
		if s.toks[m].s < p {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// contentOf returns the content span of tokens [a, e): a quotation alone
// without its marks, else the tokens' span.
func (s *sentence) contentOf(a, e int) digest.Span {
	if e == a+1 && s.toks[a].k == kQuote {
		return quoteInside(s.t, s.toks[a])
	}
	return s.span(a, e)
}

// runsToEnd reports whether the clause from token i runs to the sentence's
// end with no comma, dash or semicolon.
func (s *sentence) runsToEnd(i int) bool {
	for k := i; k < len(s.toks); k++ {
		if s.punct(k, ",") || s.punct(k, ";") || s.dashEnding(k) >= 0 {
			return false
		}
	}
	return true
}
