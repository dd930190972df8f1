// Subjects longer than a noun phrase before their verb: a share of those
// polled ("42% say", "75 percent of Democrats said"), a relative clause
// ("Republicans who voted for Trump said"), prepositional phrases ("Some
// delegates at the convention in Philadelphia said").

package extract

import "strings"

// shareBefore returns the first token of a share of people ending at
// token k: "42%", "47 percent", "75 percent of Democrats", "about half of
// voters", at the start of a clause.
func (s *sentence) shareBefore(k int) (int, bool) {
	e := k
	if np, ok := s.leftNP(k); ok && s.percentAt(np) {
		e = np // "55 percent of all voters" read as one noun phrase
	} else if ok && np+1 < k && s.is(np+1, "percent") && s.percentAt(np+1) {
		e = np + 1 // "72 percent of voters" with the number
	} else if ok && s.is(np-1, "of") && np-2 >= s.from {
		e = np - 2 // "75 percent of Democrats"
	}
	st := -1
	switch {
	case s.percentAt(e):
		st = e
		if s.toks[e].k != kWord || s.is(e, "percent") {
			st = e - 1 // "47 percent", "42 %"
		}
	case s.is(e-1, "in") && s.countWord(e) && s.countWord(e-2):
		st = e - 2 // "one in four", "Two in three"
	case s.is(e, "half") || s.is(e, "third") || s.is(e, "quarter") || s.is(e, "majority") || s.is(e, "plurality"):
		st = e
		if s.has(st-1, fDet|fNumber) && !s.has(st-1, fPronoun) {
			st-- // "a third", "one quarter", "a majority"
		}
	default:
		return 0, false
	}
	if st < s.from {
		return 0, false
	}
	for st-1 >= s.from && (s.is(st-1, "about") || s.is(st-1, "nearly") || s.is(st-1, "almost") || s.is(st-1, "roughly") || s.is(st-1, "just") || s.is(st-1, "only") || s.is(st-1, "some") ||
		s.is(st-1, "than") && (s.is(st-2, "more") || s.is(st-2, "fewer") || s.is(st-2, "less")) ||
		s.is(st-1, "as") && s.is(st-2, "many") && s.is(st-3, "as") || s.is(st-1, "least") && s.is(st-2, "at")) {
		st--
		if s.is(st, "than") || s.is(st, "least") {
			st--
		} else if s.is(st, "as") && s.is(st-1, "many") {
			st -= 2 // "as many as 30 percent"
		}
	}
	if !(s.subjectOpens(st) || s.punct(st-1, ":") || s.punct(st-1, ";") || s.is(st-1, "that") || s.pollVerb(st-1)) {
		return 0, false
	}
	return st, true
}

// quantityAt reports whether a quantity starts at token i: a number in
// digits or words, "half", "a third" ("said about half of the costs ...":
// about is "nearly" there, not the topic).
func (s *sentence) quantityAt(i int) bool {
	if i >= len(s.toks) || s.toks[i].k != kWord && !s.punct(i, "$") {
		return false
	}
	if s.countWord(i) || s.punct(i, "$") || s.is(i, "half") || s.is(i, "twice") || s.is(i, "dozens") {
		return true
	}
	return (s.is(i, "a") || s.is(i, "one")) && (s.is(i+1, "third") || s.is(i+1, "quarter") || s.is(i+1, "fifth") || s.is(i+1, "dozen") || s.is(i+1, "half"))
}

// countWord reports whether token i is a number, in digits or in words.
func (s *sentence) countWord(i int) bool {
	return i >= 0 && i < len(s.toks) && s.toks[i].k == kWord && (isDigit(s.t[s.toks[i].s]) || s.toks[i].w.f&fNumber != 0 || s.is(i, "one"))
}

// percentAt reports whether token i is "percent" after a number, or a
// number with a percent sign.
func (s *sentence) percentAt(i int) bool {
	if i < 0 || i >= len(s.toks) {
		return false
	}
	w := s.word(i)
	switch {
	case s.toks[i].k == kWord && isDigit(w[0]) && w[len(w)-1] == '%':
		return true
	case s.is(i, "percent"):
		return i > 0 && s.toks[i-1].k == kWord && isDigit(s.t[s.toks[i-1].s])
	case w == "%":
		return i > 0 && isDigit(s.t[s.toks[i-1].s])
	}
	return false
}

// subjectBeforeRelative returns the subject of a verb after token k when
// a relative clause without commas ends at k: the noun phrase from np to
// head, the relative pronoun or the first preposition ("Republicans who
// voted for Trump", "Democrats in Iowa who watched"), which starts a
// clause.
func (s *sentence) subjectBeforeRelative(k int) (np, head int, ok bool) {
	if s.is(k, "who") {
		return 0, 0, false // "..., a Clinton endorser whose district ... but who suggested": the relative's own verb
	}
	if st, rel, ok := s.relativeClauseSubject(k); ok {
		return st, rel, true // "The senator who argued that the law was unfair said" (cue_relative_clause.go)
	}
	for r := k; r > s.from && r >= k-12; r-- {
		tk := s.toks[r]
		if tk.k != kWord || tk.w.f&(fCue|fWeakCue) != 0 && tk.w.f&fPart == 0 && !(r < k && s.is(r-1, "who") && s.quantWho(r-1)) && !(r < k && s.relativeBeforeMain(r, k)) && !s.nounAfterArticle(r) {
			return 0, 0, false // (not "Many who know the mayor say": the relative's own verb; "The aide who wrote the memo said" and "who reported the claims said" go on, cue_relative_main.go)
		}
		if r < k && r-1 >= s.from && s.reducedRelative(r) {
			// "Democrats trying to regain control of the Senate say": a
			// participle's clause after the subject
			st, ok := s.leftNP(r - 1)
			if g, ok2 := s.groupAfterPrep(r - 1); ok2 && (!ok || g < st || s.is(st, "of")) {
				st, ok = g, true // "in six states going to the polls" (subject_head.go)
			}
			if !ok || st >= r || s.has(st, fPronoun) {
				return 0, 0, false
			}
			if s.subjectOpens(st) {
				return st, r, true
			}
			if p, h, ok := s.subjectBeforePreps(st); ok {
				return p, h, true // "Majorities of Democrats in five states going to the polls say"
			}
			return 0, 0, false
		}
		if r == k || !(s.is(r, "who") || s.is(r, "that") || s.is(r, "whose")) {
			continue
		}
		if s.is(r-1, "and") && s.is(r, "who") {
			continue // "Another Muslim who worshiped there and who did not want to be named said": the first relative
		}
		if np, ok := s.leftNP(k); ok && np == r+1 && np <= k && (s.toks[np].cap || s.has(np, fDet|fRole|fSourceNoun) && !s.has(np, fRelative) || subjectPronoun(s.word(np)) ||
			np < k && s.has(k, fRole|fSourceNoun) && !s.has(k, fCue)) { // ("results that outside experts called")
			return 0, 0, false // "the plan that Mayor Lee said", "Reports that Lee said": the clause's own subject and verb (object_gap.go)
		}
		h := s.toks[r-1]
		// "others who want to ban abortion": a quantity heads the subject
		// ("Those who saw the crash" too: its span keeps the relative, and
		// the resolver leaves it unresolved); "some who", "Many who",
		// "Others who" at a clause's start, capitalised or not
		quant := h.k == kWord && (h.w.f&fQuant != 0 && h.w.f&fPronoun == 0 || s.is(r-1, "those")) && s.is(r, "who") && (!h.cap || r-1 == s.from)
		if h.k != kWord || !quant && h.w.f&(fCue|fWeakCue|fAux|fPassive|fPrep|fSub|fDet|fPronoun|fQuant) != 0 && h.w.f&(fSourceNoun|fRole|fAudience) == 0 {
			return 0, 0, false
		}
		if s.is(r, "that") && !h.cap && h.w.f&(fRole|fSourceNoun|fOrgHead|fAudience) == 0 && !strings.HasSuffix(s.word(r-1), "s") {
			if s.relativeBefore(r - 1) {
				continue // "The judges who ruled that the states could not enforce the rules said": the judges, not the rules
			}
			return 0, 0, false // "that" after another word: likely no relative pronoun
		}
		st, ok := s.leftNP(r - 1)
		if quant && (!ok || st >= r) {
			st, ok = r-1, true
		}
		if !ok || st >= r || s.has(st, fPronoun) {
			return 0, 0, false
		}
		head := r
		if p, h, ok := s.subjectBeforePreps(st); ok {
			st, head = p, h // "Democrats in Iowa who watched the debate said"
		}
		for n := 0; n < 3 && st-1 > s.from && s.modifier(st-1) && !strings.HasSuffix(s.word(st-1), "ly"); n++ {
			st-- // "progressive organizations": modifiers the noun phrase left out
		}
		if !s.subjectOpens(st) {
			return 0, 0, false
		}
		return st, head, true
	}
	return 0, 0, false
}

// reducedRelative reports whether token r is a participle in -ing that
// opens a clause describing the plural or named noun before it ("Democrats
// trying to ...", "voters hoping for ..."), no verb of speech.
func (s *sentence) reducedRelative(r int) bool {
	tk := s.toks[r]
	if tk.k != kWord || tk.cap || tk.w.f&^fStarter != 0 || !strings.HasSuffix(s.word(r), "ing") { // ("speaking" opens sentences too)
		return false
	}
	if w := s.word(r); len(w) < 5 || len(w) == 5 && !strings.ContainsAny(w[:2], "aeiouy") {
		return false // "thing", "sting": no verb's stem before the -ing ("going", "using" have one)
	}
	h := s.toks[r-1]
	return h.k == kWord && (h.cap && h.w.f&(fStarter|fWeekday|fMonth) == 0 || s.pluralNoun(r-1) || s.countedNoun(r-1) || s.speakingNoun(r-1)) && !possessive(s.t[h.s:h.e])
}

// speakingNoun reports whether token i is a lower-case singular noun of
// one who speaks, a role, a source or a body, after its determiner: "The
// union representing the workers", "Another source speaking to".
func (s *sentence) speakingNoun(i int) bool {
	tk := s.toks[i]
	if tk.cap || tk.w.f&(fRole|fSourceNoun|fOrgHead) == 0 || tk.w.f&(fCue|fWeakCue|fAux|fPrep|fPronoun|fDet|fPassive|fQuoteCue) != 0 {
		return false
	}
	for j := i - 1; j >= s.from && j >= i-3; j-- {
		if s.has(j, fDet) && !s.has(j, fPronoun) {
			return true
		}
		if s.toks[j].k != kWord || s.toks[j].cap || s.has(j, fPrep|fCue|fAux|fPronoun|fSub) {
			return false
		}
	}
	return false
}

// subjectBeforePreps returns the subject of a clause whose verb follows
// the noun phrase at np when that phrase ends a chain of prepositional
// phrases ("Some delegates at the convention in Philadelphia", "One of
// the authors"): the first noun phrase of the chain, from st to head. It
// is the subject only where the clause starts there.
func (s *sentence) subjectBeforePreps(np int) (st, head int, ok bool) {
	p := np
	for n := 0; n < 4; n++ {
		p = s.joinedNames(p) // "Strategists for Jane Doe and Tom Roe" (subject_head.go)
		if !(s.chainPrep(p-1) || s.is(p-1, "by") && s.participleAt(p-2)) || p-1 <= s.from {
			break
		}
		if n == 0 && s.clauseAfterPrep(p-1) {
			break // "The donors were upset after Obama called them ...": a clause's subject, not the preposition's object
		}
		if q := s.joinedPhrase(p); q < p {
			p = q // "Officials in the city and at the state agency"
			continue
		}
		x, h := p-2, p-1
		if s.participleAt(x) && x-1 > s.from {
			x, h = x-1, x // "A letter from the group obtained by the Ledger", "messages found on one of the phones"
			if (s.is(x, "being") || s.is(x, "been")) && x-1 > s.from {
				x, h = x-1, x // "lawsuits being weighed in San Diego"
			}
		}
		q, ok := s.leftNP(x)
		if !ok && s.is(x, "one") && s.is(x+1, "of") && !s.punct(x-1, ",") {
			q, ok = x, true // "one of the phones" (not "Tashfeen Malik, one of the attackers": her appositive)
		}
		if g, ok2 := s.groupAfterPrep(x); ok2 && (!ok || g < q || s.is(q, "of")) {
			q, ok = g, true // "At least half of voters in each state", "of Republican primary voters in six states" (subject_head.go)
		}
		if !ok || s.has(x, fPronoun|fObject) && !(s.is(x, "one") && s.is(x+1, "of")) || s.toks[x].k != kWord || s.timeNoun(x) {
			break // "Years after Bill Clinton claimed": a time, and the clause after it
		}
		if q == x && q-2 >= s.from && s.compoundNoun(q-1) && s.has(q-2, fDet) && !s.has(q-2, fPronoun) {
			q -= 2 // "A police officer at the scene": a noun before the head compounds with it
		}
		p, head = q, h
		if s.is(head-1, "close") || s.is(head-1, "familiar") || s.is(head-1, "privy") {
			head-- // "people close to the campaign": people
		}
	}
	if p == np || head == 0 {
		return 0, 0, false
	}
	lead := false
	if l := s.quantityLead(p); l < p {
		p, lead = l, true // "At least half of voters in each state" (subject_head.go)
	} else {
		for n := 0; n < 3 && p-1 > s.from && (s.modifier(p-1) || s.is(p-1, "other")); n++ {
			p-- // "prominent bundlers in both parties": modifiers the noun phrase left out
		}
	}
	if s.is(p-1, "and") {
		// "Ms. Toretti, Mrs. Rao and other prominent bundlers in both
		// parties said": the subject is the whole list
		q := p - 1
		for q-1 >= s.from {
			st, ok := s.leftNP(q - 1)
			if !ok || s.has(st, fPronoun) {
				break
			}
			q = st
			if !s.punct(q-1, ",") || q-2 < s.from {
				break
			}
			q--
		}
		if q < p-1 && (q == s.from || s.sentenceLink(q-1) && q-1 == s.from) {
			p = q
		}
	}
	if !s.mainSubjectOpens(p) && !s.clauseAfterComma(p) {
		return 0, 0, false
	}
	if !lead && s.has(p, fPrep) || s.dateStarts(p) {
		return 0, 0, false
	}
	return p, head, true
}

// clauseAfterPrep reports whether the word at i, before the noun phrase
// that the verb after it has for subject, opens that clause: a word that is
// a preposition or a subordinator ("after", "before", "since", "until")
// after a verb or an adjective ("were upset after Obama called", "stalled
// after the minister said"), not after a noun or an -ing participle
// ("delegates since the vote", "Democrats speaking after the vote said"),
// where it heads a phrase of the noun.
func (s *sentence) clauseAfterPrep(i int) bool {
	var lb [32]byte
	if i < 1 || s.toks[i].k != kWord || !subordinators[string(lowerInto(&lb, s.word(i)))] {
		return false
	}
	h := i - 1
	if s.toks[h].k != kWord || s.toks[h].cap || s.has(h, fRole|fSourceNoun|fAudience) || s.pluralNoun(h) || strings.HasSuffix(s.word(h), "ing") {
		return false
	}
	return s.has(h, fPassive) || pastForm(lowerASCII(s.word(h))) || s.toks[h].w.f == 0 && !s.has(h-1, fDet)
}

// compoundNoun reports whether token i is a lower-case noun of a body or
// a source that compounds with the noun after it: "police" of "a police
// officer", "union" of "the union leader".
func (s *sentence) compoundNoun(i int) bool {
	tk := s.toks[i]
	return tk.k == kWord && !tk.cap && tk.w.f&(fOrgHead|fSourceNoun) != 0 && tk.w.f&(fPrep|fCue|fWeakCue|fAux|fNeg|fRelative|fPronoun|fPassive|fDet|fSub|fQuoteCue) == 0
}

// modifier reports whether token i may be a lower-case modifier the noun
// phrase reader left out ("prominent", "progressive"): a word the lexicon
// gives no role, not a verb's -ed or -ing form.
func (s *sentence) modifier(i int) bool {
	if i < 0 || i >= len(s.toks) || s.toks[i].k != kWord || s.toks[i].cap || s.toks[i].w.f != 0 {
		return false
	}
	w := s.word(i)
	return !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing")
}

// subjectOpens reports whether a subject may start at token st: at the
// clause's start, or after a comma, a conjunction or subordinator, a
// quotation or a sentence's link ("Last year, officials who ... said",
// "“...” the group that ... says", "And the man who ... said").
func (s *sentence) subjectOpens(st int) bool {
	return st == s.from || s.punct(st-1, ",") || s.has(st-1, fSub|fClauseEnd) || s.toks[st-1].k == kQuote || s.sentenceLink(st-1)
}

// mainSubjectOpens reports whether the subject of a sentence's main clause
// or of a subordinate clause may start at token p: at the clause's start,
// after an opening phrase and its comma, a comma or a quotation, after a
// sentence's first word that links or subordinates ("And", "But", "When",
// "Even"), or after a subordinator ("because the officials who ...
// said").
func (s *sentence) mainSubjectOpens(p int) bool {
	return p == s.from || s.subjectStart(p) || s.punct(p-1, ",") || s.toks[p-1].k == kQuote || p > 0 && s.datelineEnd() == p ||
		p-1 == s.from && (s.has(p-1, fSub|fClauseEnd) || s.sentenceLink(p-1) || s.is(p-1, "even")) || s.subordinator(p-1)
}

// subordinator reports whether token i opens a subordinate clause, whose
// subject follows: "when", "because", "while", "although", "if" (words.go
// subordinatorOnly).
func (s *sentence) subordinator(i int) bool {
	var lb [32]byte
	return i >= 0 && i < len(s.toks) && s.toks[i].k == kWord && subordinatorOnly(string(lowerInto(&lb, s.word(i))))
}

// quantWho reports whether "who" at r follows a quantity that a relative
// clause describes: "some who believe", "Many who know".
func (s *sentence) quantWho(r int) bool {
	return r-1 >= s.from && s.toks[r-1].k == kWord && s.has(r-1, fQuant) && !s.has(r-1, fPronoun)
}
