// What was said: where the content of a statement starts and ends around
// its cue (cue_after.go reads what the words after a cue say: audience,
// outlet, circumstance). emit.go adds the statement.

package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/whosaid/whosaid/digest"
)

// opener reports whether a punctuation token opens something that content
// may start with: ‘ ' ( [.
func opener(t string, tk token) bool {
	switch t[tk.s:tk.e] {
	case "‘", "'", "(", "[":
		return true
	}
	return false
}

// quoteInside returns the span of a quotation without its marks and
// without the comma that hands over to the attribution.
func quoteInside(t string, q token) digest.Span {
	e := q.ie
	for e > q.is && (t[e-1] == ',' || isSpaceByte(t[e-1])) {
		e--
	}
	return digest.Span{q.is, e}
}

// quoteContinues reports whether a quotation ends the way a quote does
// before its attribution: with a comma, a question or exclamation mark or a
// dash inside the marks.
func quoteContinues(t string, q token) bool {
	in := strings.TrimRight(t[q.is:q.ie], " '’\"”")
	if in == "" {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(in) // "... 'Title Sponsor,' " ends with a comma
	switch last {
	case ',', '?', '!', '—', '–', '-', '…':
		return true
	}
	return false
}

// skipCircumstance returns the end of the words after an attribution that
// only say where or when ("when asked about ...", "in a statement"): the
// next comma before a quotation or participle, or the end of the sentence.
func (s *sentence) skipCircumstance(p int) int {
	for i := p; i < len(s.toks); i++ {
		if s.toks[i].k == kQuote {
			return i
		}
		if s.punct(i, ",") && (i+1 < len(s.toks) && s.toks[i+1].k == kQuote || s.has(i+1, fPart)) {
			return i
		}
		if s.punct(i, ";") {
			return i
		}
		if s.has(i, fPart) && !s.toks[i].cap || s.is(i-1, "and") && s.has(i, fCue) && !s.toks[i].cap {
			return i // "said before adding: “...”": the speaker's next statement
		}
	}
	return len(s.toks)
}

// reported emits the statement whose content follows the cue at j (right,
// quote_aside.go, reads what it leaves).
func (s *sentence) reported(j int, m mention, cue digest.Span) int {
	p, extra := s.skipAfterCue(j, m)
	if w := s.saidWhen(p); w >= 0 {
		if s.isEnd(w) {
			return j + 1 // "Reed conceded when the polls closed": when, not what (said_when.go)
		}
		p = w // "said as he walked out that the ruling was unfair"
	}
	f := s.toks[j].w.f
	if s.nearQuoteVerb(j) && s.quoteFollows(j) || s.documentReads(j) {
		f |= fCue // cue_quote_follows.go: "He continued, “...”"; cue_gates.go: "Her letter reads, “...”"
	}
	if s.punct(p, ",") && s.has(p+1, fAux|fClauseEnd) && s.punct(p+2, ",") {
		p += 3 // "acknowledged, however, ..."
	}
	if p+1 < len(s.toks) && s.toks[p].k == kWord && !s.toks[p].cap && (strings.HasSuffix(s.word(p), "ly") || s.is(p, "instead") || s.connective(p) == 1) &&
		(s.punct(p+1, ":") || s.is(p+1, "that") || s.toks[p+1].k == kQuote) {
		p++ // "said flatly: “...”", "said instead that", "suggest however that"
	} else if a := s.howSaid(p); a > p && a < len(s.toks) && (s.is(a, "that") || s.dash(a) || (s.has(a, fPronoun) || s.toks[a].cap) && s.subjectVerb(a, 8)) &&
		!(s.is(p, "once") && s.is(a, "that") && !s.onceHowOften(p)) {
		p = a // said_how.go: "said twice that", "said twice - and praised her"; not "said once that happens, ..."
	}
	if s.punct(p, ",") {
		// "said, without evidence, that ...": an aside before "that"
		for q := p + 1; q < len(s.toks) && q <= p+6; q++ {
			if s.punct(q, ",") {
				if s.is(q+1, "that") {
					p = q + 1
				}
				break
			}
			if s.toks[q].k != kWord {
				break
			}
		}
	}
	if q := s.thatAfterAside(p); q > p && !s.is(p, "that") {
		p = q // forms.go: "said in an interview with the AP last week that", "said on CNN, where ..., that"
	}
	if a := s.amountAbout(p); a > p {
		cue[1] = s.toks[a-1].e // content_amount.go: "said little about" the plan
		p = a
	}
	if a := s.aboutClause(j, p); a > p {
		cue[1] = s.toks[a-1].e // cue_about_how.go: "spoke about" how the consulate fell
		p = a
	}
	claimFor, describedIt := false, false
	if s.claimFor(j, p) {
		cue[1] = s.toks[p+1].e // cue_none.go: "claimed responsibility for" the attack
		p += 2
		claimFor = true
	} else if s.describedPronoun(j, p) {
		cue[1] = s.toks[p+1].e // cue_described.go: "described it as" a stable resource
		p += 2
		describedIt = true
	}
	if c := s.quoteAfterColon(p); c > p {
		p = c // quote_aside.go: "has said the same thing at every stop: “...”"
	}
	that := s.is(p, "that") || s.punct(p, ":")
	asideFirst := false // an aside after the cue's comma, then the clause
	if that && !thatSubject(s, p) {
		p++
	} else if s.punct(p, ",") && p+1 < len(s.toks) && (s.toks[p+1].k == kQuote || s.is(p+1, "if") || s.is(p+1, "when")) {
		p++ // "said, “...”", "said, if elected, she would ..."
	} else if s.asideThenClause(p) {
		p++ // cue_comma_aside.go: "says, win or lose, she will run again"
		asideFirst = true
	} else if c := s.circumstanceThenClause(p); c > 0 {
		p, asideFirst = c, true // cue_comma_aside.go: "said, in a statement, the company would appeal"
	}
	if s.is(p, "that") && !thatSubject(s, p) {
		p++
		that = true
	}
	opensAside := that && s.punct(p, ",") && thatAside(s, p-1)
	if opensAside {
		p++ // "added that, based on what he has seen, ...": read from the aside on
	}
	e := s.quoteFinishes(p, s.contentEnd(p)) // quote_finish.go: "..., coming from far behind to a “dead heat”"
	for e+2 < len(s.toks) && s.tenseGoesOn(j, e) {
		e = max(e, s.contentEnd(e+2)) // ends_tense.go: "said the deal is bad, but will make Iran rich"
	}
	if rel := j - 1; (s.is(rel, "who") || s.is(rel, "which")) && s.punct(rel-1, ",") {
		// "John Smith, who wrote the memo, left": the relative clause ends
		// at its comma
		for i := p; i < e; i++ {
			if s.toks[i].k == kQuote {
				break
			}
			if s.punct(i, ",") {
				e = i
				break
			}
		}
	}
	colonEnd := false // "He told his audience, to rowdy applause:" — the quote is in the next paragraph
	if last := len(s.toks) - 1; last > p && s.punct(last, ":") && !s.hasQuote(p, last) {
		colonEnd = true
	}
	if (e <= p && s.punct(p-1, ":") || colonEnd) && f&fCue != 0 {
		// "In a 1963 speech, he declared:" — what was said comes next
		c := &raw{speaker: m, cue: cue, block: s.block, anchor: -1, via: extra.via, audience: extra.audience, sentStart: s.toks[0].s}
		c.clause = digest.Span{s.toks[s.from].s, s.toks[len(s.toks)-1].e}
		s.clauseDate(c, nil)
		s.x.colon = c
		return j + 1
	}
	if e <= p || s.toks[p].k == kPunct && !opener(s.t, s.toks[p]) || s.toks[p].k == kStop {
		return j + 1
	}
	if s.lead {
		// "While those surveyed said X, Trump is ...": the clause ends at its comma
		for i := p + 1; i < e; i++ {
			if s.punct(i, ",") || s.toks[i].k == kQuote && s.toks[i].ie > s.toks[i].is && s.t[s.toks[i].ie-1] == ',' {
				if s.toks[i].k == kQuote {
					i++
				}
				e = i
				break
			}
		}
	}
	quoteFirst := s.toks[p].k == kQuote
	callFor := false  // after the "for" of a call (call_for.go)
	askedOn := false  // the question read past an aside on the one asked (asked.go)
	askedFor := false // the thing asked for, "for" in the cue (asked_for.go)
	switch {
	case f&(fCue|fCall|fAsk) == 0: // weak cue: believe, hope
		if !that && !describedIt && !s.describedAs(j, p, e) && !s.allegedClause(j, p) { // cue_described.go: "described the plan as reckless"; cue_ruling.go: "alleged Smith stole"
			return j + 1
		}
	case f&fCall != 0 && f&fCue == 0:
		if s.callsOn(j, p) {
			callFor = s.is(p, "for")
			p++ // "called Wednesday for", "called again for", "called upon": what follows the particle
			break
		}
		if s.callsTo(j, p) {
			break // "Trump called to ban ...": what the call asks for, its "to" kept
		}
		if !s.hasQuote(p, e) {
			if s.naming(j) {
				break // "called him divisive", "calls himself a democratic socialist"
			}
			return j + 1
		}
		// "called Ford’s plans “an absolute disgrace” and threatened ...":
		// what was said ends with the name given, the last quotation
		for e > p && s.toks[e-1].k != kQuote {
			e--
		}
	case f&fAsk != 0 && f&fCue == 0:
		if !quoteFirst && !s.has(p, fQuestion) {
			// "Hannity asked Trump if he would ...": the one asked, then the question
			oe, ok := s.rightNP(p)
			if s.has(p, fObject) && (s.punct(p+1, ",") || s.punct(p+1, ":")) && p+2 < e && s.toks[p+2].k == kQuote {
				oe, ok = p+1, true // "asked her, “...”": an object pronoun ("her" is a determiner too)
			}
			if l, _ := s.dateAt(oe); ok && l > 0 && s.has(oe+l, fQuestion) {
				oe += l // "asked Clinton Friday how ..."
			}
			if q, found := s.askedWhom(p, len(s.toks)); found {
				oe, ok = q, true // asked.go: "asked the 2016 Democratic contender if", "asked her to call"
				if q >= e {
					// "asked Cole, who chairs the panel, to ...": the content
					// ran to the aside's comma; it runs on past it
					e = s.quoteFinishes(q, s.contentEnd(q))
				}
			}
			if !ok {
				if c, found := s.askedForThing(p, e); found && s.askMade(j, p, m) {
					oe, e, askedFor = p, c, true // asked_for.go: "asked for proof of citizenship"
				} else {
					return j + 1
				}
			}
			// "Trump asked the network to donate the profits": a request,
			// the one asked and what they should do
			request := s.requestAt(oe, e)
			// "He then asked the buzzing crowd, “Can she stay?”": the one
			// asked, then the question quoted
			quoted := (s.punct(oe, ",") || s.punct(oe, ":")) && oe+1 < e && s.toks[oe+1].k == kQuote
			// "asked voters a question: Who ...?": the question after the colon
			colonAsks := s.punct(oe, ":") && oe+1 < e && s.toks[oe+1].k == kWord
			switch {
			case quoted:
				p, quoteFirst = oe+1, true
			case oe < e && s.toks[oe].k == kQuote:
				p, quoteFirst = oe, true // "asked the crowd “Why ...?”"
			case colonAsks:
				p = oe + 1
			case request:
			case s.has(oe, fQuestion):
				p, askedOn = oe, true
			case askedFor:
				p, extra.cueEnd = oe+1, s.toks[oe].e // the thing asked for, "for" in the cue
			default:
				return j + 1
			}
		}
	}
	if s.punct(p-1, ",") && !quoteFirst && !that && !askedOn && f&fPart == 0 && !s.is(p, "if") && !s.is(p, "when") && !asideFirst {
		return j + 1 // "said, however, ..." is rare; "said, in Moscow" is not content
	}
	short := false
	if a := s.shortAnswer(j, p); a > p {
		e, short = a, true // answers.go: "said no", "said the same"
	} else if s.tooShort(p, e) && !(f&fCall != 0 && s.naming(j)) && !((callFor || claimFor) && s.calledFor(p, e)) && !askedFor && !s.relativeGap(j, p, e, m) && !((that || s.pastClause(p, e)) && s.bareClause(p, e)) {
		return j + 1 // "testified voluntarily": not what was said; "he would" is
	}
	if !that && (s.is(p, "of") || s.is(p, "about") && !s.quantityAt(p+1)) && (!s.hasQuote(p, e) || f&fCall != 0) {
		return j + 1 // "warned of new sanctions": the topic, not what was said
	}
	if !that && s.objectOver(p, e) {
		return j + 1 // "warned Iran over the deal": the one warned and the grounds, not what was said
	}
	if (s.is(p, "which") || s.is(p, "who") || s.is(p, "whose")) && !quoteFirst && f&fAsk == 0 {
		return j + 1 // "..., which monitors extremist statements": a relative clause, not what was said
	}
	if p == j+1 && s.is(p, "but") && s.has(s.skipAdverb(p+1), fCue|fWeakCue) {
		return j + 1 // "said but later denied that ...": the second verb has its own clause
	}
	second := -1 // "said and others confirmed ...": the second verb's own subject and statement
	if p == j+1 && (s.is(p, "and") || s.is(p, "or") || s.is(p, "but")) && !s.has(s.skipAdverb(p+1), fCue|fWeakCue|fCall|fAsk) {
		// cue_pair.go reads "said and urged that", "said and later wrote that"
		q := s.thatSoon(p+1, e)
		switch v := s.secondCue(p+1, e); {
		case q >= 0 && s.clauseOpens(q+1):
			p, that = q+1, true // "said and then repeated that ...", "said and the mayor agreed that ...": the clause both verbs share
			if v < q {
				second = v
			}
		case v > 0 && s.has(v, fTell) && s.toldClause(v) > 0:
			p, that, second = s.toldClause(v), true, v // "said and sources told reporters (that) the plan was dead": the one told first (lines19)
		case v > 0 && s.clauseOpens(v+1):
			p, that, second = v+1, true, v // "said and others confirmed the plan was dead"
		default:
			return j + 1 // "said and did nothing else": the verb shares its subject with the next, and what follows is no object
		}
	}
	if s.is(p, "by") && f&(fCall|fDirective) == 0 && !that {
		return j + 1 // "responded by explaining ...": how, not what was said
	}
	if f&fDirective != 0 && p == j+1 && !s.accuses(j) {
		p = j // "urging the Council to ...": the request is the verb and its object
	}
	n := len(s.x.raws)
	if opensAside {
		p -= 2 // but what was said keeps its "that," (thatcomma.go)
	}
	s.emit(m, cue, p, e, extra)
	if askedFor && len(s.x.raws) > n {
		s.x.raws[n].fixedEnd = true               // a noun phrase's end, as an object's (object.go): the end model learned verbs' clauses, which run on
		s.dateAfterObject(&s.x.raws[n].clause, e) // "asked for patience on Monday": the thing ends at the date, which dates the asking
	}
	if short && len(s.x.raws) > n {
		s.x.raws[n].fixedEnd = true // "said so in December": the answer is the word, whatever the end model reads
		if c := &s.x.raws[n].clause; c[1] < s.toks[len(s.toks)-1].e && s.asMuch(p) > p {
			c[1] = s.toks[len(s.toks)-1].e // a date after "as much" dates the saying: "told friends as much on Friday" (answers.go)
		}
	}
	if second > 0 {
		s.from = j + 2
		return second // the second verb reads its own subject
	}
	s.from = e
	return e
}

// secondCue returns the finite verb of speech among the four tokens after
// a, before e, with words of its own subject between: "said and others
// confirmed ...", "said and the mayor agreed that ..."; else -1.
func (s *sentence) secondCue(a, e int) int {
	for k := a + 1; k < e && k <= a+4; k++ {
		tk := &s.toks[k]
		if tk.k != kWord {
			return -1
		}
		if !tk.cap && tk.w.f&(fCue|fWeakCue) != 0 && tk.w.f&fPart == 0 {
			return k
		}
	}
	return -1
}

// thatSoon returns the "that" among the four tokens from a, before e, or
// -1: "said and then repeated that ...", a second verb with a clause of
// its own, which the first shares.
func (s *sentence) thatSoon(a, e int) int {
	for k := a; k < e && k < a+4; k++ {
		if s.is(k, "that") {
			return k
		}
	}
	return -1
}

// accuses reports whether token j is a form of "accuse".
func (s *sentence) accuses(j int) bool {
	return j >= 0 && j < len(s.toks) && s.toks[j].k == kWord && len(s.word(j)) > 5 && equalFold(s.word(j)[:5], "accus")
}

// hasQuote reports whether tokens [a, b) hold a quotation.
func (s *sentence) hasQuote(a, b int) bool {
	for i := a; i < b; i++ {
		if s.toks[i].k == kQuote {
			return true
		}
	}
	return false
}

// bareClause reports whether tokens [p, e) after "that" are a clause of
// two words, a subject and its verb ("said that prices fell", "argued
// that Clinton lied"): "that" has already said a clause follows, so two
// words are enough, unless they are a time or an amount ("said that last
// year", "said that many times": there "that" is what was said about).
func (s *sentence) bareClause(p, e int) bool {
	if e-p != 2 || s.toks[p].k != kWord || s.toks[p+1].k != kWord || s.toks[p+1].cap {
		return false
	}
	const not = fDet | fPrep | fQuant | fNumber | fWeekday | fMonth | fAux | fSub | fNeg | fMod
	if s.has(p, not) || s.has(p+1, not|fPronoun|fObject) || s.timeNoun(p) || s.timeNoun(p+1) || isDigit(s.t[s.toks[p].s]) {
		return false
	}
	return s.toks[p].cap || isPlural(s.word(p))
}

// pastClause reports whether tokens [p, e), before the sentence's end or
// a comma, are two words whose second is a past form: "said sales fell",
// "said prices rose, and ...". Without "that", the past form is what
// makes the two words a clause (bareClause reads the rest).
func (s *sentence) pastClause(p, e int) bool {
	return e-p == 2 && (s.isEnd(e) || s.punct(e, ",") || s.punct(e, ";")) && pastVerbNotSaid(lowerASCII(s.word(p+1)))
}

// reasonAfter reports whether token i, after a cue and a phrase of
// circumstance, opens a clause of reason: "said on condition of anonymity
// because he was not authorized to speak": why the speaker spoke so, not
// what was said.
func (s *sentence) reasonAfter(i int) bool {
	return s.is(i, "because") && i+1 < len(s.toks) && s.toks[i+1].k == kWord && s.has(i+1, fPronoun|fDet)
}

// bareOneTold reports whether token p, right after a verb of telling, is
// a bare plural or mass noun that is the one told, as "reporters" is:
// "told staff in an email", "told investors on Monday", "told employees."
// A verb of telling takes the one told first; a bare noun closed by a
// preposition, a date or the sentence's end is no clause of what was said,
// nor is a bare plural before a subject pronoun ("told detectives he was").
func (s *sentence) bareOneTold(p int) bool {
	if p+1 >= len(s.toks) || s.toks[p].k != kWord || s.toks[p].cap || s.toks[p].w.f != 0 || isDigit(s.t[s.toks[p].s]) {
		return false
	}
	if l, _ := s.dateAt(p + 1); l > 0 {
		return true
	}
	n := s.toks[p+1]
	return n.k == kStop || n.k == kWord && !n.cap && n.w.f&fPrep != 0 && !s.is(p+1, "to") ||
		isPlural(s.word(p)) && n.k == kWord && subjectPronoun(s.word(p+1)) // "told detectives he was innocent": a noun and a pronoun are no one phrase
}

// tellObject returns the end of the object of a verb of telling at p: the
// words up to "that" when it comes soon, else a short noun phrase.
func (s *sentence) tellObject(p int) (int, bool) {
	for q := p; q < len(s.toks) && q < p+16; q++ {
		tk := s.toks[q]
		if tk.k == kPunct && s.word(q) == "," {
			if q > p+1 && q+1 < len(s.toks) && s.toks[q+1].k == kQuote && !s.hasVerb(p, q) {
				return q, true // "told Daily News radio show host Matt Boyle, “...”": whom, however long
			}
			continue // "told customers at a spot in Manchester, New Hampshire, that ..."
		}
		if tk.k != kWord || tk.w.f&(fCue|fWeakCue) != 0 {
			break
		}
		if s.is(q, "that") && q > p {
			return q, true
		}
	}
	if s.has(p, fAudience) || s.bareOneTold(p) {
		e := p + 1
		return e, true
	}
	if e, ok := s.bareTold(p); ok {
		return e, true // "told parliament last week the ..." (circumstance_clause.go)
	}
	if e, ok := s.rightNP(p); ok && e-p <= 6 {
		return e, true
	}
	return 0, false
}
