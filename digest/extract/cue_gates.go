// What a cue word must pass before any reading of it is tried (attrib.go's
// cue): where the speaker before it ends, once the words that may stand
// between a subject and its verb are stepped over, and the cue words that
// have no speaker at all: a negated verb, an infinitive or a passive, a
// thing named ("a club called Summit"), a capitalised word in a name.

package extract

// cueSubjectEnd returns the token just before the cue at j where its
// speaker may end, stepping back over what stands between a subject and
// its verb: an auxiliary or an adverb ("Mayor Lin has since said"), a
// weekday or a date ("Lin on Tuesday said", "The board this week
// announced"), "went on to" ("Ortiz went on to argue") and the verbs
// before "to say" ("Ortiz was quick to add that"). It reports false
// when the cue is negated ("Lin did not say") or no speaker stands before
// its "to say".
func (s *sentence) cueSubjectEnd(j int) (int, bool) {
	toks := s.toks
	f := toks[j].w.f
	// negation or hedging between the speaker and the cue: no statement
	k := j - 1
	for ; k >= s.from && toks[k].k == kWord && (toks[k].w.f&(fAux|fNeg) != 0 && toks[k].w.f&fPronoun == 0 || toks[k].cap && toks[k].w.f&fWeekday != 0 && k > s.from ||
		k > s.from && toks[k].w.f == 0 && lyAdverb(s, k) || (s.is(k, "since") || s.is(k, "long")) && s.has(k-1, fAux)); k-- { // "He memorably promised", "She has since said", "have long argued"
		if toks[k].w.f&fNeg != 0 {
			return 0, false
		}
		if toks[k].w.f&fWeekday != 0 && s.is(k-1, "on") {
			k-- // "Peskov on Friday said"
		}
	}
	if q := s.expressingVerb(j, k); q >= 0 {
		k = q // cue_noun_object.go: "Kim expressed hope that"
	}
	if a := s.timeAfterAux(k); a >= 0 {
		k = a // "allies have in the past said", "The ministers have at times argued"
		for k > s.from && s.has(k, fAux) && !s.has(k, fPronoun) {
			k--
		}
	}
	if q := s.floatingSubject(k, false); q >= 0 {
		k = q // "Trump and Sanders have both argued" (speaker.go)
	}
	// "The committee this week announced": a date between speaker and cue
	for s0 := k - 2; s0 <= k && k > s.from; s0++ {
		if s0 > s.from {
			if l, _ := s.dateAt(s0); l > 0 && s0+l == k+1 {
				k = s0 - 1
				if s.dateOfNoun(k) {
					k-- // "A Pew study from last year found": the date is the noun's, which speaks
				}
				break
			}
		}
	}
	if s.dateOfNoun(k-1) && s.year(k) {
		k -= 2 // "A Pew study from 2011 found": the year is the noun's, which speaks
	}
	if c := s.countedTime(k); c >= 0 {
		k = c - 1 // timegap.go: "The department two weeks ago said"
	}
	// "He went on to say", "goes on to argue": the speaker is before "went on"
	if s.is(k, "to") && s.is(k-1, "on") && (s.is(k-2, "went") || s.is(k-2, "goes") || s.is(k-2, "go") || s.is(k-2, "going")) {
		k -= 3
		for k >= s.from && s.has(k, fAux) && !s.has(k, fPronoun) {
			k--
		}
	}
	if s.is(k, "to") && f&fCue != 0 && f&fPart == 0 && !toks[j].cap && (s.quoteNext(j+1) || s.is(j+1, "that") || s.toSayClause(j, k)) {
		// "went so far as to say: “...”", "was quick to add that",
		// "continues to insist she will" (to_say_clause.go): the speaker
		// is before the verbs
		if k = s.beforeToSay(k); k < 0 {
			return 0, false
		}
		if q := s.floatingSubject(k, true); q >= 0 {
			k = q // "The actors involved are all quick to point out"
		}
	}
	if a := s.andCircumstance(k); a >= 0 {
		k = a // "left the meeting and in a statement said" (cue_and_circumstance.go)
	}
	return k, true
}

// speakerless reports whether the cue at j, whose speaker would end at
// token k, has no speaker at all: after "to" or a passive ("refused to
// comment", "was asked"), after "that" or "which" on a thing no one speaks
// for ("rules that stated limits"), or "called" naming a thing ("a book
// club called “Pages”").
func (s *sentence) speakerless(j, k int) bool {
	toks := s.toks
	f := toks[j].w.f
	if k >= s.from && toks[k].k == kWord && (s.is(k, "to") || toks[k].w.f&fPassive != 0 && f&fPart == 0) {
		return true // "declined to comment", "was asked"
	}
	if (s.is(k, "that") || s.is(k, "which")) && k-1 >= s.from && s.toks[k-1].k == kWord && !s.toks[k-1].cap &&
		s.toks[k-1].w.f&(fRole|fSourceNoun|fOrgHead|fAudience|fQuant|fPronoun|fMedia) == 0 {
		return true // "fees that added millions": a thing that no one speaks for
	}
	if s.noStatement(j, k) {
		return true // cue_none.go: "No group claimed", "Be warned:", "calls that into question"
	}
	if s.tellsNoOne(j) {
		return true // tell_audience.go: "time will tell if", "hard to tell whether"
	}
	if s.namedThing(j, k) {
		return true // naming.go: "a website called “Cape Breton Calls” that ..."
	}
	if f&fCall != 0 && s.is(j, "called") && k > s.from && s.toks[k].k == kWord && !s.toks[k].cap && s.toks[k].w.f&(fPronoun|fRole|fSourceNoun|fAux|fRelative|fQuant|fSub) == 0 &&
		j+1 < len(toks) && (toks[j+1].k == kQuote || toks[j+1].cap) {
		// "a 2002 psychology class called “Perception”", "a group called
		// Future 45": a thing and its name, not a speaker calling it so
		for d := k - 1; d >= s.from && d >= k-4; d-- {
			if s.has(d, fDet) && !s.has(d, fPronoun) || s.toks[d].k == kWord && isDigit(s.t[s.toks[d].s]) {
				return !s.is(d-1, "that") && !s.is(d-1, "which") // (not "the fees that the regulator called “excessive”": a relative clause's subject calls)
			}
			if s.toks[d].k != kWord || s.toks[d].cap {
				break
			}
		}
	}
	return false
}

// capitalised reads a cue word at j written with a capital outside a
// headline and a title-case name: at the sentence's start it opens the
// sentence ("Added Ms. Rowe, who ran the shelter, “...”"; a participle:
// "Stressing that the vote was close, Rowe thanked ..."); elsewhere it is
// part of a name (the "Warns" of "Hikers at Cape Warns said ..."), and
// scanning goes on after it.
func (s *sentence) capitalised(j int, f flag) int {
	if j == s.from && f&fCue != 0 && f&fPart == 0 {
		return s.fronted(j) // "Said Jane Poole, who grew up with him, “...”"
	}
	if j == s.from && f&fCue != 0 && f&fPart != 0 {
		return s.frontedParticiple(j) // subject.go: "Noting that X, Trump reminded ..."
	}
	return j + 1 // "the United States": a capitalised cue only in title case
}

// weakCueQuoted reports whether the cue word at j that is no verb of
// speech by itself ("states", "reads") follows a quotation that opens the
// sentence and goes on: only in "“Keep out,” the sign reads" is it one.
func (s *sentence) weakCueQuoted(j int) bool {
	toks := s.toks
	// "states", "reads": only “...,” the ad states / reads the sign
	q := s.from
	for q < j && (s.punct(q, "(") || s.punct(q, "—")) {
		q++
	}
	if toks[j].cap {
		return false
	}
	if q >= j || toks[q].k != kQuote || !quoteContinues(s.t, toks[q]) {
		return s.nearQuoteVerb(j) && s.quoteFollows(j) || s.documentReads(j) // cue_quote_follows.go: "He continued, “...”"
	}
	return true
}

// readsDocuments are the nouns of written words whose text "reads" or
// "states": what follows the verb is their words, quoted.
var readsDocuments = wordSet(`statement statements letter letters memo memos email emails
	post posts tweet tweets message messages note notes release report notice filing
	complaint lawsuit order ruling verdict document text`)

// documentReads reports whether "reads" or "states" at j has a written
// document for its subject and a quotation after a colon or a comma: "The
// statement read: “...”", "Her letter reads, “...”". (Its quotation
// first, the other way round, is weakCueQuoted's.)
func (s *sentence) documentReads(j int) bool {
	if j < 1 || j+2 >= len(s.toks) || !(s.punct(j+1, ":") || s.punct(j+1, ",")) || s.toks[j+2].k != kQuote || !readsDocuments[lowerASCII(s.word(j-1))] {
		return false
	}
	switch lowerASCII(s.word(j)) {
	case "read", "reads", "states":
		return true
	}
	return false
}

// timeAfterAux returns the auxiliary before a phrase of time that ends at
// token k and stands between it and the verb: "have in the past said",
// "have at times argued", "has in recent years warned", "have for years
// said". -1 when there is none; the subject is before the auxiliary, not
// the time ("past", "years") the noun phrase reader would take for it.
func (s *sentence) timeAfterAux(k int) int {
	if k <= s.from || !(s.is(k, "past") || s.timeNoun(k)) {
		return -1
	}
	i := k - 1
	for n := 0; n < 2 && i > s.from && (s.has(i, fDet) && !s.has(i, fPronoun) || s.is(i, "recent") || s.is(i, "past") || s.is(i, "last") || s.is(i, "many")); n++ {
		i--
	}
	if !(s.is(i, "in") || s.is(i, "at") || s.is(i, "over") || s.is(i, "for")) || i-1 <= s.from || !s.has(i-1, fAux) || s.has(i-1, fPronoun) {
		return -1
	}
	return i - 1
}

// dateOfNoun reports whether "from" or "of" at p ties the date after it
// to the lowercase noun before it ("a study from 2011", "the report of
// last year"), which is then the end of the subject that speaks.
func (s *sentence) dateOfNoun(p int) bool {
	return (s.is(p, "from") || s.is(p, "of")) && p-1 > s.from && s.toks[p-1].k == kWord && !s.toks[p-1].cap && !s.has(p-1, fPrep|fAux|fCue)
}
