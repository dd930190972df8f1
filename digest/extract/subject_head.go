// The head of a long subject: a quantity of a group speaks as the group
// ("Most of the senators at the meeting said": the senators), and a
// quantity may stand after "at least", "about", "nearly" and the like at
// the clause's start ("At least half of voters in each state say").

package extract

import "strings"

// partOfGroup reports whether token i names a part or a number of a
// group, which "of" and the group follow: "most", "half", "majorities", "a
// third", "two-thirds", "a number", "one".
func (s *sentence) partOfGroup(i int) bool {
	if i < 0 || i >= len(s.toks) || s.toks[i].k != kWord {
		return false
	}
	var lb [32]byte
	w := string(lowerInto(&lb, s.word(i)))
	switch w {
	case "most", "many", "some", "all", "none", "few", "several", "half", "majority", "majorities", "plurality",
		"third", "thirds", "quarter", "quarters", "fifth", "fifths", "number", "one", "dozens", "hundreds", "thousands":
		return true
	}
	if n := len(w); n > 7 && (w[n-7:] == "-thirds" || n > 9 && w[n-9:] == "-quarters" || w[n-7:] == "-fifths") {
		return true // "two-thirds", "three-quarters", "two-fifths"
	}
	return s.countWord(i) && !isDigit(s.t[s.toks[i].s]) // "two of the officials"
}

// quantityLead returns where a quantity phrase starting at token st
// begins once the words that bound it are read with it ("at least half",
// "about a third", "more than half", "nearly all"); st when none stand
// before it.
func (s *sentence) quantityLead(st int) int {
	if s.is(st, "least") && s.is(st-1, "at") || s.is(st, "than") && (s.is(st-1, "more") || s.is(st-1, "fewer") || s.is(st-1, "less")) {
		if st-1 >= s.from {
			return st - 1 // "least half of voters", read as one noun phrase
		}
	}
	for n := 0; n < 2 && st-1 >= s.from; n++ {
		switch {
		case s.is(st-1, "about") || s.is(st-1, "nearly") || s.is(st-1, "almost") || s.is(st-1, "roughly") || s.is(st-1, "just") || s.is(st-1, "only"):
			st--
		case s.is(st-1, "least") && s.is(st-2, "at") && st-2 >= s.from,
			s.is(st-1, "than") && (s.is(st-2, "more") || s.is(st-2, "fewer") || s.is(st-2, "less")) && st-2 >= s.from:
			st -= 2
		default:
			return st
		}
	}
	return st
}

// groupOfQuantity returns the group a quantity phrase [st, of) names after
// its "of" at token of, up to where the group's own prepositional phrase,
// participle or relative clause starts, before end: "Majorities of
// Democrats in five states" gives Democrats, "a third of the delegates"
// the delegates. ok is false when [st, of) is no quantity or no noun
// phrase follows.
func (s *sentence) groupOfQuantity(st, of, end int) (a, b int, ok bool) {
	q := of - 1
	if q < st || !s.is(of, "of") || !s.partOfGroup(q) {
		return 0, 0, false
	}
	if s.is(q, "number") && !s.is(q-1, "a") {
		return 0, 0, false // "a number of delegates", not "the number of emails": a count is no group
	}
	x := q
	if x-1 >= st && s.has(x-1, fDet) && !s.has(x-1, fPronoun) {
		x-- // "a third", "the majority"
	}
	for i := st; i < x; i++ {
		if !quantityBound(s.word(i)) && !(s.toks[i].k == kWord && s.toks[i].w.f == 0 && !s.ingForm(i) && !strings.HasSuffix(s.word(i), "ed")) { // "Large majorities of"
			return 0, 0, false // "the state’s first half of ...": no quantity of a group
		}
	}
	return s.groupRun(of+1, end)
}

// groupOfShare returns the group a share "N in M" names after the count
// M, the share [st, in) ending in a count before "in" at token in: "Nearly
// eight in 10 Democratic voters" gives Democratic voters, "Two in three
// Republicans" Republicans. ok is false when [st, in) is no count after
// words that bound it, or no noun phrase follows.
func (s *sentence) groupOfShare(st, in, end int) (a, b int, ok bool) {
	if s.is(in, "out") && s.is(in+1, "of") {
		in++ // "Three out of four parents"
		if in-2 < st || !s.countWord(in-2) || !s.countWord(in+1) || in+2 >= end {
			return 0, 0, false
		}
		return s.groupRun(in+2, end)
	}
	if !s.is(in, "in") || in-1 < st || !s.countWord(in-1) || !s.countWord(in+1) || in+2 >= end {
		return 0, 0, false
	}
	for i := st; i < in-1; i++ {
		if !quantityBound(s.word(i)) {
			return 0, 0, false
		}
	}
	return s.groupRun(in+2, end)
}

// groupRun returns the noun phrase of a group starting at token a, up to
// where its own prepositional phrase, participle or relative clause
// starts, before end.
func (s *sentence) groupRun(a, end int) (int, int, bool) {
	b := a
	for b < end && b < a+6 && s.toks[b].k == kWord {
		tk := s.toks[b]
		if tk.w.f&(fPrep|fSub|fRelative|fQuestion|fCue|fWeakCue|fAux|fNeg) != 0 && tk.w.f&fDet == 0 || b > a && s.ingForm(b) {
			break
		}
		if tk.w.f&(fPronoun|fObject) != 0 && !possessivePronoun(lowerASCII(s.word(b))) {
			return 0, 0, false // "most of them", "half of what ..."
		}
		b++
	}
	for b > a && s.has(b-1, fDet) {
		b--
	}
	if b == a {
		return 0, 0, false
	}
	return a, b, true
}

// quantityBound reports whether w is a word quantityLead reads before a
// quantity: "at least", "about", "more than".
func quantityBound(w string) bool {
	switch lowerASCII(w) {
	case "at", "least", "about", "nearly", "almost", "roughly", "just", "only", "more", "fewer", "less", "than":
		return true
	}
	return false
}

// headMention returns the speaker of a subject whose head runs from st
// to head, with the subject's span to token k: the head's noun phrase, or
// the group a quantity names ("Majorities of Democrats in five states
// going to the polls say": Democrats).
func (s *sentence) headMention(st, head, k int) mention {
	m := s.mention(st, head)
	if a, b, ok := s.groupWithin(st, head); ok {
		m = s.mention(a, b)
	} else if a, b, ok := s.groupOfQuantity(st, head, k+1); ok {
		m = s.mention(a, b)
	} else if a, b, ok := s.groupOfShare(st, head, k+1); ok {
		m = s.mention(a, b) // "About six in 10 likely voters in Ohio": likely voters
	}
	m.span = s.span(st, k+1)
	return m
}

// groupWithin returns the group a quantity names inside the noun phrase
// [st, end) that the noun phrase reader took whole: "Half of Ohio
// Republicans", "A majority of her donors".
func (s *sentence) groupWithin(st, end int) (a, b int, ok bool) {
	for o := st + 1; o < end && o <= st+4; o++ {
		if s.is(o, "of") {
			return s.groupOfQuantity(st, o, end)
		}
	}
	return 0, 0, false
}

// groupAfterPrep returns the first token of a noun phrase without a
// determiner of its own that ends at token i with a plural noun right
// after a preposition: "half of voters", "a third of registered voters",
// "voters in five states" (the noun phrase reader wants a determiner or a
// capital before a lower-case head).
func (s *sentence) groupAfterPrep(i int) (int, bool) {
	plural := s.pluralNoun(i) || s.countedNoun(i)
	if !plural && !s.modifier(i) {
		return 0, false // (a lower-case word the lexicon gives no role: "with direct knowledge of")
	}
	st := i
	for n := 0; n < 3 && st-1 > s.from && s.toks[st-1].k == kWord && !s.chainPrep(st-1); n++ {
		if s.countWord(st - 1) {
			st-- // "in six states": a count opens the phrase
			break
		}
		if !s.modifier(st-1) && !(plural && s.toks[st-1].cap && s.toks[st-1].w.f&fStarter == 0) || !plural && n > 0 {
			break
		}
		st--
	}
	if !s.chainPrep(st - 1) {
		return 0, false
	}
	return st, true
}

// countedNoun reports whether token i is a plural the lexicon also holds
// as a verb after a quotation ("states") with a number before it: "five
// states", a noun.
func (s *sentence) countedNoun(i int) bool {
	return i > 0 && i < len(s.toks) && s.toks[i].k == kWord && !s.toks[i].cap && s.has(i, fQuoteCue) && sForm(s.word(i)) && s.countWord(i-1)
}

// chainPrep reports whether token i opens a prepositional phrase that a
// subject's noun may take after it ("in", "at", "of", "for"), no
// subordinator.
func (s *sentence) chainPrep(i int) bool {
	return s.has(i, fPrep) && !s.has(i, fSub) || s.is(i, "of") || s.is(i, "for") || s.placePrep(i)
}

// placePrep reports whether token i is a preposition of place beyond the
// lexicon's fPrep: "Some residents near the river", "workers inside the
// plant", "people across the region".
func (s *sentence) placePrep(i int) bool {
	if i < 0 || i >= len(s.toks) || s.toks[i].k != kWord || s.toks[i].cap {
		return false
	}
	switch s.word(i) {
	case "near", "inside", "outside", "across", "around", "behind", "within", "along", "beside":
		return true
	}
	return false
}

// participleAt reports whether token i is a past participle opening a
// clause that describes the noun before it: "a letter obtained by the
// Ledger", "messages found on the phones".
func (s *sentence) participleAt(i int) bool {
	if i < 0 || i >= len(s.toks) || s.toks[i].k != kWord || s.toks[i].cap || s.toks[i].w.f&(fPrep|fDet|fPronoun|fAux|fSub|fRelative|fPassive|fNeg) != 0 {
		return false
	}
	w := lowerASCII(s.word(i))
	switch w {
	case "found", "held", "made", "sent", "led", "paid", "built", "kept", "heard", "brought", "bought", "caught", "won", "put",
		"told", "left", "spent", "met", "sold", "taught", "hit", "shut", "read", "hung", "understood":
		return true // irregular participles written as the past ("took", "went" are no participles)
	}
	return pastParticiple(w)
}

// joinedNames returns where names joined by "and" start when they end at
// token p's phrase inside a prepositional phrase ("for Jane Doe and Tom
// Roe"), else p.
func (s *sentence) joinedNames(p int) int {
	if !s.is(p-1, "and") || p-2 <= s.from || p >= len(s.toks) || !s.toks[p].cap {
		return p
	}
	if q, ok := s.leftNP(p - 2); ok && q < p-1 && s.toks[q].cap && s.chainPrep(q-1) {
		return q
	}
	return p
}

// joinedPhrase returns the first token of the noun phrase of a
// prepositional phrase that "and" joins to the one opening at token p-1
// ("in the city and at the state agency"), else p.
func (s *sentence) joinedPhrase(p int) int {
	if !s.is(p-2, "and") || p-3 <= s.from {
		return p
	}
	if q, ok := s.leftNP(p - 3); ok && q < p-2 && s.chainPrep(q-1) {
		return q
	}
	return p
}

// authoredBy returns the end of the author named after a document's
// participle at h and its "by" ("a report released by the Harlow
// Institute", "a memo written by the agency's lawyers"), before e: who
// wrote, released or ran the document speaks through it, not who
// obtained, saw or captured it.
func (s *sentence) authoredBy(h, e int) (int, bool) {
	if !s.is(h+1, "by") || h < 1 || !documentWords[lowerASCII(s.word(h-1))] {
		return 0, false
	}
	switch lowerASCII(s.word(h)) {
	case "released", "issued", "published", "written", "prepared", "conducted", "compiled", "produced", "authored", "signed", "sent", "posted":
	default:
		return 0, false
	}
	ae, ok := s.documentAuthor(h+1, e) // according_author.go
	if !ok {
		return 0, false
	}
	for i := h + 3; i < ae; i++ {
		if s.participleAt(i) || s.chainPrep(i) && !s.orgNameLink(i) || s.is(i, "by") {
			return i, true // "a letter written by the group and obtained by ...": the author before the next phrase (not "the Centers for Disease Control": its name)
		}
	}
	return ae, true
}

// clauseAfterComma reports whether a clause's subject may open at token
// p after ", and" or ", but": "…, but attorneys for the department said
// they would miss the deadline".
func (s *sentence) clauseAfterComma(p int) bool {
	return p-2 >= s.from && (s.is(p-1, "and") || s.is(p-1, "but")) && s.punct(p-2, ",")
}

// shareLink returns the "in" or the "out" of "out of" that links a share's
// two counts before the count at np ("eight in 10", "three out of four"),
// or 0.
func (s *sentence) shareLink(np int) int {
	switch {
	case !s.countWord(np):
		return 0
	case s.is(np-1, "in") && s.countWord(np-2):
		return np - 1
	case s.is(np-1, "of") && s.is(np-2, "out") && s.countWord(np-3):
		return np - 2
	}
	return 0
}
