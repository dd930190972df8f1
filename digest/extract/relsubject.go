// A verb of speech in a relative clause that is part of the sentence's
// subject: "Republicans who agree that the prison should close were
// irritated ...", "The hacker whose posts first revealed that the account
// existed pleaded guilty ...". What was said is the relative's object
// clause; the sentence's own verb comes after it with no comma to mark
// where it starts, and it and what follows are the writer's.

package extract

// relativeSubjectEnd returns where content tokens [a, b), after the cue at
// token j, give way to the verb of the sentence whose subject holds the
// cue's relative clause, else b. The sentence must open with a noun
// phrase and a relative pronoun ("who", "that", "whose") with no
// punctuation up to the cue; the reported clause's own finite verb must
// come first, and the sentence's verb is a finite verb after it that
// follows a word of the clause (not a form in -s, which may be a plural,
// nor a participle before "by": "oil fields seized by rebels";
// no pronoun, auxiliary, conjunction or
// relative, no "be" or adverb: "the man who shot him was", "while she
// was", "should be closed" are inside).
func (s *sentence) relativeSubjectEnd(j, a, b int) int {
	rel := -1
	for k := j - 1; k >= 0; k-- {
		if s.toks[k].k != kWord {
			return b
		}
		if s.is(k, "who") || s.is(k, "whose") || s.is(k, "that") && k < j-1 {
			rel = k
			break
		}
	}
	contact := false
	if rel < 0 {
		rel = s.contactRelative(j, a) // "The rumors Lee said were false spread online": no pronoun
		contact = rel > 0
	}
	if rel < 1 || s.hasVerb(0, rel) || s.has(0, fSub|fPrep) || s.is(0, "and") || s.is(0, "but") {
		return b
	}
	c := a
	if s.is(c, "that") {
		c++
	}
	named := s.toks[c].k == kQuote && s.has(j, fCall) && (contact || s.gapRelative(j-1) == rel) // "the voters that Lee called “deplorable”"
	if !s.subjectVerb(c, 5) && !((contact || s.gapRelative(j-1) == rel) && s.verbAt(s.skipAdverb(c))) && !named {
		return b // "a woman who accused the senator of lying said ...": no clause, no verb of its own
	}
	first := -1
	for k := a; k < b; k++ {
		tk := s.toks[k]
		if tk.k != kWord {
			if tk.k == kQuote {
				if first < 0 && k == a && named {
					first = k - 1 // "the voters that Lee called “deplorable” turned out": the name is the clause's, a verb after it the sentence's
				}
				continue
			}
			return b // a comma or a dash: the clauses are marked (ends.go)
		}
		if first < 0 {
			if s.verbAt(k) {
				first = k
			}
			continue
		}
		if first == a-1 && k == a+1 && s.verbAt(k) && !s.plainS(k) && !s.is(k+1, "by") {
			return k // the name called, then the sentence's verb
		}
		if k > first+1 && s.verbAt(k) && !s.plainS(k) && !s.is(k+1, "by") && !s.toks[k-1].cap && s.toks[k-1].k == kWord &&
			!s.has(k-1, fPronoun|fAux|fSub|fRelative|fNeg) && !s.is(k-1, "that") && !s.is(k-1, "and") && !s.is(k-1, "or") && !s.is(k-1, "but") &&
			!s.is(k-1, "be") && !s.is(k-1, "been") && !s.is(k-1, "being") && s.skipAdverb(k-1) == k-1 {
			return k
		}
	}
	return b
}

// plainS reports whether token i is a form in -s that is no auxiliary:
// a verb ("pleads") or a plural ("fields"), which the shape does not tell
// apart.
func (s *sentence) plainS(i int) bool {
	w := lowerASCII(s.word(i))
	return sForm(w) && !finiteAux(w)
}

// contactRelative returns the last token of the noun phrase that opens
// the sentence when a relative clause with no pronoun follows it, its
// subject a name, a pronoun or a noun phrase before the cue at j and its
// gap the subject of what was said, which opens with a verb at a ("The
// rumors [Lee said were false] spread online") or the object a call
// names ("The tariffs [the minister called “unfair”] took effect"). -1
// otherwise.
func (s *sentence) contactRelative(j, a int) int {
	np, ok := s.leftNP(j - 1)
	if !ok || np < 2 || np >= j || a >= len(s.toks) || !(s.toks[np].cap || s.has(np, fDet) && !s.has(np, fPronoun) || subjectPronoun(s.word(np))) ||
		!s.verbAt(s.skipAdverb(a)) && !(s.toks[a].k == kQuote && s.has(j, fCall)) { // (the name a call gives: "The tariffs the minister called “unfair” took effect")
		return -1
	}
	h := np - 1
	if s.toks[h].k != kWord || s.toks[h].cap || !(s.pluralNoun(h) || s.nounAfterDeterminer(h)) || s.hasVerb(0, np) {
		return -1
	}
	for i := 0; i < np; i++ {
		if s.toks[i].k != kWord {
			return -1
		}
	}
	return h
}
