package extract

import "strings"

// maxTitle bounds a title's length in tokens; a longer appositive is
// cut back to its role word and what the role is of.
const maxTitle = 12

// wholeTitle returns the title an appositive gives its person, whole: the
// noun phrase around its role word up to a relative clause, a verb or the
// end ("the chief executive of Doe Industries" -> "chief executive of Doe
// Industries", "president of the marketing association's local chapter",
// "the reporter who broke the story" -> "reporter"); "" when the phrase
// names no role, since a wrong title is worse than none.
func (s *sentence) wholeTitle(a, b int) string {
	if d := s.deedParticiple(a); d > a && d < b {
		a = d // "Ann Lee, elected mayor on Sunday,": the deed that made her one; the title is the role after it (not "a retired teacher": after an article it describes)
	}
	for a < b && s.toks[a].k == kWord && s.toks[a].w.f&fDet != 0 {
		a++
	}
	if s.companions(a) {
		return "" // "Fields, along with Post reporter Ben Terris, say": Terris's role
	}
	role, e := -1, a
	for i := a; i < b && i-a < maxTitle; i++ {
		tk := s.toks[i]
		if l, _ := s.dateAt(i); l > 0 && role >= 0 {
			break // "mayor on Sunday": when, no part of a title
		}
		owned := i > a && s.toks[i-1].k == kWord && possessive(s.word(i-1)) // "Obama's first budget director", "KTV’s “Morning Hour”"
		if tk.k != kWord {
			if tk.k == kPunct && (s.word(i) == "-" || s.word(i) == "’" || s.word(i) == "'") {
				continue
			}
			if owned && tk.k == kQuote && s.titleQuote(i) {
				e = i + 1
				continue // a show's quoted name after its outlet
			}
			break
		}
		if s.is(i, "and") && i > a && s.has(i-1, fRole) && (s.has(i+1, fRole) || s.has(i+1, fMod) && s.has(i+2, fRole)) {
			e = i + 1
			continue // "chairman and CEO of Acme", "president and chief executive": two roles joined
		}
		if !tk.cap && (tk.w.f&(fRelative|fCue|fWeakCue|fAux|fNeg|fPronoun|fSub|fPassive) != 0 && !(owned && tk.w.f&fAux != 0) || s.is(i, "whose") || s.is(i, "whom")) {
			break // "who broke the story", "whose son was killed", "said", "that"
		}
		if s.is(i, "and") && role >= 0 && (s.has(i+1, fDet) || s.has(i+1, fNumber) || s.is(i+1, "one")) {
			break // "... and one of the paper's authors": a second appositive
		}
		if role < 0 && tk.w.f&fRole != 0 && !s.is(i, "head") {
			role = i
		}
		e = i + 1
	}
	if role < 0 {
		return ""
	}
	for e > role+1 && s.toks[e-1].k == kWord && (s.toks[e-1].w.f&(fPrep|fDet) != 0 || s.is(e-1, "of")) {
		if s.has(e-1, fNumber) && s.is(e-2, "of") {
			break // "a mother of three": the number stands for its noun
		}
		e-- // never end on "of" or "the"
	}
	t := s.text(a, e)
	for _, q := range []string{",”", ",\""} {
		if strings.HasSuffix(t, q) {
			t = t[:len(t)-len(q)] + q[1:] // "“Morning Hour,”": the comma is the sentence's
		}
	}
	return t
}

// deedParticiple returns the token after a lower-case past participle
// that opens an appositive at i, maybe after an adverb in -ly ("elected
// mayor", "newly appointed director", "named chief executive in May"),
// else i. The lexicon's own words (a role, a modifier) are none.
func (s *sentence) deedParticiple(i int) int {
	p := i
	if lyAdverb(s, p) {
		p++
	}
	if p >= len(s.toks) || s.toks[p].k != kWord || s.toks[p].cap || s.toks[p].w.f&^fPassive != 0 {
		return i
	}
	var lb [32]byte
	if !pastForm(string(lowerInto(&lb, s.word(p)))) {
		return i
	}
	return p + 1
}

// companions reports whether a phrase opening at token i joins others to
// the one it follows ("along with", "together with", "alongside", "as
// well as", or a preposition of the lexicon: "with"): a role in it is
// theirs, not a title of the person before it.
func (s *sentence) companions(i int) bool {
	switch {
	case s.is(i, "along") || s.is(i, "together"):
		return s.is(i+1, "with")
	case s.is(i, "alongside"):
		return true
	case s.is(i, "as"):
		return s.is(i+1, "well") && s.is(i+2, "as")
	}
	return s.has(i, fPrep)
}
