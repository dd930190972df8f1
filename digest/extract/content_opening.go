// Content read before its attribution that is only the sentence's
// opening phrase: "Then, last week, Eric Lund called.", "Weighing in on
// the debate, Senator Reed agreed.", "In the same interview, however, Lund
// said ...". The phrase says when, where or how the speaker spoke, not
// what; with no verb and no quotation in it there is no statement.

package extract

import (
	"strings"

	"github.com/whosaid/whosaid/digest"
)

// openingOnly reports whether content tokens [a, b), before the
// attribution whose cue is cue, are an opening phrase and nothing else:
// they start with a preposition or a conjunction ("In the same interview,
// however"), an adverb of time ("Then, last week") or a participle in
// -ing ("Weighing in on the discussion"), and hold no finite verb and no
// quotation. "According to X" is left alone: what it credits may be a
// phrase fronted from an inverted clause ("At the heart of the trouble,
// according to X, was ...").
func (s *sentence) openingOnly(a, b int, cue digest.Span) bool {
	if a >= b || s.toks[a].k != kWord || strings.HasPrefix(strings.ToLower(s.t[cue[0]:cue[1]]), "according") {
		return false
	}
	if !(s.has(a, fPrep|fSub) && !s.is(a, "that") && !s.is(a, "and") && !s.is(a, "but") && !s.is(a, "so") || s.adverbWord(a) && s.punct(a+1, ",") || s.openingGerund(a)) {
		return false
	}
	for k := a; k < b; k++ {
		if s.toks[k].k == kQuote || (s.finiteAt(k) || s.verbAt(k)) && !s.prepObject(k) {
			return false
		}
		if s.toks[k].k == kWord && !s.toks[k].cap && k > a {
			if w := lowerASCII(s.word(k)); finiteAux(w) || irregularPast(w) {
				return false
			}
		}
	}
	return true
}

// openingGerund reports whether token a is a participle in -ing opening
// the sentence ("Weighing in", "Speaking at the rally"), not a noun in
// -thing or a name.
func (s *sentence) openingGerund(a int) bool {
	w := lowerASCII(s.word(a))
	return len(w) > 5 && strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "thing") && len(s.x.ents.byLast[s.word(a)]) == 0 && !knownFirstName(w)
}

// prepObject reports whether token k, a form in -s, is the noun a
// preposition governs, right after it or after it and a determiner ("to
// reporters", "in front of supporters", "to his donors"): a noun, not a
// finite verb with its subject. The prepositions are nounPrep's, which
// take only a noun phrase, and "to", whose infinitive never ends in -s.
func (s *sentence) prepObject(k int) bool {
	if k < 1 || !hasSuffixFold(s.word(k), "s") {
		return false
	}
	p := k - 1
	if p >= 1 && s.has(p, fDet) {
		p--
	}
	if s.toks[p].k != kWord || s.toks[p].cap && p > 0 {
		return false
	}
	w := lowerASCII(s.word(p))
	return nounPrep(w) || w == "to"
}
