// A phrase of the saying's vehicle between a verb and its infinitive:
// "promised in a 2019 interview to build 100,000 homes", "vowed in a
// speech on Friday to resign", "pledged in a statement released Friday to
// cut taxes". The phrase says where and when the promise was made; the
// infinitive after it is what was promised, as after "promised on Friday
// to" (skipAfterCue steps over the phrase as it does before "that").

package extract

// infinitiveAfterVehicle reports whether "to" at q, after the cue at j
// and the phrase of circumstance opened by the preposition at p, opens an infinitive that
// follows the saying's vehicle: the phrase ends in a noun for a saying or
// a text (dateVehicle), or in a date after one ("in an interview on
// Friday", "in a statement released Friday"), and a verb follows "to".
// A verb that only says or tells takes no infinitive for what was said:
// "said during his campaign speech to be a national delegate" names the
// speech's aim.
func (s *sentence) infinitiveAfterVehicle(j, p, q int) bool {
	if !s.is(q, "to") || plainSaying(lowerASCII(s.word(j))) || q < p+2 || !s.is(p, "in") && !s.is(p, "during") {
		return false
	}
	if q+1 >= len(s.toks) || s.toks[q+1].k != kWord || s.toks[q+1].cap || s.has(q+1, fDet|fNumber|fAudience|fObject|fPronoun|fPrep) {
		return false // "to the press", "to him": whom, not what
	}
	if isPlural(lowerASCII(s.word(q + 1))) {
		return false // "in a letter to residents": whom the text went to
	}
	for k := q + 2; k < len(s.toks) && k < q+10 && !s.punct(k, ",") && !s.punct(k, ";"); k++ {
		if s.is(k, "that") || s.toks[k].k == kQuote {
			return false // "in a memo to staff on Friday that ...": whom, then what was said
		}
	}
	for k := p + 1; k < q; k++ {
		if !s.dateVehicle(k) {
			continue
		}
		e := k + 1
		if e < q && issuedWords[lowerASCII(s.word(e))] {
			e++ // "a statement released Friday"
		}
		if e == q {
			return true
		}
		if l, _ := s.dateAt(e); l > 0 && e+l == q {
			return true
		}
	}
	return false
}

// plainSaying reports whether w, a cue in lower case, only says, tells,
// writes or adds, and so takes a clause, not an infinitive.
func plainSaying(w string) bool {
	switch w {
	case "say", "says", "said", "saying", "tell", "tells", "told", "telling", "write", "writes", "wrote", "writing", "add", "adds", "added", "adding", "state", "states", "stated", "stating":
		return true
	}
	return false
}
