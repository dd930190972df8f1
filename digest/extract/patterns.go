// Attribution patterns that are not "speaker cue content": "according to
// X", "X was quoted as saying", "Name: ...", a quotation standing alone after
// an attributed sentence, and dated mentions of comments.

package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxLead and minLedQuote bound a quotation standing alone after a few
// words of the writer's own: at most maxLead words before it, at least
// minLedQuote words inside it.
const maxLead, minLedQuote = 8, 3

// accordingTo handles "according to X" before or after its content.
func (s *sentence) accordingTo(j int) int {
	p := j + 2
	e := p
	for e < len(s.toks) && e < p+22 && (s.toks[e].k == kWord || s.punct(e, "-") || s.punct(e, "'") || s.punct(e, "/") || e > p && s.titleInPhrase(e)) { // according_title.go: the “Medicare for all” document
		e++
	}
	if e == p {
		return j + 1
	}
	npEnd := e
	title, te := s.titledHead(p, e)
	if te > p {
		npEnd = te // "the “Medicare for all” document he released" (according_title.go)
	} else if ne, ok := s.rightNP(p); ok && ne < e {
		npEnd = ne
		if s.pluralCueNoun(p, npEnd, e) {
			// "according to the explanatory notes of the bill": no verb
			// follows "according to X", so "notes" is the head noun
			npEnd++
			if s.is(npEnd, "of") {
				if oe, ok := s.rightNP(npEnd + 1); ok && oe <= e {
					npEnd = oe
				}
			}
		}
	}
	m := s.mention(p, npEnd)
	if te > p {
		if t, ok := s.titledSource(title, te); ok {
			m = t
		}
	}
	if (s.is(npEnd, "from") || s.is(npEnd, "by")) && s.has(npEnd-1, fSourceNoun|fComment) {
		// "according to a statement from the Sierra Club": its author speaks
		if ae, ok := s.documentAuthor(npEnd, e); ok { // according_author.go
			m = s.mention(npEnd+1, ae)
		}
	}
	if npEnd == e {
		if a, ae, ok := s.namedAppositive(m, e); ok {
			m, e = a, ae // "according to a mediator, Carl Stein.": the named holder (cue_inverted.go)
		}
	}
	m.span = s.span(p, e)
	cue := s.span(j, j+2)
	adverbial := s.has(s.from, fPrep) && j-s.from <= 6 && s.punct(e, ",") // "Over the long term, according to X, ..."
	if !adverbial && (j > s.from && s.punct(j-1, ",") && !s.has(j-2, fSub) || j > s.from && s.isEnd(e)) {
		end := j
		if s.punct(j-1, ",") {
			end = j - 1
		}
		if end < j && s.isEnd(e) && !s.documentHead(npEnd-1) && s.ownedLeft(end, m, cue, afterCue{}) {
			s.from = e // cue_owned.go: "X will announce ..., according to officials."
			return e
		}
		if s.emitLeft(s.from, end, m, cue, afterCue{}) {
			s.from = e
			return e
		}
	}
	if s.punct(e, ",") && s.goesOnLeft(e+1) {
		// "Clinton leads by 271 delegates according to a count by the AP,
		// but ...", "..., according to the group, which monitors ...":
		// what follows the comma goes on from the clause before, which
		// is what X says
		if j > s.from && s.emitLeft(s.from, j, m, cue, afterCue{}) {
			s.from = e
			return e
		}
		return j + 1
	}
	if s.punct(e, ",") {
		ce := s.quoteFinishes(e+1, s.contentEnd(e+1)) // quote_finish.go
		if ce > e+1 {
			s.emit(m, cue, e+1, ce, afterCue{})
			s.from = ce
			return ce
		}
	}
	return j + 1
}

// pluralCueNoun reports whether token i, where the noun phrase that opens
// at p stops short of e, is a verb of speech in -s that heads the phrase
// instead ("the brief notes", "the latest claims"): a modifier before it,
// and "of", a punctuation mark or the phrase's end after it.
func (s *sentence) pluralCueNoun(p, i, e int) bool {
	if i <= p || i >= e || !s.has(i, fCue|fWeakCue) || s.toks[i].cap || !strings.HasSuffix(s.word(i), "s") {
		return false
	}
	if s.toks[i-1].k != kWord || s.has(i-1, fDet|fPrep|fAux|fPronoun) {
		return false
	}
	return i+1 >= e || s.is(i+1, "of") || s.toks[i+1].k != kWord
}

// goesOnLeft reports whether token i, right after "according to X,",
// goes on from the clause before the phrase rather than opening what X
// says: a conjunction ("but", "and"), a relative pronoun ("which") or a
// participle ("writing for ...").
func (s *sentence) goesOnLeft(i int) bool {
	if i >= len(s.toks) || s.toks[i].k != kWord || s.toks[i].cap {
		return false
	}
	switch lowerASCII(s.word(i)) {
	case "but", "and", "or", "which", "who", "whose", "whom":
		return true
	}
	return s.has(i, fPart) || strings.HasSuffix(s.word(i), "ing") && s.toks[i].w.f == 0
}

// quotedAs handles "X was quoted as saying (by Y)" and "was cited as saying".
func (s *sentence) quotedAs(j int) int {
	np, ok := s.leftNP(j - 2)
	if !ok {
		return j + 1
	}
	m := s.mention(np, j-1)
	cue := s.span(j-1, j+3)
	var extra afterCue
	p := j + 3
	if s.is(p, "by") {
		e := p + 1
		for e < len(s.toks) && e < p+12 && s.toks[e].k == kWord && !s.is(e, "after") && !s.is(e, "on") && !s.is(e, "in") {
			e++
		}
		extra.via = s.outlets(p+1, e)
		p = e
	}
	if np > s.from && (s.toks[np-1].k == kQuote || s.punct(np-1, ",")) {
		end := np
		if s.toks[np-1].k != kQuote {
			end = np - 1
		}
		if s.emitLeft(s.from, end, m, cue, extra) {
			s.from = p
			return p
		}
	}
	if s.is(p, "that") && !thatSubject(s, p) {
		p++
	}
	e := s.contentEnd(p)
	if e > p {
		s.emit(m, cue, p, e, extra)
		s.from = e
		return e
	}
	return j + 1
}

// outlets splits "TASS and Interfax" or "the state-run TASS news agency" into
// outlet names: the capitalised words of each part.
func (s *sentence) outlets(a, b int) []string {
	var out []string
	st := a
	for i := a; i <= b; i++ {
		if i == b || s.is(i, "and") || s.punct(i, ",") {
			if name := capsOnly(s.t, s.toks[st:i]); name != "" {
				out = append(out, name)
			}
			st = i + 1
		}
	}
	return out
}

// colon handles "Trump: ‘We Are Going to Win’" and "Peskov: “...”": a name,
// a colon and what was said.
func (s *sentence) colon() bool {
	for c := max(1, s.datelineEnd()); c < len(s.toks); c++ { // "9:30 p.m. — Jane Roe: “...”": not the clock's colon
		if !s.punct(c, ":") {
			continue
		}
		// "POLLS NOT WRONG - Carl Bialik: “...”", "More from Jones: “...”":
		// a topic before a dash or "more from" may lead in to a quotation,
		// however long the topic
		st := 0
		for d := c - 1; d > 0 && d >= c-maxNP; d-- {
			if s.punct(d, "-") || s.punct(d, "—") || s.punct(d, "–") {
				st = d + 1
				break
			}
		}
		long := st == 0 && c >= maxNP // only a name and where it spoke may run longer
		if st == 0 && c >= maxNP+8 {
			return false
		}
		if st == 0 && s.listBullet(0) {
			st = 1 // "- Sen. Jane Doe, D-Calif.: “...”": a list's item
		}
		src := 0 // colon_source.go: "According to the Gazette: “...”", "From Lee's post: “...”"
		if st == 0 && c+1 < len(s.toks) && s.toks[c+1].k == kQuote {
			src = s.sourceLead(0)
		}
		lead := src > 0
		if s.is(st, "more") && s.is(st+1, "from") {
			st += 2
		} else if st > 0 && s.is(st, "from") {
			st++ // "... - From the report: “...”"
		} else if lead {
			st = src
		}
		if st > 0 && (c+1 >= len(s.toks) || s.toks[c+1].k != kQuote) {
			return false
		}
		e, ok := s.rightNP(st)
		head := -1
		if ok && e < c && c+1 < len(s.toks) && s.toks[c+1].k == kQuote && !s.hasQuote(e, c) {
			a := e
			if s.punct(a, "(") {
				for r := a + 1; r < c && r <= a+7; r++ {
					if s.punct(r, ")") {
						a = r + 1 // "Rep. Tom Gray (R-Ohio)": a name, its party and state
						break
					}
				}
			}
			if a == c || a > e && s.punct(a, ",") && s.circumstanceOpens(a+1) || s.punct(e, ",") && (s.circumstanceOpens(e+1) || s.partyStateEnds(e+1) == c) {
				// "Jane Doe, on Twitter: “...”", "Sen. Amy Lee (D-Minn.), in a
				// statement: “...”", "Tom Gray, speaking on CNN: “...”": a name,
				// where or how it was said, a quotation
				head, e = e, c
			}
		}
		if long && head < 0 {
			return false
		}
		if ok && s.headline && c+1 < len(s.toks) && s.toks[c+1].k == kQuote && !s.hasQuote(st, c) {
			// "Senator Lee On Budget Talks: ‘We Will Get There’": a name, its
			// topic (title case runs the two together)
			for k := st + 1; k < c && k <= st+maxNP; k++ {
				if s.is(k, "on") {
					head, e = k, c
					break
				}
			}
		}
		and := -1
		if ok && st > 0 && e < c && s.is(e, "and") {
			if e2, ok2 := s.rightNP(e + 1); ok2 && e2 == c {
				and, e = e, c // "... - Frank Newport and Jim Harter: “...”"
			}
		}
		if !ok || e != c || c+1 >= len(s.toks) {
			return false
		}
		if head < 0 {
			head = s.headEnd(st, c)
		}
		if head-st >= 2 && gerundOpens(s.word(st)) {
			return false // "Saving Data: Reducing the size of updates": a gerund's topic, no name
		}
		m := s.mention(st, head)
		if lead {
			if k := s.possessorEnd(st, head); k > st {
				m = s.mention(st, k) // "From Lee's Facebook post: “...”": the post's author
			}
		}
		poll := s.headline && head == st+1 && s.has(st, fSourceNoun) // "Poll: Trump leads in Ohio"
		// "... - More from the report: “...”": after a topic, a document
		// may be quoted too
		report := (st > 0 || lead) && s.has(head-1, fSourceNoun) && s.toks[c+1].k == kQuote
		if m.kind != mName && m.kind != mOrg && !poll && !report {
			return false
		}
		if head == st+1 && s.has(st, fComment) && !poll {
			return false // "Interview: Envoy Sara Lind on ...": a kind of text, not its author
		}
		for i := st; i < head; i++ {
			if s.toks[i].w.f&(fPrep|fStarter|fDet) != 0 && !((report || lead) && i == st && s.has(i, fDet)) && i != and {
				return false // "Big Win For Bernie: ...": a title, not a speaker
			}
		}
		if s.toks[c+1].k != kQuote && !s.headline && s.block > 0 && (m.kind != mName || !strings.Contains(m.name, " ") || !s.labelNamed(st, head)) && !s.turn(st, head, c) {
			return false
		}
		if st == 0 && s.x.startsBlock(s.toks[0].s) && s.x.askerTurn(s.block) {
			return false // interview.go: "GAZETTE: Why ...?" asks; the outlet says nothing
		}
		ce := s.contentEnd(c + 1)
		answer := s.answerTurn(st, head, c)
		if ce-(c+1) < 3 && !s.hasQuote(c+1, ce) && !answer {
			return false // "Bernie Sanders: 1,501"
		}
		if s.label(m, s.span(c, c+1)) || !answer && s.topic(c+1, ce) {
			return false // "Breaking: ...", "by Times’ Jo Lee: “...”", "Kasich: Now or never" (ends.go)
		}
		s.emit(m, s.span(c, c+1), c+1, ce, afterCue{})
		return true
	}
	return false
}

// circumstanceOpens reports whether token i, after a name's comma, opens
// where or how the name spoke: a preposition ("on Twitter", "in a
// statement") or a participle with its complement ("speaking on CNN",
// "writing in the Times").
func (s *sentence) circumstanceOpens(i int) bool {
	return s.has(i, fPrep) || s.ingForm(i)
}

// listBullet reports whether token i is a mark that opens a list's item:
// a dash, a bullet or an asterisk.
func (s *sentence) listBullet(i int) bool {
	return s.dash(i) || i < len(s.toks) && s.toks[i].k == kPunct && (s.word(i) == "•" || s.word(i) == "*")
}

// partyStateEnds returns the token after a party and state label at i,
// as lists of lawmakers write it after a name and a comma ("Sen. Jane
// Doe, D-Calif.:"), -1 when there is none: a capital D, R or I, a hyphen
// and a capitalised state, perhaps abbreviated.
func (s *sentence) partyStateEnds(i int) int {
	if i >= len(s.toks) || s.toks[i].k != kWord {
		return -1
	}
	w := s.word(i)
	if len(w) < 3 || w[1] != '-' || !strings.ContainsRune("DRI", rune(w[0])) || w[2] < 'A' || w[2] > 'Z' {
		return -1
	}
	if i+1 < len(s.toks) && s.toks[i+1].k == kStop && s.word(i+1) == "." {
		return i + 2 // "D-Calif" and its abbreviation's dot
	}
	return i + 1
}

// turn reports whether the speaker tokens [st, head) before the colon at
// c open a turn of a transcript: "TAPPER: Do you think ...", "Matthews:
// Well, speculation is bad.", "Sara Lind: It is ...": the paragraph starts
// with them, and they are written in capitals or name someone the clipping
// names.
func (s *sentence) turn(st, head, c int) bool {
	if st != 0 || head != c || !s.x.startsBlock(s.toks[0].s) {
		return false
	}
	caps := true
	for i := st; i < head; i++ {
		w := s.word(i)
		if s.toks[i].k != kWord || !s.toks[i].cap || s.toks[i].w.f&(fStarter|fDet|fPrep|fMonth|fWeekday) != 0 {
			return false
		}
		caps = caps && len(w) >= 2 && strings.ToUpper(w) == w
	}
	named := func(last int) bool { return len(s.x.ents.byLast[stripPossessive(s.word(last))]) > 0 }
	return caps && !s.x.loneLabel(s.block) || (head == st+1 && named(st) || head == st+2 && named(st+1)) && s.labelNamed(st, head) // "Sara Lind: It is ...", not "BUDGET: ..." (interview.go) nor "Navigation Roadblocks: ..."
}

// opensTurn reports whether the sentence opens a transcript's turn: a
// speaker label and a colon at the start of its paragraph.
func (s *sentence) opensTurn() bool {
	if s.headline || s.block == 0 {
		return false
	}
	for c := 1; c < len(s.toks) && c <= 3; c++ {
		if s.punct(c, ":") {
			return c+1 < len(s.toks) && s.toks[c+1].k != kQuote && s.turn(0, c, c)
		}
		if s.toks[c].k != kWord {
			return false
		}
	}
	return false
}

// turnGoesOn makes a sentence that follows a turn's first sentence in its
// paragraph, and holds no quotation, part of the turn's statement: the
// turn is one statement, however many sentences it holds.
func (s *sentence) turnGoesOn() bool {
	t := s.x.turn
	return t >= 0 && t < len(s.x.raws) && s.x.raws[t].block == s.block && s.joinStatement(&s.x.raws[t], 0)
}

// joinStatement makes the sentence part of r's statement, r's content
// running on to the sentence's last word, unless the sentence holds a
// quotation, r is dropped or in parts, r's content reaches past the
// sentence's start already, or, with limit above 0, the content would run
// past limit words. A transcript's turn (turnGoesOn) and an interview's
// answer (answerGoesOn) go on so.
func (s *sentence) joinStatement(r *raw, limit int) bool {
	e := s.lastWordEnd()
	if e == 0 || r.drop || r.parts != nil || r.content[1] > s.toks[0].s || s.hasQuote(0, len(s.toks)) ||
		limit > 0 && wordCount(s.t[r.content[0]:s.toks[e-1].e]) > limit {
		return false
	}
	r.content[1] = s.toks[e-1].e
	return true
}

// fronted handles a verb of speech opening the sentence, its speaker, a
// comma and a quotation: "Said Jane Poole, who grew up with him, “...”".
func (s *sentence) fronted(j int) int {
	for q := j + 2; q < len(s.toks) && q <= j+maxFallbackNP+1; q++ {
		if s.toks[q].k != kQuote {
			continue
		}
		if !s.punct(q-1, ",") && !s.punct(q-1, ":") || !s.isEnd(q+1) || !s.speakerish(j+1, q-1) || !s.toks[j+1].cap {
			return j + 1
		}
		m := s.mention(j+1, s.headEnd(j+1, q-1))
		m.span = s.span(j+1, q-1)
		s.emit(m, s.span(j, j+1), q, q+1, afterCue{})
		s.from = q + 1
		return q + 1
	}
	return j + 1
}

// wordCount counts the space-separated words of t, as len(strings.Fields(t))
// would without making the slice.
func wordCount(t string) int {
	n, in := 0, false
	for _, r := range t {
		space := r == ' ' || r >= utf8.RuneSelf && unicode.IsSpace(r) || '\t' <= r && r <= '\r' // unicode.IsSpace, its ASCII spaces tested first
		if !space && !in {
			n++
		}
		in = !space
	}
	return n
}

// standalone attributes a sentence that is only a quotation to the speaker
// of the latest statement in this block or the one before.
func (s *sentence) standalone() bool {
	q, lead, leadFrom := -1, 0, -1
	for i := range s.toks {
		switch s.toks[i].k { // the kind alone, not a copy of each token
		case kQuote:
			if q >= 0 {
				return false
			}
			q = i
		case kWord:
			if q >= 0 {
				return false
			}
			if i > 0 || !(s.is(0, "but") || s.is(0, "and") || s.is(0, "still") || s.is(0, "yet") || s.is(0, "so")) {
				lead++
				if leadFrom < 0 {
					leadFrom = i
				}
			}
		}
	}
	if q < 0 || s.toks[q].ie <= s.toks[q].is {
		return false
	}
	n := len(s.x.raws)
	a := s.x.lastHead()
	if a < 0 {
		return false
	}
	prev := s.x.raws[a]
	if !prev.direct {
		// "“They’re not terminable,” Lieberman told the Journal, after de
		// Blasio stated an interest in ... . “These contracts are binding.”":
		// the quotation goes on from the quoted statement of that sentence,
		// not from a reported one in its circumstance
		for k := a - 1; k >= 0 && s.x.raws[k].sentStart == prev.sentStart && s.x.raws[k].block == prev.block; k-- {
			if q := s.x.raws[k]; q.direct && q.anchor < 0 && q.content[1] <= prev.cue[0] {
				a, prev = k, q
				break
			}
		}
	}
	// next to the statement it goes on from, or to a quotation standing
	// alone that its paragraph left open, as a quote running over several
	// paragraphs is printed (each opens, only the last closes): a chain of
	// reference lines ("“Penguins”. Te Ara.") closes each and stops here
	pb := prev.block
	if prev.later {
		pb++ // "Dr. Ward stated:", a paragraph of her words, then this one
	}
	if last := s.x.raws[n-1]; s.block-pb > 1 && !(last.anchor >= 0 && last.open && s.block-last.block == 1) || s.x.bareAfter(last) {
		return false
	}
	// "Now, “within the business community ...”": a few words may lead into
	// a long quotation that ends the sentence right after a quoted statement
	// of the same paragraph
	if lead > 0 && (lead > maxLead || s.block != prev.block || !s.x.raws[n-1].direct || wordCount(s.t[s.toks[q].is:s.toks[q].ie]) < minLedQuote) {
		return false
	}
	sp := prev.speaker
	if sp.kind == mPronoun && (sp.pron == "who" || sp.pron == "which") && a > 0 {
		// "“...,” said Mr. Ekovich, who noted that ... “...”": the
		// quotation goes on from the one named, not from the relative
		b := a - 1
		if s.x.raws[b].anchor >= 0 {
			b = s.x.raws[b].anchor
		}
		if s.x.raws[b].block == prev.block && s.x.raws[b].speaker.span[1] <= sp.span[0] {
			sp = s.x.raws[b].speaker
		}
	}
	r := raw{speaker: sp, cue: prev.cue, cueText: s.t[prev.cue[0]:prev.cue[1]], block: s.block, anchor: a,
		direct: true, content: quoteInside(s.t, s.toks[q]), via: prev.via, audience: prev.audience, ta: q, tb: q + 1, open: s.toks[q].open}
	if lead > 0 && leadFrom >= 0 {
		// the lead is part of what is reported: "Now, “within the business
		// community ...”" (a sentence's opening conjunction is not)
		r.ta = leadFrom
		r.content = s.span(leadFrom, q+1)
	}
	s.x.raws = append(s.x.raws, r)
	return true
}

// commentEvent records "The comments by X on DATE" and "X's remarks on DATE"
// so that X's undated statements nearby get the date.
func (s *sentence) commentEvent() {
	var lb [32]byte
	for i := 0; i < len(s.toks); i++ {
		if !s.has(i, fComment) {
			continue
		}
		var m mention
		e := i + 1
		switch {
		case s.is(i+1, "by") || s.is(i+1, "from"):
			ne, ok := s.rightNP(i + 2)
			if !ok {
				continue
			}
			m, e = s.mention(i+2, ne), ne
		case i > 0 && possessivePronoun(string(lowerInto(&lb, s.word(i-1)))): // lowered on the stack: "the President’s remarks" is no copy
			// "his remarks on Monday" (not "an interview aired Wednesday")
			m = mention{span: s.span(i-1, i), kind: mPronoun, pron: lowerASCII(s.word(i - 1))}
		default:
			continue
		}
		for k := e; k < len(s.toks) && k <= e+3; k++ {
			if l, w := s.dateAt(k); l > 0 && w.kind != wNone && w.kind != wRelRef {
				s.x.events = append(s.x.events, event{speaker: m, when: w, block: s.block})
				return
			}
		}
	}
}

// gerundOpens reports whether w, the first of a capitalised phrase, is a
// form in -ing that opens a gerund's phrase ("Saving Data", "Building
// Trust") rather than a first name ("Sterling Brown").
func gerundOpens(w string) bool {
	return len(w) > 5 && strings.HasSuffix(w, "ing") && !knownFirstName(w)
}
