// The subject of a clause that a noun phrase before it holds: "less than
// half of what researchers say they need", "less credit than aides say
// he deserves", "something Sanders aides argue is unfair". The phrase
// leftNP reads back from the verb runs past where the verb's own subject
// starts; the words before it are the object of the sentence around it,
// and cannot speak.

package extract

import "strings"

// innerSubject returns where the subject of the verb after token k
// starts, given the phrase leftNP found from np: after a free relative
// "what" or a comparison's "than" ("half of what researchers", "less
// credit than aides"), after an indefinite pronoun, which takes no noun
// after it ("something Sanders aides"), and at a determiner after a
// noun, which opens a noun phrase of its own ("an arrangement the
// Sanders campaign has criticized"). np itself when none is inside.
func (s *sentence) innerSubject(np, k int) int {
	if s.toks[k].k != kWord {
		return np // "Chris Murphy (mistaken for a junior staffer) says": the parenthesis is an aside
	}
	for i := k - 1; i >= np; i-- {
		tk := s.toks[i]
		if tk.k != kWord {
			return np
		}
		switch {
		case s.is(i, "what") || s.is(i, "than"),
			s.is(i, "something") || s.is(i, "anything") || s.is(i, "everything") || s.is(i, "nothing"):
			return i + 1
		case i > np && s.has(i, fDet) && !s.has(i, fPronoun|fQuant|fNumber) && s.toks[i-1].k == kWord && !s.toks[i-1].cap &&
			s.toks[i-1].w.f&^(fRole|fSourceNoun|fOrgHead) == 0 && !possessive(s.word(i-1)):
			return i
		}
	}
	return np
}

// antecedentStart returns where the noun phrase a relative pronoun after
// token k speaks for starts, given the phrase leftNP found from np: after
// a preposition, an adverb in -ly or a verb in -ed or -ing inside it
// ("consternation among Republican leaders, who had hoped", "President
// Obama rebuked critics who say", "echoing security experts who say"): the
// preposition's or the verb's object is the relative's antecedent, not
// the clause around it. A participle before the noun goes with the clause
// ("retired generals, who" is "generals").
func (s *sentence) antecedentStart(np, k int) int {
	for i := k - 1; i >= np; i-- {
		tk := s.toks[i]
		if tk.k != kWord || tk.cap {
			continue
		}
		w := s.word(i)
		if (s.has(i, fPrep) || s.is(i, "among") || s.is(i, "about")) && !isDigit(s.t[s.toks[i+1].s]) || tk.w.f == 0 && len(w) > 4 && (strings.HasSuffix(w, "ly") || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing")) {
			return i + 1
		}
	}
	return np
}
