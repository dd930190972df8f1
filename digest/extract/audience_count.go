// "told a crowd of about 300 people at City Hall": the one told is a noun
// phrase with its count, which the noun phrase reader stops before (a
// number is no word of a speaker's name). An audience never ends on a
// preposition or a word of quantity.

package extract

// audienceEnd returns the end of the one told that starts at p and that
// tellObject ended at e: past the kind of outlet and its name ("Spanish
// radio station Cadena SER"), past a count after "of" ("a crowd of about
// 300 people"), past a show's quoted name after its outlet's possessive
// ("ABC’s “This Week”"), else before a dangling preposition, quantity word
// or a pronoun with its verb run into it.
func (s *sentence) audienceEnd(p, e int) int {
	for e > p+1 && s.toks[e-1].k == kWord && contraction(s.word(e-1)) {
		e-- // "told the Post he’s": the one told ends before the clause that follows
	}
	if e > p && e < len(s.toks) && s.toks[e].k == kQuote && possessive(s.word(e-1)) && s.titleQuote(e) {
		return e + 1 // "told ABC’s “Good Morning America”": the show is whom
	}
	if n := s.showName(p, e); n > e {
		return n // "told CBS’ Face the Nation"
	}
	if m := s.mediaRun(e); m > e {
		return m // "told Spanish radio station Cadena SER"
	}
	q := e
	for q > p && q < len(s.toks) && s.toks[q-1].k == kWord && !s.toks[q-1].cap && s.quantityWord(q-1) {
		q-- // "of about", "of more than"
	}
	if q > p && s.is(q-1, "of") && e < len(s.toks) && s.numberAt(e) {
		n := e + 1
		if n < len(s.toks) && s.toks[n].k == kWord && !s.toks[n].cap && s.toks[n].w.f&(fPrep|fSub|fCue|fWeakCue|fAux|fDet|fPronoun) == 0 && !s.is(n, "that") {
			return n + 1 // "a crowd of about 300 people"
		}
		return e + 1 // "a crowd of 300"
	}
	for e > p+1 && s.toks[e-1].k == kWord && !s.toks[e-1].cap && (s.has(e-1, fPrep) || s.quantityWord(e-1)) {
		e-- // "a crowd of about" before a count not read: "a crowd"
	}
	return e
}

// quantityWord reports whether token i is a word that goes before a count:
// about, some, nearly, roughly, almost, over, more, than.
func (s *sentence) quantityWord(i int) bool {
	for _, w := range []string{"about", "some", "nearly", "roughly", "almost", "around", "over", "more", "than", "at", "least"} {
		if s.is(i, w) {
			return true
		}
	}
	return false
}

// numberAt reports whether token i is a count: digits or a number word.
func (s *sentence) numberAt(i int) bool {
	tk := s.toks[i]
	return tk.e > tk.s && isDigit(s.t[tk.s]) || tk.k == kWord && tk.w.f&fNumber != 0
}

// mediaRun returns the end of the lower-case words naming a kind of outlet
// at i ("radio station", "television channel", "newspaper") and the name
// that follows them, or i when there are none.
func (s *sentence) mediaRun(i int) int {
	j := i
	for j < len(s.toks) && j < i+3 && s.toks[j].k == kWord && !s.toks[j].cap && (s.has(j, fMedia) || s.is(j, "station") || s.is(j, "broadcaster")) {
		j++
	}
	if j == i {
		return i
	}
	for j < len(s.toks) && s.toks[j].k == kWord && s.toks[j].cap && !s.has(j, fWeekday|fMonth) {
		j++
	}
	return j
}

// audienceManner returns where the one told in tokens [p, e) ends before
// the words that say how or when it was told: "by" and a bare noun of means
// ("told Reuters by phone", "by video link"), or "late" or "early" left
// over from the date phrase after them ("told reporters late on Tuesday").
// An audience is a noun phrase; these are adverbs of the telling.
func (s *sentence) audienceManner(p, e int) int {
	for k := p + 1; k+1 < e; k++ {
		if s.is(k, "by") && !s.toks[k].cap && s.toks[k+1].k == kWord && !s.toks[k+1].cap && s.toks[k+1].w.f&(fDet|fPronoun|fNumber) == 0 {
			e = k
			break
		}
	}
	for e-1 > p && !s.toks[e-1].cap && (s.is(e-1, "late") || s.is(e-1, "early")) {
		e--
	}
	return e
}
