// Forms of attribution around a cue beyond "speaker cue content": "was
// prompted to say, “...”", "asked by Matt Lauer whether ...", an
// attribution closing a sentence that reports the statement nested
// before it, the verb after a relative clause's quotation, and "Cruz
// continued:" leading in the quotation of the next paragraph. A call's
// own forms are in call_naming.go and call_object.go.

package extract

import (
	"strings"

	"github.com/whosaid/whosaid/digest"
)

// quoteNext reports whether a quotation follows at p, after a colon or a
// comma.
func (s *sentence) quoteNext(p int) bool {
	if s.punct(p, ":") || s.punct(p, ",") {
		p++
	}
	return p < len(s.toks) && s.toks[p].k == kQuote
}

// beforeToSay returns the last token of the speaker of "to" at k and a
// verb of speech that a quotation or "that" follows: "Mr. Trump was
// prompted to say, “...”", "went so far as to say: “...”", "was quick to
// add that ...", "prompted Dave Leip’s Atlas to state, “...”" (the one
// prompted). What follows shows the words were said; a word that holds
// them back ("declined to say", "would do better to say", "not") makes
// no statement: it returns -1.
func (s *sentence) beforeToSay(k int) int {
	i := k - 1
	for ; i >= s.from && i >= k-5; i-- {
		tk := s.toks[i]
		if tk.k != kWord {
			break
		}
		if tk.w.f&fNeg != 0 || holdsBack(lowerASCII(s.word(i))) {
			return -1
		}
		if tk.cap || tk.w.f&(fPronoun|fRole|fSourceNoun|fDet|fQuant) != 0 && tk.w.f&fAux == 0 {
			return i
		}
	}
	return i
}

// holdsBack reports whether w is a verb or adjective before "to say" that
// holds the words back: what follows was not said.
func holdsBack(w string) bool {
	switch w {
	case "declined", "declines", "decline", "refused", "refuses", "refuse", "failed", "fails",
		"hesitated", "hesitates", "reluctant", "unwilling", "afraid", "better", "rather", "yet":
		return true
	}
	return false
}

// nestedBy handles an attribution that closes a sentence whose earlier
// statement ends with the quotation before it: "Grayson said Randolph
// “would have no chance to win,” the source recalled." The one named at
// the end reports the whole: its content runs from the earlier speaker to
// the quotation, and the earlier statement stays, nested in it. A pronoun
// at the end ("Feinstein said “...,” she said") is the same speaker
// again, no report of a report. It returns where scanning resumes, or 0.
func (s *sentence) nestedBy(j int, m mention, cue digest.Span, np int) int {
	n := len(s.x.raws)
	if np != s.from || np < 1 || n == s.first || m.kind == mPronoun || s.toks[np-1].k != kQuote || !quoteContinues(s.t, s.toks[np-1]) {
		return 0
	}
	prev := &s.x.raws[n-1]
	if prev.tb != np || prev.anchor >= 0 || prev.cue[1] > s.toks[np-1].s || m.span[0] < s.toks[np-1].e {
		return 0
	}
	p, extra := s.skipAfterCue(j, m)
	if !s.isEnd(p) {
		return 0
	}
	a := s.tokenAt(prev.speaker.span[0])
	if a < 0 || prev.speaker.span[0] > prev.cue[0] {
		a = prev.ta
	}
	if strings.EqualFold(s.t[prev.speaker.span[0]:prev.speaker.span[1]], s.t[m.span[0]:m.span[1]]) {
		return 0
	}
	s.emit(m, cue, a, np, extra)
	s.from = p
	return p
}

// relativeGoesOn reports whether the quotation at k ends the statement of
// a relative clause's cue, so that the verb after it is its subject's:
// "Humphrey, who calls Trump a “sociopath,” said he doesn’t believe ...".
// It returns the subject's mention (the relative's).
func (s *sentence) relativeGoesOn(k int) (mention, bool) {
	n := len(s.x.raws)
	if k < 0 || k >= s.from || s.toks[k].k != kQuote || n == s.first {
		return mention{}, false
	}
	prev := s.x.raws[n-1]
	if prev.tb != k+1 || prev.anchor >= 0 {
		return mention{}, false
	}
	c := s.tokenAt(prev.cue[0])
	for r := c - 1; r >= 0 && r >= c-3; r-- {
		if s.is(r, "who") {
			return prev.speaker, s.punct(r-1, ",")
		}
		if s.toks[r].k != kWord {
			break
		}
	}
	return mention{}, false
}

// askedBy handles a question or a request put by someone named after
// "asked by": "Asked by Matt Lauer whether she had practiced her speech,
// she said ...", "Rubio was asked by moderator Gerard Baker whether
// ...", "Asked by Lauer to respond to the charge, she said ...": the one
// asking speaks, the question or request is what was said; the answer
// that follows is the one asked's own statement.
func (s *sentence) askedBy(j int) int {
	e, ok := s.rightNP(j + 2)
	e = s.askerEnd(j+2, e, ok)
	for ok && e < len(s.toks) && e-(j+2) < maxNP && s.toks[e].k == kWord && (s.toks[e].cap || s.has(e, fRole|fSourceNoun)) && !s.has(e, fQuestion) {
		e++ // "Fox Business moderator Gerard Baker"
	}
	if !ok || e-(j+2) > maxNP {
		return j + 1
	}
	m := s.mention(j+2, e)
	p := e
	if l, _ := s.dateAt(p); l > 0 {
		p += l // "asked by Ingraham on Thursday about ..."
	}
	if q := s.askedQuote(p); q > 0 {
		// "Rubio was asked by the moderator, “Will you run?”", "asked by
		// host Bill Maher, who backs him, “...”": the question quoted
		s.emit(m, s.span(j, j+2), q, q+1, afterCue{})
		s.from = q + 1
		return q + 1
	}
	if !s.has(p, fQuestion) && !s.is(p, "about") && !s.requestAt(p, len(s.toks)) {
		return j + 1 // "Asked by X to respond to ..., she said": a request, read as a question is
	}
	ce := s.contentEnd(p)
	for i := p + 1; i < ce && !s.has(j-1, fPassive); i++ {
		if s.punct(i, ",") {
			ce = i // "Asked by X whether ..., she said": the answer is another statement ("X was asked by Y whether ..., ..." has none)
			break
		}
	}
	if ce-p < 2 {
		return j + 1
	}
	n := len(s.x.raws)
	s.emit(m, s.span(j, j+2), p, ce, afterCue{})
	if len(s.x.raws) > n {
		s.x.raws[n].fixedEnd = true // the answer after the comma is another statement, whatever the end model reads
	}
	s.from = ce
	return ce
}

// askerEnd returns where the one asking, the noun phrase [p, e) after
// "asked by", ends: before a question word that a lower-case phrase ran
// on into ("asked by a reporter whether ...", "asked by the host if
// ..."; rightNP takes up to three lower-case words after a determiner).
// Only words that open no relative clause end it ("a voter who lost her
// job" stays one phrase).
func (s *sentence) askerEnd(p, e int, ok bool) int {
	for q := p + 1; ok && q < e; q++ {
		if s.is(q, "whether") || s.is(q, "if") || s.is(q, "why") || s.is(q, "how") || s.is(q, "what") {
			return q
		}
	}
	return e
}

// askedQuote returns the quotation that a comma or colon at p, after the
// one asking in "asked by X", opens: the question put. A relative clause
// on the one asking may stand between ("asked by host Bill Maher, who
// backs him, “...”"). It returns -1 when the quotation does not follow.
func (s *sentence) askedQuote(p int) int {
	if !s.punct(p, ",") && !s.punct(p, ":") || p+1 >= len(s.toks) {
		return -1
	}
	if s.toks[p+1].k == kQuote {
		return p + 1
	}
	if !s.is(p+1, "who") {
		return -1
	}
	for i := p + 2; i+1 < len(s.toks) && i < p+30; i++ {
		if s.toks[i].k == kQuote || s.toks[i].k == kStop {
			return -1
		}
		if s.punct(i, ",") && s.toks[i+1].k == kQuote {
			return i + 1
		}
	}
	return -1
}

// colonLead reads a sentence that ends with a colon after a verb of its
// subject, "Cruz continued:", "17-year-old Jared Potts echoed:", as the
// lead to a quotation in the next paragraph: the quotation shows what
// the verb was, so any verb will do. A quotation after the colon that
// ends the sentence ("Jane Roe posted: “...”", "the senator called
// them on it: “...”") is read the same way, as this sentence's statement.
func (s *sentence) colonLead() {
	c := len(s.toks) - 1
	q := -1 // the quotation after the colon, when the sentence goes on
	if e := s.lastWordEnd(); e >= 3 && s.toks[e-1].k == kQuote && s.punct(e-2, ":") && !s.toks[e-1].open && s.toks[e-1].ie > s.toks[e-1].is {
		c, q = e-2, e-1
	}
	if c < 2 || !s.punct(c, ":") || s.hasQuote(0, c) || s.headline {
		return
	}
	lb := s.leftBound(c)
	for v := lb + 1; v < c; v++ {
		described, neg := s.describedLead(v, c) // cue_colon_lead.go: "Tom Aske was blunt:"
		if !described && (s.toks[v].k != kWord || s.toks[v].cap || !(pastVerb(s, v) || s.has(v, fCue|fDerived|fCall|fWeakCue)) || s.has(v, fPart|fPassive|fAux)) {
			continue
		}
		if s.verbInSubordinate(lb, v) {
			continue // colon_clause.go: "when the moderators yielded ..., Cruz called them on it:"
		}
		with := false
		if np, part, ok := s.withParticiple(v, c); ok {
			lb, v, with = np, part, true // colon_clause.go: "..., with Lund reportedly yelling:": Lund's words
		}
		se := v
		for with && se-1 > lb && lyAdverb(s, se-1) {
			se-- // "Lund reportedly yelling"
		}
		for se-1 >= lb && s.toks[se-1].k == kWord && (s.toks[se-1].w.f&fAux != 0 || neg && s.toks[se-1].w.f&fNeg != 0) && s.toks[se-1].w.f&fPronoun == 0 {
			se--
		}
		st := s.openingEnd(lb, se)
		for i := st; i < se; i++ {
			if s.punct(i, ",") {
				st = i + 1 // "Of course, as Joel Pollak observed, ...:" an opening phrase
			}
		}
		if s.is(st, "as") {
			st++
		}
		if described {
			st, se = s.describedSubject(lb, st, se) // cue_colon_lead.go: "Aske, for his part, was blunt:", "Aske’s message was simple:"
		}
		if st >= se || !s.speakerish(st, se) || !neg && s.negated(v, lb) {
			return
		}
		m := s.mention(s.nameSegment(st, se))
		m.span = s.span(st, se)
		r := s.leadRaw(m, v, c)
		if q >= 0 {
			for i := v + 1; i < c; i++ {
				if s.dashEnding(i) >= 0 || s.punct(i, "-") {
					return // "Pollsters agree - Carl Bialik: “...”": a name of its own before the colon
				}
			}
			r.leads, r.direct, r.content, r.ta, r.tb = false, true, quoteInside(s.t, s.toks[q]), q, q+1
			s.x.raws = append(s.x.raws, *r)
			return
		}
		s.x.colon = r
		return
	}
}

// leadRaw is the statement of speaker m with the cue at token v that
// leads in the quotation opening the next paragraph ("Cruz continued:"),
// its clause the sentence up to token c, dated as the clause is.
func (s *sentence) leadRaw(m mention, v, c int) *raw {
	r := &raw{speaker: m, cue: s.span(v, v+1), block: s.block, anchor: -1, sentStart: s.toks[0].s, leads: true}
	r.clause = digest.Span{s.toks[0].s, s.toks[c].e}
	s.clauseDate(r, nil)
	return r
}

// lastWordEnd returns the index after the sentence's last token that is
// neither a full stop nor punctuation.
func (s *sentence) lastWordEnd() int {
	e := len(s.toks)
	for e > 0 && (s.toks[e-1].k == kStop || s.toks[e-1].k == kPunct) {
		e--
	}
	return e
}

// thatAfterAside returns the "that" opening what was said when
// circumstance longer than skipAfterCue's short phrases stands between
// the cue and it, starting at p: prepositional phrases, dates and
// adverbs of time ("said earlier on Friday during a news conference
// that", "said in an interview with The Associated Press last week
// that"), or an aside between commas or dashes, which may hold verbs of
// its own ("said on CNN, where he is now a paid contributor, that",
// "said — on Twitter, as it happens — that"), or the medium ("said by
// phone that"). The "that" must open a clause (a subject follows it, not
// a verb: "in a story that posted" is a relative clause), and no verb of
// speech, quotation or sentence end comes before it. It returns -1 when there is none.
func (s *sentence) thatAfterAside(p int) int {
	if p >= len(s.toks) {
		return -1
	}
	opens := s.punct(p, ",") || s.dashEnding(p) >= 0 || s.timeAdverb(p) || s.byMedium(p) || s.offPlace(p) ||
		s.has(p, fPrep) && !s.toks[p].cap && (!s.is(p, "to") || s.has(p+1, fDet|fAudience|fObject)) ||
		s.toks[p].k == kQuote && s.titleQuote(p)
	if l, _ := s.dateAt(p); !opens && l == 0 {
		return -1
	}
	aside := "" // the punctuation that opened an aside still open
	for q := p; q < len(s.toks) && q <= p+25; q++ {
		tk := s.toks[q]
		if l, _ := s.dateAt(q); l > 0 && aside == "" {
			q += l - 1 // "last week", "on Friday"
			continue
		}
		switch {
		case tk.k == kQuote && s.titleQuote(q):
			// "said on NBC's “Meet the Press” on Sunday that", "wrote in
			// his book, “Roads Ahead,” that": a work's name (circumstance.go)
			if aside == "," && quoteEndsComma(s.t, tk) {
				aside = ""
			}
		case tk.k == kStop || tk.k == kQuote:
			return -1
		case tk.k == kPunct:
			w := s.word(q)
			switch {
			case s.dashEnding(q) >= 0 || w == "-":
				if aside == "—" {
					aside = ""
				} else if aside == "" {
					aside = "—"
				}
			case w == ",":
				if aside == "" && q > p && q+1 < len(s.toks) && s.toks[q+1].k == kQuote && !s.titleQuote(q+1) && s.phrasesOnly(p, q) {
					return q // "said in an op-ed before the 2014 hearing, “...”": the quotation is what was said
				}
				if aside == "," {
					aside = ""
				} else if aside == "" {
					aside = ","
				}
			case w == "(" || w == ")":
			default:
				return -1
			}
		case tk.w.f&(fCue|fWeakCue) != 0:
			return -1
		case s.is(q, "that"):
			if aside != "" || q == p || !s.clauseOpens(q+1) {
				return -1
			}
			return q
		case aside == "" && tk.w.f&(fAux|fRelative|fNeg) != 0 && !s.timeAdverb(q):
			return -1 // a verb of the main clause: what was said has begun
		}
	}
	return -1
}

// phrasesOnly reports whether tokens [a, e) are prepositional phrases
// only: every determiner follows a preposition ("in an interview with the
// editor"), so no noun phrase of its own stands there as the verb's object
// ("noted on Twitter the change in slogan").
func (s *sentence) phrasesOnly(a, e int) bool {
	for k := a; k < e; k++ {
		if s.has(k, fDet) && !s.has(k, fPronoun) && !s.has(k-1, fPrep) {
			return false
		}
	}
	return true
}

// timeAdverb reports whether token i is an adverb of time or manner that
// stands between a verb of speech and what was said: "said earlier",
// "told reporters again", "wrote publicly".
func (s *sentence) timeAdverb(i int) bool {
	if i < 0 || i >= len(s.toks) || s.toks[i].k != kWord || s.toks[i].cap {
		return false
	}
	// "soon" and "now" open a phrase or a clause there ("complained soon
	// after that ...", "agree now that ...")
	w := lowerASCII(s.word(i))
	return verbAdverb(w) && w != "soon" && w != "now" || lyAdverb(s, i)
}

// clauseOpens reports whether a clause's subject can start at token i: a
// pronoun, a determiner, a name, a number, a quotation or a bare plural
// before an auxiliary.
func (s *sentence) clauseOpens(i int) bool {
	if i >= len(s.toks) {
		return false
	}
	tk := s.toks[i]
	if tk.k == kQuote {
		return true
	}
	return tk.k == kWord && (tk.cap || tk.w.f&(fPronoun|fDet|fQuant) != 0 || isDigit(s.t[tk.s]) || subjectPronoun(lowerASCII(s.word(i))) ||
		s.pluralSubject(i)) // "that states can pass" (clause_subject.go)
}

// ofAffiliation returns the "of" in an inverted speaker phrase [a, e)
// that opens the speaker's affiliation after their name: "says Jane Roe
// of the non-partisan Roe Political Report.", "said Robert Antonacci of
// the New York delegation." (a name, "of" and a determiner; "Secretary of
// State John Kerry" has no determiner and stays one name). It returns -1
// when there is none.
func (s *sentence) ofAffiliation(a, e int) int {
	for i := a + 1; i+1 < e; i++ {
		if s.is(i, "of") && s.toks[i-1].k == kWord && s.toks[i-1].cap && s.has(i+1, fDet) && !s.has(i+1, fPronoun) {
			return i
		}
	}
	return -1
}

// leftClause reports whether the tokens from the clause's start to the
// comma at c are a clause of their own, what a speaker named after the
// comma said, rather than a phrase opening the sentence ("On Friday",
// "In a statement", "Despite the storm", "Speaking in Iowa"): five words
// or more, or three or four with an auxiliary or a past form
// (finiteWithin), not opening with a preposition, a conjunction, a date or
// a participle.
func (s *sentence) leftClause(c int) bool {
	a := s.from
	for a < c && s.toks[a].k != kWord {
		a++
	}
	if c-a < 3 || c-a < 5 && !s.finiteWithin(a, c) || s.toks[a].k != kWord {
		return false
	}
	w := lowerASCII(s.word(a))
	if s.has(a, fPrep|fSub|fRelative) || openingPreps[w] || s.dateStarts(a) ||
		strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed") {
		return false
	}
	for i := a; i < c; i++ {
		if s.toks[i].k == kQuote || s.toks[i].k == kStop {
			return false
		}
	}
	return true
}

// finiteWithin reports whether tokens [a, c) hold an auxiliary or a past
// form after their first word, which no noun phrase does: "It was a
// mistake", "The hall will close", "The council made a mistake" are
// clauses. Narrower than finiteAt on purpose: an -ed or -s word inside a
// noun phrase is as often an adjective or a plural ("the retired general",
// "the voters").
func (s *sentence) finiteWithin(a, c int) bool {
	for i := a + 1; i < c; i++ {
		if s.toks[i].k == kWord && !s.toks[i].cap {
			if w := lowerASCII(s.word(i)); finiteAux(w) || irregularPast(w) {
				return true
			}
		}
	}
	return false
}
