// "Called" that names a thing: "a website called “Cape Breton Calls”
// that pitches the island", "the tax loophole called an “inversion,”",
// "A newly formed super PAC called Future 45 ran its first ads". The
// participle and the name after it close a noun phrase the sentence goes
// on from; no one calls anything. Speech takes an object and what it is
// called ("Trump called the system “rigged”", "the group called Reyes a
// liar"), so a name with nothing after it but the rest of the sentence
// (a verb, a relative pronoun, a comma or the sentence's end) is a name.
// cue_gates.go's speakerless reads the plain case (a common noun after a
// determiner, the name right after the verb); this reads the others: a
// head that may speak elsewhere ("group", "organization", an acronym)
// and a name after an article.

package extract

import "strings"

// namedThing reports whether "called" at j, after a noun phrase ending at
// token k, names the thing that phrase denotes.
func (s *sentence) namedThing(j, k int) bool {
	if !s.is(j, "called") || k <= s.from || s.toks[k].k != kWord || s.toks[k].w.f&(fPronoun|fAux|fRelative|fQuant|fSub) != 0 {
		return false
	}
	if s.toks[k].cap && !acronym(s.word(k)) {
		return false // a name before "called" may be the one calling
	}
	if s.has(k, fRole) && j+1 < len(s.toks) && s.toks[j+1].k == kQuote {
		return false // "the tariffs that the minister called “unfair”": a person calls a thing a word, a thing is called by its name
	}
	det := false
	for d := k - 1; d >= s.from && d >= k-4; d-- {
		if s.has(d, fDet) && !s.has(d, fPronoun) || s.toks[d].k == kWord && isDigit(s.t[s.toks[d].s]) {
			det = true
			if s.is(d-1, "that") || s.is(d-1, "which") || s.is(d-1, "whom") {
				return false // "the tariffs that the agency called “unfair”": the phrase is a relative clause's subject, who calls
			}
			break
		}
		if s.toks[d].k != kWord || s.toks[d].cap && !acronym(s.word(d)) {
			break
		}
	}
	if !det {
		return false
	}
	e := s.calledName(j + 1)
	if e < 0 {
		return false
	}
	if e >= len(s.toks) {
		return true
	}
	tk := s.toks[e]
	switch {
	case tk.k == kStop || tk.k == kPunct && !s.punct(e, ":"):
		return true
	case tk.k != kWord:
		return false
	}
	return tk.w.f&(fRelative|fPrep) != 0 || s.finiteAt(e) || irregularPast(lowerASCII(s.word(e)))
}

// calledName returns where the name that starts at token i ends: a
// quotation, after an article or not ("an “inversion”"), or a run of
// capitalised words; -1 when no name starts there.
func (s *sentence) calledName(i int) int {
	if s.is(i, "a") || s.is(i, "an") || s.is(i, "the") {
		if i+1 < len(s.toks) && s.toks[i+1].k == kQuote {
			return i + 2
		}
		return -1
	}
	if i >= len(s.toks) {
		return -1
	}
	if s.toks[i].k == kQuote {
		return i + 1
	}
	e := i
	for e < len(s.toks) && s.toks[e].k == kWord && (s.toks[e].cap || isDigit(s.t[s.toks[e].s])) {
		e++
	}
	if e == i {
		return -1
	}
	return e
}

// acronym reports whether w is written in capitals only ("PAC", "NAACP").
func acronym(w string) bool {
	return len(w) >= 2 && strings.ToUpper(w) == w && strings.ToLower(w) != w
}
