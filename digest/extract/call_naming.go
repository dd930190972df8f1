// What a verb of calling names without a quotation: "called him
// divisive", "calls North Carolina her home state", "called Smith's plan
// a disgrace", "called the actions lawful", and not a call made ("called
// him on Monday", "called the police").

package extract

import "strings"

// naming reports whether the verb of calling at j names its object
// without a quotation: an object pronoun and what it is called ("called
// him divisive", "call it the nerd prom", "calls himself a democratic
// socialist"), not a call made ("called him on Monday", "called it off",
// "called them back", "called it a day").
func (s *sentence) naming(j int) bool {
	o := j + 1
	if o >= len(s.toks) || s.toks[o].k != kWord {
		return false
	}
	switch lowerASCII(s.word(o)) {
	case "himself", "herself", "themselves", "itself":
		if s.has(j-1, fRelative) {
			return false // "a group that calls itself Dawn Media": the writer gives its name
		}
	case "him", "her", "them", "it", "this", "that":
	default:
		return s.namingName(o)
	}
	n := o + 1
	if n >= len(s.toks) || s.toks[n].k != kWord || s.has(n, fPrep|fSub|fClauseEnd|fRelative|fCue|fAux|fPassive) && !s.has(n, fDet) || s.verbForm(n) {
		return false // "the roll call itself was punctuated"
	}
	if l, _ := s.dateAt(n); l > 0 {
		return false // "called him Monday"
	}
	switch lowerASCII(s.word(n)) {
	case "off", "up", "back", "out", "in", "on", "over", "down", "away", "quits", "home", "and", "or", "but", "again", "later", "today", "yesterday", "tonight", "last", "this", "that", "every", "once", "twice":
		return false
	case "a":
		return !s.is(n+1, "day") && !s.is(n+1, "night") // "called it a day"
	}
	return true
}

// namingName reports whether a name at o, or a noun phrase opened by
// "the" or a possessive ("called the incident a reason to ...", "called
// Smith's plan a disgrace"), the object of a verb of calling, is followed
// by what it is called, a noun phrase opened by an article or a
// possessive ("calls North Carolina her home state", "Trump called Cruz a
// liar") or an adjective (namedAdjective), not a call made to someone
// ("called Smith on Monday", "called Smith a day later", "called Trump
// supporters to the stage", "called the meeting the following week").
func (s *sentence) namingName(o int) bool {
	if s.namedAdjective(o) {
		return true
	}
	n := o
	if s.is(o, "the") || s.is(o, "his") || s.is(o, "their") || s.is(o, "its") {
		n++ // "called the incident a reason to ...": a noun phrase named
		for n < len(s.toks) && n-o < 4 && s.toks[n].k == kWord && !s.has(n, fDet|fPronoun|fCue|fAux|fPrep|fSub|fRelative|fClauseEnd) && !s.verbForm(n) {
			n++
		}
		if n == o+1 {
			return false
		}
	} else {
		for n < len(s.toks) && n-o < 4 && s.toks[n].k == kWord && s.toks[n].cap && !s.has(n, fDet|fPronoun|fCue|fAux) {
			n++
			if possessive(s.word(n - 1)) {
				// "called Smith's plan a disgrace": the name owns the
				// noun phrase named, which runs as after "the"
				h := n
				for n < len(s.toks) && n-h < 4 && s.toks[n].k == kWord && !s.toks[n].cap && !s.has(n, fDet|fPronoun|fCue|fAux|fPrep|fSub|fRelative|fClauseEnd) && !s.verbForm(n) {
					n++
				}
				if n == h {
					return false
				}
				break
			}
		}
	}
	if n == o || n+1 >= len(s.toks) || s.toks[n].k != kWord || s.toks[n+1].k != kWord {
		return false
	}
	switch w := lowerASCII(s.word(n)); {
	case w == "a" || w == "an":
		return !s.is(n+1, "day") && !s.is(n+1, "night") && !s.is(n+1, "few") && !s.is(n+1, "lot") && !s.is(n+1, "second") && !s.is(n+1, "week") && !s.is(n+1, "month")
	case w == "the" || possessivePronoun(w): // speaker_coord.go
		return !s.has(n+1, fPrep|fCue|fAux) && !s.verbForm(n+1) && !s.is(n+1, "next") && !s.is(n+1, "following") && !s.is(n+1, "same")
	}
	return false
}

// namedAdjective reports whether the object of a verb of calling at o (a
// determiner or a name, then up to eight words, prepositions among them)
// ends its clause on an adjective that judges it: "called the actions
// lawful", "calls Clinton unqualified", "called Smith's squabble with the
// agency unusual". The adjective is known by its form (adjectiveForm),
// and a noun phrase must stand before it ("calls the dispossessed" names
// no one).
func (s *sentence) namedAdjective(o int) bool {
	if s.toks[o].k != kWord || !s.toks[o].cap && !s.has(o, fDet) || s.has(o, fCue|fAux|fSub|fRelative) {
		return false
	}
	c := o + 1
	for c < len(s.toks) && c-o <= 9 && s.toks[c].k == kWord && !s.is(c, "and") && !s.is(c, "but") && !s.is(c, "or") {
		if s.has(c, fCue|fWeakCue|fAux|fSub|fRelative|fClauseEnd|fNeg) {
			return false
		}
		c++
	}
	if c < len(s.toks) && s.toks[c].k != kStop && !s.punct(c, ",") && !s.punct(c, ";") && !s.is(c, "and") && !s.is(c, "but") {
		return false
	}
	a := c - 1
	if a <= o || s.has(a-1, fDet) || s.toks[a].cap || !adjectiveForm(lowerASCII(s.word(a))) {
		return false
	}
	for m := o + 1; m < a; m++ {
		if s.verbForm(m) && !s.has(m, fPrep) {
			return false // "called the meeting held in May illegal" is too far to read
		}
	}
	return true
}

// adjectiveForm reports whether lower-case w has a form that only
// adjectives take: "-ous", "-ful", "-less", "-ible", "-able"
// ("dangerous", "lawful", "reckless"), a negating "un-", "il-" or "ir-"
// before an adjective's ending ("unqualified", "illegal", "unusual"), or
// "anti-", "pro-", "non-" before a hyphen ("anti-gay").
func adjectiveForm(w string) bool {
	for _, p := range []string{"anti-", "pro-", "non-", "un-"} {
		if strings.HasPrefix(w, p) && len(w) > len(p)+2 {
			return true
		}
	}
	if len(w) < 6 || strings.HasSuffix(w, "table") {
		return false
	}
	for _, e := range []string{"ous", "ful", "less", "ible", "able"} {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	if !strings.HasPrefix(w, "un") && !strings.HasPrefix(w, "il") && !strings.HasPrefix(w, "ir") {
		return false
	}
	for _, e := range []string{"al", "ed", "ic", "ive", "ent", "ant", "ary", "ate"} {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}
