// An aside between a cue's comma and the reported clause: "The governor
// says, win or lose, she will run again", "said, once the bridge opens,
// fares will fall". PolNeAR marks the aside as part of what was said (it
// belongs to the reported clause: "win or lose ..., he’s staying in the
// race"), as it does "said, if elected, she would ...". An aside that tells
// when or how the words were said ("said, in a statement, the company
// would appeal", "said, on Tuesday, ...") is the saying's, and what was
// said starts after it.

package extract

import "strings"

// maxCommaAside bounds the words of an aside after a cue's comma.
const maxCommaAside = 12

// asideThenClause reports whether the comma at p, right after a cue, opens
// an aside closed by a comma that a reported clause follows: a phrase with
// no finite verb of its own ("win or lose in Tuesday’s primary", "in the
// end") or a clause of condition or time opened by a subordinator ("once
// the bridge opens", "as the season ends"), then a subject and its verb
// that are no attribution of their own ("the plan, he argued, would fail"
// is his statement). An aside that opens with a conjunction ("said, but by
// God, he is right"), a participle of the speaker ("said, referring to
// the mayor, ...") or a relative is no part of the clause after it.
func (s *sentence) asideThenClause(p int) bool {
	a := p + 1
	if !s.punct(p, ",") || a >= len(s.toks) || s.toks[a].k != kWord {
		return false
	}
	if l, _ := s.dateAt(a); s.toks[a].cap && l == 0 {
		return false // "said, Ortiz, ...": a name, not an aside
	}
	if s.has(a, fPart|fRelative|fCue|fWeakCue) || s.is(a, "and") || s.is(a, "but") || s.is(a, "or") || s.is(a, "so") ||
		s.is(a, "yet") || s.is(a, "that") || s.ingForm(a) {
		return false
	}
	sub := subordinators[lowerASCII(s.word(a))]
	if sub && a+1 < len(s.toks) && strings.HasSuffix(lowerASCII(s.word(a+1)), "ing") {
		return false // "said, before clarifying that ...": the speaker's next deed
	}
	q := a
	for ; q < len(s.toks) && q <= a+maxCommaAside; q++ {
		if s.punct(q, ",") {
			break
		}
		tk := s.toks[q]
		if tk.k == kPunct && (s.word(q) == "$" || s.word(q) == "%") {
			continue // "when she was earning $24,000 a year"
		}
		if tk.k != kWord {
			return false
		}
		if tk.w.f&(fCue|fWeakCue|fAsk) != 0 {
			return false // "said, when asked, ...": of the speaker, not of the clause
		}
		if w := lowerASCII(s.word(q)); !sub && (finiteAux(w) || subjectPronoun(w) || contraction(w)) {
			return false // a verb of its own: "said, the plan is sound, ..."
		}
	}
	if q == a || !s.punct(q, ",") || s.toks[q-1].cap && q+1 < len(s.toks) && s.toks[q+1].cap {
		return false // "with ads in the Los Angeles, Fresno and Sacramento markets": a list of names
	}
	return !s.sayingCircumstance(a, q) && s.clauseAfterAside(q)
}

// clauseAfterAside reports whether a reported clause follows the comma
// at q that closes an aside after a cue: a subject and its verb that are
// no attribution of their own and no list going on.
func (s *sentence) clauseAfterAside(q int) bool {
	clause := s.subjectVerb(q+1, 8) || s.pluralSubject(q+1) || // "fares will fall"
		q+1 < len(s.toks) && s.toks[q+1].k == kWord && contraction(s.word(q+1)) // "he’s staying"
	return clause && !s.listGoesOn(q+1) && !s.attribAhead(q+1)
}

// sayingCircumstance reports whether the aside [a, q) after a cue's comma
// tells when or how the words were said, not what they were: a date
// phrase ("said, on Tuesday, the company would appeal"), a medium after
// "by" ("by phone") or a preposition before a noun for a saying within
// its first words ("in a statement", "in an interview with the Times",
// "during a briefing"). join_frame.go's saidInOpening asks the narrower
// question of a frame's opening words in plain text: only a medium of
// saidInNouns after "in", "during" or "at".
func (s *sentence) sayingCircumstance(a, q int) bool {
	if l, _ := s.dateAt(a); l > 0 && a+l == q {
		return true
	}
	if s.byMedium(a) && q == a+2 {
		return true
	}
	if !s.is(a, "in") && !s.is(a, "during") && !s.is(a, "at") {
		return false
	}
	for i := a + 1; i < q && i <= a+4; i++ {
		if s.sayingNoun(i) {
			return true // date_event.go's nouns: "statement", "interview", "speech", "letter"
		}
	}
	return false
}

// circumstanceThenClause returns where what was said starts when the
// comma at p, right after a cue, opens an aside that tells when or how
// it was said and a reported clause follows the aside's comma ("said, in
// a statement, the company would appeal": "the company would appeal"),
// or -1.
func (s *sentence) circumstanceThenClause(p int) int {
	a := p + 1
	if !s.punct(p, ",") || a >= len(s.toks) || s.toks[a].k != kWord {
		return -1
	}
	for q := a + 1; q < len(s.toks) && q <= a+maxCommaAside; q++ {
		if s.punct(q, ",") {
			if s.sayingCircumstance(a, q) && s.clauseAfterAside(q) {
				return q + 1
			}
			return -1
		}
	}
	return -1
}

// listGoesOn reports whether "and" or "or" comes after token i before
// the first word that reads as a finite verb: "to talk to Congress, the
// public and allies abroad" goes on with a list, whose last noun in -s
// (finiteAt) is no verb.
func (s *sentence) listGoesOn(i int) bool {
	for k := i; k < len(s.toks) && k < i+maxNP+2; k++ {
		if s.toks[k].k != kWord {
			return false
		}
		if s.is(k, "and") || s.is(k, "or") {
			return true
		}
		if k > i && s.finiteAt(k) {
			return false
		}
	}
	return false
}
