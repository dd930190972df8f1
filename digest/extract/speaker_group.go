// "Analysts at Brightwater Securities said", "Officials at the Port
// Authority said", "Lawyers for the county argued": a plural group noun
// with a body after "at", "for", "from", "to" or "with" is that body's people.
// The noun alone ("Analysts") tells a reader nothing; the body is what
// says whose analysts they are. Officials, executives and the like speak
// for their body, as "Port Authority officials" does (bodyOfVoices); other
// groups keep the phrase whole ("Analysts at Brightwater Securities"), since
// a bank's analysts are not the bank.

// After "for" and "with" the body is whose the group is ("Lawyers for the
// county", "volunteers with the Red Cross"); after "at", "from" and "to" it
// may be only where they are ("Hikers at Cape Warns", "visitors to the
// park"), so there the noun must name people by their work ("Aides to Sen.
// Vera Lund": memberNoun).

package extract

import "strings"

// groupOfBody returns the speaker mention for the subject [st, head) whose
// preposition at head (the only one) is followed by the phrase body,
// ending at token k, and whether the subject is such a group.
func (s *sentence) groupOfBody(st, head, k int, body mention) (mention, bool) {
	if body.kind == mPronoun || len(body.members) > 0 || head-1 < st {
		return mention{}, false
	}
	if !(s.is(head, "at") || s.is(head, "for") || s.is(head, "from") || s.is(head, "with") || s.is(head, "to")) || s.toks[head].cap {
		return mention{}, false
	}
	n := head - 1
	if s.toks[n].k != kWord || !isPlural(s.word(n)) || s.toks[n].cap && n != s.from {
		return mention{}, false // "Delegates at the convention", not "the Smiths at Acme"
	}
	for i := st; i < n; i++ {
		if s.toks[i].cap && i != s.from {
			return mention{}, false // "Acme analysts at the fair": a name of its own
		}
	}
	if !s.is(head, "for") && !s.is(head, "with") && !s.memberNoun(n) {
		return mention{}, false // "Hikers at Cape Warns": where they were, not whose they are
	}
	if bodyVoices[lowerASCII(s.word(n))] && body.kind == mOrg && !isPlace(body.name) {
		body.span = s.span(st, k+1)
		return body, true
	}
	return mention{span: s.span(st, k+1), kind: mNoun, text: s.textNoDet(st, k+1)}, true
}

// memberNoun reports whether the plural noun at i names people by their
// work or office ("analysts", "economists", "officials", "lawyers"): a
// role or a source noun of the lexicon, in the plural or its singular.
func (s *sentence) memberNoun(i int) bool {
	if s.has(i, fRole|fSourceNoun) {
		return true
	}
	var lb [32]byte
	w := string(lowerInto(&lb, s.word(i))) // lowered on the stack: no copy of a capitalised word
	var buf [64]byte
	if len(w) > 4 && strings.HasSuffix(w, "ies") && look(w[:len(w)-3]+"y", &buf).f&(fRole|fSourceNoun) != 0 {
		return true // "deputies", "secretaries"
	}
	return len(w) > 3 && look(w[:len(w)-1], &buf).f&(fRole|fSourceNoun) != 0
}
