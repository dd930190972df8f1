// Where a speaker phrase starts and ends around a cue: the noun phrase
// before it (leftNP, with a floating quantifier or a bare plural subject),
// after it (rightNP), and after an inverted cue (invertedNP).

package extract

import (
	"strings"
	"unicode"
)

// leftNP returns the first token of the speaker phrase that ends at token k
// (inclusive), and whether there is one.
func (s *sentence) leftNP(k int) (int, bool) {
	toks := s.toks
	if k >= s.from && k > 0 && s.punct(k, ")") {
		// "Harry M. Reid (D-Nev.) said": step over the parenthesis
		for o := k - 1; o >= s.from && o > k-20 && s.toks[o].k != kQuote; o-- {
			if s.punct(o, "(") {
				if st, ok := s.leftNP(o - 1); ok {
					return st, true
				}
				break
			}
		}
		return 0, false
	}
	if k < s.from || k < 0 || toks[k].k != kWord {
		return 0, false
	}
	h := toks[k]
	if contraction(s.t[h.s:h.e]) && !equalFold(stripPossessive(s.t[h.s:h.e]), "it") && (k+1 >= len(toks) || toks[k+1].k != kWord || !strings.HasSuffix(s.word(k+1), "ing")) {
		return k, true // "he’s said", "who've called for", "they’d argued": the pronoun and its auxiliary
	}
	if h.w.f&fObject != 0 && (s.is(k-1, "to") || s.is(k-1, "with")) && (s.is(k-2, "close") || s.is(k-2, "familiar") || s.is(k-2, "privy")) && k-3 >= s.from {
		return s.leftNP(k - 2) // "a source close to him"
	}
	if (s.is(k, "close") || s.is(k, "familiar") || s.is(k, "privy")) && k-1 >= s.from && toks[k-1].k == kWord && !s.has(k-1, fDet|fPrep|fAux|fCue|fPronoun) {
		return s.leftNP(k - 1) // "people close to the campaign", "a person familiar with the talks"
	}
	if (h.w.f&fQuant != 0 || s.is(k, "another")) && (k == s.from || toks[k-1].k != kWord || toks[k-1].w.f&fDet == 0) {
		return k, true // "most said", "others argue", "Yet another said"
	}
	if isDigit(s.t[h.s]) && s.is(k-1, "in") && k-2 >= s.from && (isDigit(s.t[toks[k-2].s]) || toks[k-2].w.f&fNumber != 0) {
		// "More than six in 10 said": a share of those polled
		i := k - 2
		for i-1 >= s.from && (s.is(i-1, "than") || s.is(i-1, "more") || s.is(i-1, "nearly") || s.is(i-1, "about") || s.is(i-1, "almost") || s.is(i-1, "fewer") || s.is(i-1, "less")) {
			i--
		}
		return i, true
	}
	if isDigit(s.t[h.s]) && !strings.ContainsAny(s.word(k), "%$") && (k == s.from || s.punct(k-1, ",") || s.punct(k-1, ";") || s.punct(k-1, ":") || s.is(k-1, "least") || s.is(k-1, "than") || s.is(k-1, "only") ||
		s.is(k-1, "and") || s.is(k-1, "but") || s.is(k-1, "while")) && k+1 < len(toks) && toks[k+1].w.f&(fCue|fWeakCue|fAux) != 0 && !s.pluralNoun(k+2) {
		// "43 said the same", "at least 21,000 said", "39 have said": a
		// number of people opening a clause before the verb (not "60
		// pledged delegates")
		return k, true
	}
	if h.w.f&(fDet|fPrep|fObject|fSub|fAux) != 0 && h.w.f&(fPronoun|fRelative) == 0 || isDigit(s.t[h.s]) && !s.ageNoun(k) || possessive(s.t[h.s:h.e]) {
		return 0, false // "Editor’s note", "It's declaring", "remarks and promised"
	}
	run := k // lower-case words from run to k follow a determiner and a capital: "the Philippine coast guard"
	switch {
	case h.w.f&fPronoun != 0 && !s.is(k, "it") || h.w.f&fRelative != 0 && !h.cap:
		if h.w.f&fRelative != 0 && (s.is(k, "that") || s.is(k, "which")) && !s.punct(k-1, ",") && k > s.from && toks[k-1].k != kWord {
			return 0, false
		}
		if s.is(k, "that") && (k == s.from || toks[k-1].k != kWord || toks[k-1].w.f&(fCue|fWeakCue) != 0) {
			return 0, false
		}
		return k, true
	case s.is(k, "it"):
		return k, true
	case s.monthSurname(k):
	case h.cap && h.w.f&(fStarter|fWeekday|fMonth) != 0 && h.w.f&(fOrgHead|fRole) == 0:
		return 0, false
	case h.cap:
	case h.w.f&(fRole|fSourceNoun) != 0:
		run = s.roleModifiers(k) // "its ranking member"
	default:
		// a lower-case head needs a determiner or a capital before it
		i := k - 1
		for ; i >= s.from && i >= k-3 && toks[i].k == kWord && !toks[i].cap && toks[i].w.f&(fDet|fPrep|fCue|fAux|fNeg|fRelative|fQuestion|fPassive) == 0 && !isDigit(s.t[toks[i].s]); i-- {
		}
		if i >= s.from && toks[i].k == kWord && (isDigit(s.t[toks[i].s]) || toks[i].w.f&fNumber != 0) && i == k-1 {
			if i-1 >= s.from && s.has(i-1, fDet) && !s.has(i-1, fPronoun|fNumber) {
				return i - 1, true // "the two officials said"
			}
			if i-2 >= s.from && s.has(i-2, fDet) && !s.has(i-2, fPronoun|fNumber) && s.toks[i-1].k == kWord && !s.toks[i-1].cap && (s.toks[i-1].w.f == 0 || s.has(i-1, fAux|fMod)) {
				return i - 2, true // "the next two states", "the last three presidents"
			}
			return i, true // "26 percent said", "two officials said"
		}
		if i < s.from || toks[i].k != kWord || toks[i].w.f&fDet == 0 && !toks[i].cap {
			return s.bareSubject(k)
		}
		if i == s.from && i < k && s.pluralNoun(k) && s.openingModifier(i) {
			return i, true // "Old political hands say": a modifier capitalised only because it opens the sentence
		}
		if toks[i].w.f&fDet != 0 {
			return i, true // "the committee chairmen"
		}
		if i-1 >= s.from && s.has(i-1, fDet) && !s.has(i-1, fPronoun) && s.nounRun(i+1, k) {
			run = i + 1 // "the German central bank": not "Fiorina showed subtle hints"
		}
		if possessive(s.word(i)) && (i == 0 || toks[i-1].k != kWord || toks[i-1].w.f&fPrep == 0 && !openingPreps[lowerASCII(s.word(i-1))]) && s.nounRun(i+1, k) {
			run = i + 1 // "Ukraine's air force": the owner's name stands as a determiner does (not "Under Obama's plan employers")
		}
	}
	i := k
	for n := 0; i-1 >= s.from && n < maxNP; n++ {
		p := toks[i-1]
		if p.k != kWord {
			break
		}
		if p.w.f&fDet != 0 && !(s.is(i-1, "the") && s.roleFor(i-2, k)) {
			i--
			break
		}
		if p.cap && p.w.f&(fStarter|fWeekday) != 0 && p.w.f&(fOrgHead|fRole|fMod) == 0 && !(p.w.f&fWeekday != 0 && i-2 >= s.from && s.has(i-2, fDet)) {
			break // not "The Sunday Times": a weekday after an article is the name's (date.go reads it so too)
		}
		if p.cap || p.w.f&(fRole|fMod) != 0 || possessive(s.t[p.s:p.e]) || i-1 >= run ||
			p.w.f&fParticle != 0 && i-2 >= s.from && toks[i-2].cap && toks[i].cap ||
			s.is(i-1, "of") && i-2 >= s.from && (toks[i-2].cap || toks[i-2].w.f&fRole != 0) ||
			i-2 >= s.from && (s.orgNameLink(i-1) || s.orgNameAnd(i-1) || (s.is(i-1, "the") || s.is(i-1, "a")) && s.orgNameLink(i-2)) || // "The Center for Public Integrity" (speaker_org_name.go)
			s.is(i-1, "from") && i-2 >= s.from && toks[i-2].w.f&fRole != 0 && toks[i].cap || // "the Senator from Texas"
			s.roleFor(i-1, k) || s.is(i-1, "the") && s.roleFor(i-2, k) || // "Special Envoy for Climate John Kerry", "Envoy to the United Nations Tom Aske"
			!p.cap && p.w.f&(fPrep|fCue|fAux|fNeg|fRelative|fPronoun|fWeakCue|fPassive|fQuestion) == 0 && h.w.f&fSourceNoun != 0 && n < 3 && !h.cap || // not "why critics"
			// "DoubleLine Capital portfolio manager Bonnie Baha": a word inside a run of capitals
			!p.cap && p.w.f&(fPrep|fCue|fAux|fNeg|fRelative|fPronoun|fWeakCue|fPassive|fSub|fObject) == 0 && i-2 >= s.from && toks[i-2].k == kWord && toks[i-2].cap && toks[i-2].w.f&fStarter == 0 && toks[i].w.f&fRole != 0 &&
				!s.is(i-1, "for") { // not "Lawyers for Mayor Tom Aske": whose they are (speaker_group.go)
			i--
			continue
		}
		break
	}
	return s.pastNamedDay(i, k), true
}

// pastNamedDay returns the first token of the speaker phrase [i, k] after
// a named day that opens it after a preposition of time: "On Valentine's
// Day Sen. Mark Day said" is the senator's, the day only when he said it
// (entity_named_day.go); i when no named day opens the phrase.
func (s *sentence) pastNamedDay(i, k int) int {
	for e := i + 2; e < k && e-i <= 4; e++ {
		if namedDay(s.t, s.toks, i, e) {
			return e
		}
	}
	return i
}

// roleModifiers returns the first of one or two plain lower-case words
// between "the" or a possessive and the role or source noun at k: in a
// definite description they pick out whose role it is ("the ranking
// member", "its outgoing chairman"), where after "a" they only describe
// ("a gay activist"); k when no such determiner opens them. A past form
// is no modifier there ("the court blocked officials").
func (s *sentence) roleModifiers(k int) int {
	i := k - 1
	for ; i >= s.from && i >= k-2 && s.toks[i].k == kWord && !s.toks[i].cap && (s.toks[i].w.f&^fMod == 0 || s.compoundNoun(i) && s.has(k, fRole)); i-- { // "the police chief"
		var lb [32]byte
		if pastForm(string(lowerInto(&lb, s.word(i)))) {
			return k
		}
	}
	if i < k-1 && i >= s.from && s.toks[i].k == kWord && (s.is(i, "the") || s.is(i, "its") || s.is(i, "his") || s.is(i, "her") || s.is(i, "their") || s.is(i, "our")) {
		return i + 1
	}
	return k
}

// floatingSubject returns the last token of the subject before a
// quantifier or adverb floating after it at k, with the auxiliaries
// between: "Richards and Menendez both stressed", "Trump and Sanders have
// both argued", "the ministers all urged", "They both said", "Latino
// voters overall said", "Democrats and Republicans alike say". With
// copula, a form of "be" may stand between too, before an adjective and
// "to say": "The actors involved are all quick to point out". -1 when k
// is no such word.
func (s *sentence) floatingSubject(k int, copula bool) int {
	if !floatingWord(s, k) || k-1 < s.from {
		return -1
	}
	q := k - 1
	for q > s.from && (s.has(q, fAux) || copula && s.has(q, fPassive)) && !s.has(q, fPronoun|fQuant) {
		q--
	}
	tk := s.toks[q]
	if tk.k == kWord && (tk.cap && tk.w.f&(fStarter|fPrep|fSub) == 0 || s.pluralNoun(q) || s.is(q, "they") || s.is(q, "we") ||
		tk.w.f&(fRole|fSourceNoun) != 0 && tk.w.f&fCue == 0 || s.postnominalParticiple(q)) {
		return q
	}
	return -1
}

// floatingWord reports whether token k is a word that only stresses the
// subject it follows: "both", "all", "each", "overall", "alike", "alone".
func floatingWord(s *sentence, k int) bool {
	if k < 0 || k >= len(s.toks) || s.toks[k].k != kWord || s.toks[k].cap {
		return false
	}
	switch lowerASCII(s.word(k)) {
	case "both", "all", "each", "overall", "alike", "alone":
		return true
	}
	return false
}

// postnominalParticiple reports whether token q is a past participle
// after a plural noun that it describes: "the actors involved", "the
// voters surveyed", "those officials interviewed".
func (s *sentence) postnominalParticiple(q int) bool {
	if q-1 < s.from || s.toks[q].k != kWord || s.toks[q].cap || s.toks[q].w.f&(fCue|fWeakCue|fPassive|fAux) != 0 {
		return false
	}
	w := lowerASCII(s.word(q))
	return strings.HasSuffix(w, "ed") && len(w) > 4 && (s.pluralNoun(q-1) || s.has(q-1, fRole|fSourceNoun) && !s.has(q-1, fCue))
}

// bareSubject returns the first token of a plural common noun phrase
// without a determiner ending at token k that opens a clause: "Many days,
// former employees said, ...", "but security specialists say", "...,
// political scientists say." A plural noun right at a clause's start,
// before its verb, is its subject.
func (s *sentence) bareSubject(k int) (int, bool) {
	if !s.pluralNoun(k) {
		return 0, false
	}
	st := k
	for n := 0; n < 3 && st-1 >= s.from; n++ {
		p := s.toks[st-1]
		ok := fMod | fRole | fSourceNoun | fAudience
		if p.w.f&fMod != 0 {
			ok |= fQuoteCue // "state media": a modifier, not the verb "state"
		}
		if p.k != kWord || p.cap || p.w.f&^ok != 0 || lyAdverb(s, st-1) {
			break
		}
		st--
	}
	if st == s.from || s.punct(st-1, ",") || s.punct(st-1, ";") || s.punct(st-1, "—") || s.punct(st-1, "–") || s.toks[st-1].k == kQuote ||
		s.toks[st-1].k == kWord && !s.toks[st-1].cap && s.has(st-1, fSub|fClauseEnd|fQuestion) && !s.has(st-1, fPart) { // "That is why critics say"
		return st, true
	}
	return 0, false
}

// pluralNoun reports whether token i reads as a lower-case plural noun:
// "employees", "strategists", "people" (not "ss", "us" or "is" endings,
// nor a word the lexicon knows as anything but a speaker).
func (s *sentence) pluralNoun(i int) bool {
	if i < 0 || i >= len(s.toks) || s.toks[i].k != kWord || s.toks[i].cap || s.toks[i].w.f&^(fRole|fSourceNoun|fAudience) != 0 {
		return false
	}
	w := s.word(i)
	if w == "people" || w == "media" || w == "men" || w == "women" || w == "children" {
		return true // plurals without an s: "local media said", "two men speaking to reporters"
	}
	if s.timeNoun(i) {
		return false // "hours after Sanders said": a time, never a speaker
	}
	return len(w) >= 4 && sForm(w) &&
		strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLower(r) && r != '-' }) < 0
}

// rightNP returns the end of a speaker phrase starting at token p.
func (s *sentence) rightNP(p int) (int, bool) {
	toks := s.toks
	if p >= len(toks) || toks[p].k != kWord {
		return 0, false
	}
	if toks[p].w.f&fPronoun != 0 && toks[p].w.f&fDet == 0 {
		return p + 1, true
	}
	i := p
	det := false
	if toks[i].w.f&fDet != 0 {
		det = true
		i++
	}
	head := false
	lower := 0
	for ; i < len(toks) && i-p < maxNP; i++ {
		tk := toks[i]
		if s.punct(i, "/") && i > p && toks[i-1].cap && i+1 < len(toks) && toks[i+1].k == kWord && toks[i+1].cap && toks[i-1].e == tk.s && tk.e == toks[i+1].s {
			continue // "a Reuters/Ipsos poll", "CNN/ORC": one name
		}
		if tk.k != kWord {
			break
		}
		switch {
		case tk.cap && (tk.w.f&(fWeekday|fMonth) == 0 || tk.w.f&fOrgHead != 0):
			if tk.w.f&fStarter != 0 && tk.w.f&(fOrgHead|fRole|fMod) == 0 && !det && i == p {
				return 0, false
			}
			head = true
		case tk.w.f&(fRole|fMod|fSourceNoun) != 0 && tk.w.f&(fCue|fAux) == 0:
			head = head || tk.w.f&(fRole|fSourceNoun) != 0
		case s.is(i, "of") && i+1 < len(toks) && toks[i+1].cap && head:
		case head && s.orgNameLink(i): // "the Center for Responsive Politics" (speaker_org_name.go)
		case head && (s.is(i, "the") || s.is(i, "a")) && s.orgNameLink(i-1):
		case tk.w.f&fParticle != 0 && head && i+1 < len(toks) && toks[i+1].cap:
		case det && !tk.cap && tk.w.f&(fPrep|fCue|fWeakCue|fAux|fNeg|fRelative|fPronoun|fPassive|fDet) == 0 && lower < 3 && !s.postHead(i):
			lower++
			head = true
		default:
			goto done
		}
		if possessive(s.t[tk.s:tk.e]) && i+1 < len(toks) && toks[i+1].k == kWord {
			continue
		}
	}
done:
	if !head || i == p {
		return 0, false
	}
	return i, true
}

// topicPrep reports whether token i, in any case, is a preposition that
// opens what a verb of speech is about ("warned of", "spoke about"): after
// the verb it opens the topic, never the speaker, even in a headline's
// title case ("Warns Of Slower Growth").
func (s *sentence) topicPrep(i int) bool {
	return s.is(i, "of") || s.is(i, "about")
}

// invertedNP returns the end of the speaker phrase after an inverted cue
// ("said conservative activist Bob Klaus, who ..."): words up to a comma,
// a relative pronoun, a preposition other than "of", or the end, ending in a
// capital or a role, with a parenthesis (R-Ky.) allowed inside.
func (s *sentence) invertedNP(p int) (int, bool) {
	toks := s.toks
	if p >= len(toks) || toks[p].k != kWord || toks[p].w.f&(fPrep|fSub) != 0 && !toks[p].cap || s.topicPrep(p) {
		return 0, false // "said of the campaign", "Warns Of Slower Growth": the topic follows, no speaker here
	}
	e := s.figureLead(p) // "said 9/11 widow Terry Strada" (speaker_figure.go)
	last := -1
	for e < len(toks) && e-p < 14 {
		tk := toks[e]
		if s.punct(e, "(") {
			c := e + 1
			for c < len(toks) && c < e+8 && !s.punct(c, ")") {
				c++
			}
			if c >= len(toks) || c == e+8 {
				break
			}
			e = c + 1
			continue
		}
		if tk.k == kStop && e > p && toks[e-1].e == tk.s && tk.e-tk.s == 1 && e+1 < len(toks) && toks[e+1].k == kPunct {
			e++ // the dot of an abbreviation before a comma: "N.H.,"
			continue
		}
		if tk.k == kStop && e > p && toks[e-1].e == tk.s && toks[e-1].w.f&fAbbr != 0 && e+1 < len(toks) && toks[e+1].k == kWord {
			e++ // a title's dot inside the phrase: "said Ohio Gov. Tom Baxter"
			continue
		}
		// a capitalised word before another is a name even if it is a verb
		// elsewhere: "said Will Doyle", "said Said Jawad"
		firstName := e == p && tk.cap && e+1 < len(toks) && toks[e+1].k == kWord && toks[e+1].cap
		if s.is(e, "and") && e > p && e+1 < len(toks) && toks[e+1].cap && (toks[e-1].k == kStop || toks[e-1].w.f&fRole != 0) {
			e++ // two titles of one person: "said former Ohio Gov. and Party Chairman Tom Baxter"
			continue
		}
		if s.is(e, "as") && e > p+1 && e+1 < len(toks) && toks[e+1].cap && toks[e+1].w.f&fStarter == 0 && !toks[e-1].cap && pastParticiple(lowerASCII(s.word(e-1))) {
			e++ // "said the camp chief known as Walt"
			continue
		}
		if e > p && (s.is(e, "close") || s.is(e, "familiar") || s.is(e, "privy")) && (s.is(e+1, "to") || s.is(e+1, "with")) && e+2 < len(toks) && toks[e+2].k == kWord {
			e += 2 // "said a person close to the Clintons": the mention reads the person (speaker.go)
			continue
		}
		if s.is(e, "whose") && last >= 0 {
			break // "said a lawyer whose firm has ...": the relative is the speaker's, its verb no clause of what was said
		}
		if e > p && tk.k == kWord && !tk.cap && (finiteAux(s.word(e)) || negatedAux(s.word(e))) {
			return 0, false // "said the problem was the law": a clause with its own verb, what was said, no speaker after the cue
		}
		if r := s.relativeRun(e); r > 0 && last >= 0 {
			e, last = r, r-1 // "said one owner of a bakery that sells bread, who ..."
			break
		}
		if tk.k != kWord || tk.w.f&(fCue|fWeakCue|fPassive|fNeg|fAux) != 0 && tk.w.f&(fRole|fMod) == 0 && !firstName && !s.documentNoun(p, e) ||
			tk.w.f&(fRelative|fSub) != 0 && !tk.cap || tk.w.f&fPrep != 0 && !tk.cap && !s.is(e, "of") && !s.roleToWhat(e) && !s.orgNameLink(e) {
			break
		}
		if tk.cap || tk.w.f&(fRole|fSourceNoun|fPronoun) != 0 || toks[p].w.f&fDet != 0 && e > p {
			last = e // "the ad’s narrator", "a voice-over in the ad"
		}
		e++
	}
	if last < 0 && e == p+1 && toks[p].w.f&(fQuant|fDet) != 0 && (s.is(p, "another") || s.is(p, "one") || toks[p].w.f&fQuant != 0) {
		last = p // "tweeted another"
	}
	if last < 0 {
		return 0, false
	}
	if e > last+1 && !s.punct(last+1, "(") && !(toks[last+1].k == kStop) {
		e = last + 1
	}
	if g := s.groupPhraseEnd(last); g > e {
		e = g // "said two people familiar with the talks" (speaker_group_phrase.go)
	}
	return e, true
}

// roleToWhat reports whether "to" at e, after a role word, opens what a
// title's role is to and then a name ("said Ambassador to Russia Michael
// McFaul"): the run of capitalised words after it is read by roleForWhat.
func (s *sentence) roleToWhat(e int) bool {
	if !s.is(e, "to") || e < 1 || s.toks[e-1].w.f&fRole == 0 {
		return false
	}
	c := e + 1
	if s.is(c, "the") && !s.toks[c].cap {
		c++ // "said Ambassador to the Netherlands Ruth Hale"
	}
	for c < len(s.toks) && s.toks[c].k == kWord && s.toks[c].cap {
		c++
	}
	return roleForWhat(s.t, s.toks[e-1:c], 0) > 1
}

// roleFor reports whether "for" or "to" at e, after a role word, opens what
// a title's role is for, then the name that ends at k: "Special Envoy for
// Climate John Kerry said", "Envoy to the United Nations Tom Aske said"
// (speaker_role_of.go roleForWhat).
func (s *sentence) roleFor(e, k int) bool {
	return (s.is(e, "for") || s.is(e, "to")) && e-1 >= s.from && s.toks[e-1].w.f&fRole != 0 && roleForWhat(s.t, s.toks[e-1:k+1], 0) > 1
}

// pastParticiple reports whether lower-case w has a past participle's
// ending: "known", "identified", "chosen".
func pastParticiple(w string) bool {
	return len(w) > 3 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "wn") || strings.HasSuffix(w, "en"))
}

// relativeRun returns the end of a relative clause opened by a lower-case
// "that" or "which" at i with a verb right after it ("that sells bread
// near the dock"), when only words run from it to a comma or the
// sentence's end; 0 otherwise.
func (s *sentence) relativeRun(i int) int {
	toks := s.toks
	if !(s.is(i, "that") || s.is(i, "which")) || toks[i].cap || i+1 >= len(toks) || toks[i+1].k != kWord || toks[i+1].cap ||
		toks[i+1].w.f&(fDet|fPronoun|fSub|fPrep|fRelative|fQuant) != 0 {
		return 0
	}
	for q := i + 2; q < len(toks) && q <= i+20; q++ {
		if toks[q].k != kWord {
			if s.isEnd(q) || s.punct(q, ",") || toks[q].k == kStop {
				return q
			}
			return 0
		}
	}
	return 0
}

// nounRun reports whether the lower-case words [a, k) can modify the noun
// at k: none ends as a verb's -s or -ed form ("the PR effort comes",
// "the Senator proposed").
func (s *sentence) nounRun(a, k int) bool {
	for i := a; i < k; i++ {
		w := s.word(i)
		if strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ed") {
			return false
		}
	}
	return true
}

// ageNoun reports whether token k is an age standing for a person after
// an article: "The 45-year-old told reporters" (a number that is a noun,
// not a count of those who spoke).
func (s *sentence) ageNoun(k int) bool {
	return strings.HasSuffix(lowerASCII(s.word(k)), "-year-old") && s.has(k-1, fDet) && !s.has(k-1, fPronoun)
}

// postHead reports whether token i, a lower-case word after the head
// noun of a phrase, opens what follows the head: "close to", "familiar
// with", "privy to" ("a person close to the talks"), or a participle
// after a role or a document ("an intelligence source speaking to Fox
// News", "a newly released email relating to", "the schedule published
// Thursday").
func (s *sentence) postHead(i int) bool {
	if i < 1 || s.toks[i-1].k != kWord || s.toks[i-1].cap && s.toks[i-1].w.f&(fRole|fSourceNoun) == 0 {
		return false
	}
	if (s.is(i, "close") || s.is(i, "familiar") || s.is(i, "privy")) && (s.is(i+1, "to") || s.is(i+1, "with")) {
		return true
	}
	w := lowerASCII(s.word(i))
	return s.has(i-1, fRole|fSourceNoun) && !s.has(i-1, fMod) && len(w) > 5 && (strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed"))
}

// openingModifier reports whether token i, capitalised at the clause's
// start, is a common modifier written so only because it opens the
// sentence ("Old", "Veteran", "Longtime"): a word the lexicon knows at most
// as a modifier or a noun of people, no name, place or adverb in -ly.
func (s *sentence) openingModifier(i int) bool {
	tk := s.toks[i]
	if tk.k != kWord || !tk.cap || tk.w.f&^(fMod|fRole|fSourceNoun|fAudience) != 0 || lyAdverb(s, i) {
		return false
	}
	w := s.word(i)
	return !noLower(w) && !isPlace(w) && !knownFirstName(w) && !demonymWords[w]
}
