// Reading a sentence's clauses for where a reported clause ends
// (ends.go): which clause holds the cue (the sentence's own, a
// subordinate clause opening it, or one between a subject and its verb),
// where a clause of its own starts after a comma, which words read as
// its finite verb, and what goes on with what was said (a clause of reason
// or condition after a comma, a second -ing form after "and"). Forms are read by their shape and a few word lists, not
// parsed: an auxiliary, a past form, a form in -s after its subject.

package extract

import "strings"

// subjectVerb reports whether a subject starts at i and a finite verb
// follows it within span words: "the ACLU of Ohio has", "he continued",
// "Johnson has risen". "that" opens no subject here ("and that ...": what
// was said goes on).
func (s *sentence) subjectVerb(i, span int) bool { return s.subjectThenVerb(i, span, false) }

// subjectPast is subjectVerb that also takes an irregular past as the
// verb, which finiteAt leaves out ("as Obama spoke", "as she left", "as
// the crowd left"): where a subordinator has opened the clause, a subject
// and such a word can only be its subject and verb.
func (s *sentence) subjectPast(i, span int) bool { return s.subjectThenVerb(i, span, true) }

func (s *sentence) subjectThenVerb(i, span int, irregular bool) bool {
	if i >= len(s.toks) || s.toks[i].k != kWord || s.is(i, "that") || s.is(i, "and") || s.is(i, "but") || s.is(i, "or") ||
		s.is(i, "which") || s.is(i, "who") || s.is(i, "as") {
		return false
	}
	tk := s.toks[i]
	if !tk.cap && tk.w.f&(fPronoun|fDet|fQuant) == 0 && !s.is(i, "there") {
		return false
	}
	// the words of a name count as one: "the American Civil Liberties
	// Union of Ohio has"
	for k, n := i+1, 1; k < len(s.toks) && n <= span && k <= i+maxNP; k++ {
		if s.toks[k].k != kWord {
			return false
		}
		if v := s.skipAdverb(k); s.finiteAt(v) || irregular && v < len(s.toks) && s.toks[v].k == kWord && !s.toks[v].cap && irregularPast(lowerASCII(s.word(v))) {
			return true
		}
		if !s.toks[k].cap && !(s.is(k, "of") && s.toks[k-1].cap) {
			n++
		}
	}
	return false
}

// skipAdverb returns the token after an adverb at i ("still", "quickly"),
// else i.
func (s *sentence) skipAdverb(i int) int {
	if i < len(s.toks) && s.toks[i].k == kWord && !s.toks[i].cap {
		w := lowerASCII(s.word(i))
		if len(w) > 4 && strings.HasSuffix(w, "ly") && w != "only" && w != "family" || s.has(i, fNeg) ||
			verbAdverb(w) {
			return i + 1
		}
	}
	return i
}

// finiteAt reports whether token i reads as a finite verb: an auxiliary
// or a lower-case form in -ed or -s ("has", "continued", "carves").
func (s *sentence) finiteAt(i int) bool {
	if i >= len(s.toks) || s.toks[i].k != kWord || s.toks[i].cap {
		return false
	}
	w := lowerASCII(s.word(i))
	return finiteAux(w) || len(w) > 3 && (strings.HasSuffix(w, "ed") || sForm(w))
}

// finiteAux reports whether w is an auxiliary or modal that makes a verb
// phrase finite ("is", "has", "could", "did").
func finiteAux(w string) bool {
	switch w {
	case "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "cannot", "could", "should", "may", "might", "must", "did", "does", "do":
		return true
	}
	return false
}

// negatedFiniteAt reports whether token i is a finite auxiliary that
// carries its own "not" ("cannot", "can't", "won’t"): the clause's verb,
// though skipAdverb steps over it as a negation ("the city cannot wait").
func (s *sentence) negatedFiniteAt(i int) bool {
	if i >= len(s.toks) || s.toks[i].k != kWord || s.toks[i].cap {
		return false
	}
	w := lowerASCII(s.word(i))
	return w == "cannot" || negatedAux(w)
}

// negatedAux reports whether w is an auxiliary with "not" run into it:
// "isn't", "won’t", "doesn't".
func negatedAux(w string) bool {
	return strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t")
}

// sForm reports whether lower-case w ends like a verb's third-person -s
// form and not like "-ss", "-us" or "-is" ("carves", not "class", "bonus",
// "crisis"); callers check its length. It is the package's one test of a
// word in -s: presentForm (coord.go) asks it of a lower-case token,
// presentS (ends_tense.go) leaves out "was" and adverbs in -s, pluralNoun
// (speaker_np.go) and barePlural (content_remark.go) ask it of a noun
// the lexicon gives no function word's part. (The digest package keeps a
// copy in its own pluralNoun: it cannot import this one.)
func sForm(w string) bool {
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is")
}

// How the clause that holds a cue sits in its sentence (cueClause).
const (
	clauseMain     = iota // the sentence's own clause, or one not told apart
	clauseOpening         // a subordinate clause opening the sentence: its main clause comes after a comma
	clauseEmbedded        // a clause between a subject and its verb: the verb comes after a comma
)

// cueClause tells where the clause of the cue before content token a sits:
// the stretch of words back to the last punctuation is that clause, and
// it is subordinate when it opens with a subordinating conjunction ("When
// Trump said ...", "However, while the committee says ...", "Now that
// Jones has claimed ...") or opens the sentence with a preposition and
// holds a relative or a subordinator ("Among those who said ...", "In a
// year in which most voters say ..."). After a comma that follows a
// subject, a relative or a subordinate clause stands between the subject
// and its verb ("Lee, though she praised the plan and said ..., voted
// against it", "Roffman, who estimates that ..., described ...").
func (s *sentence) cueClause(a int) int {
	if a < 2 || a > len(s.toks) || s.toks[a-1].k != kWord {
		return clauseMain // "As Lee noted, ...": what was said is the main clause
	}
	st := a - 1
	for st > 0 && a-st < 30 && s.toks[st-1].k == kWord {
		st--
	}
	if st > 0 && s.toks[st-1].k == kWord {
		return clauseMain
	}
	k := st
	for s.sentenceLink(k) || s.is(k, "even") || s.is(k, "just") || s.is(k, "only") {
		k++
	}
	if s.is(k, "now") && s.is(k+1, "that") {
		k++ // "Now that ..."
	}
	var lb [32]byte
	sub := k < a-1 && subordinators[string(lowerInto(&lb, s.word(k)))]
	// the sentence opens here, or after one to three words and a comma ("However, while ...")
	opening := st == 0
	if !opening && st >= 2 && st <= 4 && s.punct(st-1, ",") && s.toks[0].cap {
		opening = true
		for j := 0; j < st-1; j++ {
			if s.toks[j].k != kWord {
				opening = false
			}
		}
	}
	if opening && sub {
		return clauseOpening
	}
	if opening && (s.has(k, fPrep) || openingPreps[string(lowerInto(&lb, s.word(k)))]) {
		for j := k + 1; j < a-1; j++ {
			w := string(lowerInto(&lb, s.word(j)))
			if w == "who" || w == "which" || w == "whom" || w == "whose" || subordinators[w] && w != "as" {
				return clauseOpening // "Among those who said ...", "In the months since announcing ..."
			}
		}
	}
	if st >= 2 && s.punct(st-1, ",") && s.toks[st-2].k == kWord && (sub || s.is(k, "who") || s.is(k, "which")) {
		return clauseEmbedded
	}
	return clauseMain
}

// spliceClause reports whether a clause of its own starts at i after a
// comma, its subject no list ("39 have said", "a charge that leaders
// denied"; not "Hispanic and young voters who came").
func (s *sentence) spliceClause(i int) bool {
	if i < len(s.toks) && s.toks[i].k == kWord && isDigit(s.t[s.toks[i].s]) {
		return s.verbAt(s.skipAdverb(i + 1)) // "39 have said"
	}
	if !s.subjectVerb(i, 3) {
		return false
	}
	for k := i + 1; k < len(s.toks) && k <= i+maxNP; k++ {
		if s.is(k, "and") || s.is(k, "or") {
			return false
		}
		if s.finiteAt(s.skipAdverb(k)) {
			return true
		}
	}
	return false
}

// clauseBefore reports whether tokens [a, e) read as a clause of their
// own, not a phrase that opens one ("by the end of the month,", "despite
// the limits,"): they open with no preposition or subordinator and hold
// a verb.
func (s *sentence) clauseBefore(a, e int) bool {
	for k := e - 1; k > a; k-- {
		if s.toks[k].k != kWord && !s.currencySign(k) || s.is(k, "that") || s.is(k, "and") || s.is(k, "but") { // "$5 spent on a room": the sign is its amount's
			a = k + 1 // the last clause: "..., and in addition to a meeting,"
			break
		}
	}
	if a >= e || s.toks[a].k != kWord || s.has(a, fPrep|fQuestion) || subordinators[lowerASCII(s.word(a))] || openingPreps[lowerASCII(s.word(a))] {
		return false
	}
	if w := lowerASCII(s.word(a)); strings.HasSuffix(w, "ly") || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed") {
		return false
	}
	if s.has(a, fPronoun) && a+1 < e && !s.toks[a+1].cap {
		return true // "they support Clinton"
	}
	for k := a + 1; k < e; k++ {
		if s.verbAt(k) {
			return true
		}
	}
	return false
}

// objectContent reports whether content tokens [a, e) are the cue's
// object or an infinitive, not a clause: no "that", subject pronoun or
// quotation opens them and they hold no finite verb ("self-defense",
// "to keep abortion legal", "Sanders of being inactive").
func (s *sentence) objectContent(a, e int) bool {
	if a >= e || s.toks[a].k != kWord || s.is(a, "that") || s.has(a, fPronoun|fQuestion) || s.punct(a-1, ":") || s.is(a-1, "that") {
		return false
	}
	return !s.hasQuote(a, e) && !s.hasVerb(a, e)
}

// hasVerb reports whether tokens [a, e) hold a finite verb: an auxiliary,
// a past form, a negated auxiliary, or a form in -s after its subject
// ("Clinton wants"; not the plural in "new bus lanes").
func (s *sentence) hasVerb(a, e int) bool {
	for k := a; k < e; k++ {
		if s.toks[k].k != kWord || s.toks[k].cap || !s.verbAt(k) {
			continue
		}
		if w := lowerASCII(s.word(k)); strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "'s") && !finiteAux(w) && k > a && (!s.toks[k-1].cap && !s.has(k-1, fPronoun) || isArticle(s.word(k-1))) {
			continue // a plural, not a verb: "two rumors", "The rumors"
		}
		return true
	}
	return false
}

// nextDeed reports whether "and" at i, after content tokens [a, i) that
// are a cue's object or an infinitive, goes on with a verb phrase of its
// own: the subject's next deed, not more of what was said ("claimed
// self-defense and was acquitted", "pledging further reform and trying to
// connect"; contentEnd, and the models' room in learn.go).
func (s *sentence) nextDeed(a, i int) bool {
	return s.is(i, "and") && s.objectContent(a, i) && s.deedAt(i+1)
}

// deedAt reports whether a verb phrase of its own starts at i: an
// auxiliary ("was acquitted", "has repeatedly characterized"), a past
// form with its object ("defended Trump", "spiked it") or a participle
// with its object ("making his pitch"); not an adjective ("tired and
// frustrated voters").
func (s *sentence) deedAt(i int) bool {
	if i+1 >= len(s.toks) || s.toks[i].k != kWord || s.toks[i].cap {
		return false
	}
	if s.auxAt(i) {
		return true
	}
	n := s.toks[i+1]
	object := n.k == kQuote || n.k == kWord && (n.cap || n.w.f&(fPronoun|fDet|fObject) != 0 || s.gerundAt(i+1))
	w := lowerASCII(s.word(i))
	return object && pastForm(w) || s.ingForm(i)
}

// gerundAt reports whether token i is a lower-case form in -ing that a
// past form may take as its object ("proposed raising taxes", "suggested
// cutting it").
func (s *sentence) gerundAt(i int) bool {
	if s.toks[i].k != kWord || s.toks[i].cap {
		return false
	}
	w := lowerASCII(s.word(i))
	return len(w) > 5 && strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "thing")
}

// auxAt reports whether token i is an auxiliary verb (deedAt's first
// kind), which after "and" may go on with the reported clause's subject ("was “a gift” and would
// cost millions"). Not finiteAux's modals: "and could" or "and must"
// after an object reads as what was said going on, not as a deed (with
// them, train CV lost 9 correct statements).
func (s *sentence) auxAt(i int) bool {
	switch lowerASCII(s.word(i)) {
	case "has", "have", "had", "was", "were", "is", "are", "will", "would":
		return true
	}
	return false
}

// subordinateIn reports whether tokens [a, e) hold a subordinator, whose
// clause a comma may close before the main clause goes on.
func (s *sentence) subordinateIn(a, e int) bool {
	for k := a; k < e; k++ {
		if s.toks[k].k == kWord && (subordinators[lowerASCII(s.word(k))] || s.has(k, fQuestion) || s.is(k, "however") || s.is(k, "given") || s.is(k, "even")) {
			return true
		}
	}
	return false
}

// mainClause reports whether a main clause starts at i: a subject, then
// within a few words a verb ("the council voted", "most in both states
// supported", "employee benefits aren't").
func (s *sentence) mainClause(i int) bool {
	if s.is(i, "even") && !s.has(i+1, fSub|fClauseEnd|fPrep) && !s.is(i+1, "so") {
		i++ // "..., even some allies questioned ..."
	}
	if s.subjectVerb(i, 5) {
		return true
	}
	if i >= len(s.toks) || s.toks[i].k != kWord || s.has(i, fPrep|fSub|fRelative|fClauseEnd) || s.is(i, "and") || s.is(i, "or") {
		return false
	}
	if w := lowerASCII(s.word(i)); strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ly") {
		return false
	}
	for k := i + 1; k < len(s.toks) && k <= i+6; k++ {
		if s.toks[k].k != kWord || s.has(k, fSub|fRelative) {
			return false
		}
		if s.verbAt(s.skipAdverb(k)) || s.negatedFiniteAt(k) {
			return true
		}
	}
	return false
}

// verbAt reports whether token i reads as a finite verb: finiteAt's forms,
// a past form of its own ("said", "put") or a negated auxiliary ("aren't").
func (s *sentence) verbAt(i int) bool {
	if s.finiteAt(i) {
		return true
	}
	if i >= len(s.toks) || s.toks[i].k != kWord || s.toks[i].cap {
		return false
	}
	w := lowerASCII(s.word(i))
	return irregularPast(w) || negatedAux(w)
}

// cueInRelative reports whether the cue before content token a sits in a
// relative clause: "Sanders, who said ...", "who has long said ...".
func (s *sentence) cueInRelative(a int) bool {
	for k := a - 1; k >= 0 && k >= a-6; k-- {
		if s.is(k, "who") || s.is(k, "which") {
			return true
		}
		if s.toks[k].k != kWord {
			return false
		}
	}
	return false
}

// cueInOpening reports whether the cue before content token a sits in a
// subordinate clause that opens the sentence: "While the president said
// ...", "Even as he said ...", with no comma before it.
func (s *sentence) cueInOpening(a int) bool {
	if len(s.toks) == 0 || s.toks[0].k != kWord || !s.toks[0].cap {
		return false
	}
	f := 0
	if s.sentenceLink(0) {
		f = 1 // "But while ..."
	}
	var lb [32]byte
	switch w := string(lowerInto(&lb, s.word(f))); {
	case subordinators[w]:
	case w == "even":
		if !s.is(f+1, "though") && !s.is(f+1, "as") && !s.is(f+1, "if") && !s.is(f+1, "after") && !s.is(f+1, "when") && !s.is(f+1, "before") {
			return false
		}
	default:
		return false
	}
	for k := f + 1; k < a; k++ {
		if s.toks[k].k != kWord {
			return false
		}
	}
	return true
}

// ownAdverbial reports whether the word at i, after a comma, opens a
// clause of reason or condition that belongs to the reported clause before
// it: "said the plan was futile, because the records are gone", "warned
// that rates would rise, if growth holds". Train's annotations keep such a
// clause inside what was said 110 times in 112 (", because" 68 in 69, ",
// if" 42 in 43).
func (s *sentence) ownAdverbial(i int) bool {
	return s.is(i, "because") || s.is(i, "if")
}

// gerundPair reports whether an -ing form after "and" at i pairs with an
// earlier one in content tokens [p, i) that a preposition or a form of "be"
// governs: "the only way to stop him from becoming the nominee and winning
// the election", "accused him of catering to donors and failing to act",
// "had been ridiculing and engaging in attacks". The second form is the
// first one's partner, not the subject's next deed.
func (s *sentence) gerundPair(p, i int) bool {
	for k := i - 1; k > p; k-- {
		if s.toks[k].k != kWord {
			if s.punct(k, ",") || s.toks[k].k == kQuote {
				continue
			}
			return false
		}
		w := lowerASCII(s.word(k))
		if !(len(w) > 5 && strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "thing")) {
			continue
		}
		switch lowerASCII(s.word(k - 1)) {
		case "of", "from", "by", "about", "for", "like", "without", "in", "on", "at", "after", "before", "into", "against", "through",
			"is", "are", "was", "were", "be", "been":
			return true
		}
	}
	return false
}
