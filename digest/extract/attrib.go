// The core attribution patterns: the cue words of a sentence and the speaker
// before or after each of them. Content boundaries are in content.go, the
// other patterns in patterns.go, dates in date.go.

package extract

import (
	"slices"
	"strings"

	"github.com/whosaid/whosaid/digest"
)

// sentence matches the attribution patterns on the tokens of one sentence.
type sentence struct {
	x        *extractor
	t        string
	toks     []token
	block    int
	headline bool
	from     int // tokens before from belong to an earlier statement
	first    int // index in x.raws of this sentence's first statement
	subj     *mention
	lead     bool // the speaker's clause opens with a subordinator: "While X said Y, ..."
}

// maxNP bounds the length of a speaker's noun phrase, in tokens.
const maxNP = 10

func (s *sentence) run() {
	s.first = len(s.x.raws)
	if c := s.x.colon; c != nil {
		// the sentence after "he declared:" is what was declared
		s.x.colon = nil
		if s.block-c.block <= 1 && len(s.toks) > 0 && (!c.leads || s.block == c.block+1 && s.x.startsBlock(s.toks[0].s)) {
			r := *c
			e := len(s.toks)
			for e > 0 && (s.toks[e-1].k == kStop || s.toks[e-1].k == kPunct) {
				e--
			}
			if e == 1 && s.toks[0].k == kQuote {
				r.direct, r.content, r.ta, r.tb = true, quoteInside(s.t, s.toks[0]), 0, 1
			} else if r.leads {
				r.content = digest.Span{} // "Cruz continued:" leads in a quotation only
			} else if e > 0 {
				r.content, r.ta, r.tb = s.span(0, e), 0, e
			}
			if !r.content.Empty() {
				r.later = s.block > c.block
				s.x.raws = append(s.x.raws, r)
				s.dates()
				s.learned()
				return
			}
		}
	}
	if s.opensTurn() && s.colon() {
		// "FALLIN: Well, I think ...": a transcript's turn is what its
		// speaker says, whatever verbs it holds
		s.x.turn = len(s.x.raws) - 1
		s.x.raws[s.x.turn].turn = true
		s.dates()
		s.learned()
		return
	}
	if s.turnGoesOn() {
		s.dates()
		s.learned()
		return
	}
	s.scan(0)
	if e := s.shareEnds(); e > 0 {
		// "21 percent said “not too likely” and 14 percent said ...": the
		// next share's statement
		s.from = e
		s.scan(e)
	}
	s.viaAccording()
	if len(s.x.raws) == s.first && s.x.colon == nil {
		s.colonLead()
	}
	if len(s.x.raws) == s.first {
		if !s.colon() && !s.headlineColon() && !s.afterUnreadQuote() && !s.standalone() {
			s.continued() // continued.go: "“...” or to control the arsenal."
		}
	}
	if s.x.m != nil || s.x.col != nil {
		s.fallback()
	}
	s.commentEvent()
	s.dates()
	s.learned()
	s.joinBroken()
}

// scan builds the statements of each cue word from token j0 on.
func (s *sentence) scan(j0 int) {
	toks := s.toks
	for j := j0; j < len(toks); j++ {
		tk := toks[j]
		if tk.k != kWord || tk.w.f&(fCue|fWeakCue|fCall|fAsk|fQuoted|fQuoteCue) == 0 && !s.according(j) {
			continue
		}
		if next := s.cue(j); next > j {
			j = next - 1
		}
	}
}

// viaAccording reads "“...,” O’Malley said, according to the Las Vegas
// Sun." at the end of a sentence: the outlet carried what the sentence's
// statements before it report, so it joins their via list. (PolNeAR marks
// the outlet as a second source of the same words; a reader wants one
// statement, the speaker's, with the outlet it came through.)
func (s *sentence) viaAccording() {
	for j := 1; j+2 < len(s.toks); j++ {
		if !s.according(j) || !s.punct(j-1, ",") {
			continue
		}
		e := j + 2
		for e < len(s.toks) && s.toks[e].k == kWord && (s.toks[e].cap || s.has(e, fDet)) {
			e++
		}
		if e < len(s.toks) && s.toks[e].k != kStop {
			return // "according to her lawyers in a court filing": not an outlet's name alone
		}
		name := capsOnly(s.t, s.toks[j+2:e])
		if name == "" || !isMedia(name) && !allCaps(name) {
			return
		}
		for k := s.first; k < len(s.x.raws); k++ {
			r := &s.x.raws[k]
			if r.cue[1] <= s.toks[j].s && r.content[1] <= s.toks[j].s && !slices.Contains(r.via, name) {
				r.via = append(r.via, name)
			}
		}
		return
	}
}

// joinBroken makes a quote broken by its attribution one statement:
// “A,” he said, “B.” — the quotation before the cue and the one after it,
// with the same speaker and cue, become parts of one content. Reported
// clauses around a cue stay apart: the part before is often an opening
// phrase ("Six months ago, he said, the media ...").
func (s *sentence) joinBroken() {
	rs := s.x.raws
	out := s.first
	for k := s.first; k < len(rs); k++ {
		if out > s.first {
			p := &rs[out-1]
			c := rs[k]
			if !p.drop && !c.drop && p.direct && c.direct && p.anchor < 0 && c.anchor < 0 && p.cue == c.cue && p.speaker.span == c.speaker.span &&
				p.content[1] <= p.cue[0] && c.content[0] >= c.cue[1] {
				if p.parts == nil {
					p.parts = []digest.Span{p.content}
				}
				p.parts = append(p.parts, c.content)
				p.content[1] = c.content[1]
				p.tb = c.tb
				continue
			}
		}
		rs[out] = rs[k]
		out++
	}
	s.x.raws = rs[:out]
}

// cue tries to build statements around the cue word at j. It returns the
// token index where scanning resumes (j+1 when nothing matched).
func (s *sentence) cue(j int) int {
	toks := s.toks
	f := toks[j].w.f
	switch {
	case s.according(j):
		return s.accordingTo(j)
	case f&fQuoted != 0 && s.has(j-1, fPassive) && s.is(j+1, "as") && s.has(j+2, fCue):
		return s.quotedAs(j)
	case f&fAsk != 0 && s.is(j+1, "by"):
		return s.askedBy(j)
	}
	// negation or hedging between the speaker and the cue: no statement
	k := j - 1
	for ; k >= s.from && toks[k].k == kWord && (toks[k].w.f&(fAux|fNeg) != 0 && toks[k].w.f&fPronoun == 0 || toks[k].cap && toks[k].w.f&fWeekday != 0 && k > s.from ||
		k > s.from && toks[k].w.f == 0 && lyAdverb(s, k) || s.is(k, "since") && s.has(k-1, fAux)); k-- { // "He memorably promised", "She has since said"
		if toks[k].w.f&fNeg != 0 {
			return j + 1
		}
		if toks[k].w.f&fWeekday != 0 && s.is(k-1, "on") {
			k-- // "Peskov on Friday said"
		}
	}
	if q := s.floatingSubject(k); q >= 0 {
		k = q // "Trump and Sanders have both argued" (speaker.go)
	}
	// "The committee this week announced": a date between speaker and cue
	for s0 := k - 2; s0 <= k && k > s.from; s0++ {
		if s0 > s.from {
			if l, _ := s.dateAt(s0); l > 0 && s0+l == k+1 {
				k = s0 - 1
				break
			}
		}
	}
	// "He went on to say", "goes on to argue": the speaker is before "went on"
	if s.is(k, "to") && s.is(k-1, "on") && (s.is(k-2, "went") || s.is(k-2, "goes") || s.is(k-2, "go") || s.is(k-2, "going")) {
		k -= 3
		for k >= s.from && s.has(k, fAux) && !s.has(k, fPronoun) {
			k--
		}
	}
	if s.is(k, "to") && f&fCue != 0 && f&fPart == 0 && !toks[j].cap && (s.quoteNext(j+1) || s.is(j+1, "that")) {
		// "went so far as to say: “...”", "was quick to add that": the
		// speaker is before the verbs
		if k = s.beforeToSay(k); k < 0 {
			return j + 1
		}
	}
	if k >= s.from && toks[k].k == kWord && (s.is(k, "to") || toks[k].w.f&fPassive != 0 && f&fPart == 0) {
		return j + 1 // "declined to comment", "was asked"
	}
	if (s.is(k, "that") || s.is(k, "which")) && k-1 >= s.from && s.toks[k-1].k == kWord && !s.toks[k-1].cap &&
		s.toks[k-1].w.f&(fRole|fSourceNoun|fOrgHead|fAudience|fQuant|fPronoun|fMedia) == 0 {
		return j + 1 // "fees that added millions": a thing that no one speaks for
	}
	if f&fCall != 0 && s.is(j, "called") && k > s.from && s.toks[k].k == kWord && !s.toks[k].cap && s.toks[k].w.f&(fPronoun|fRole|fSourceNoun|fAux|fRelative|fQuant|fSub) == 0 &&
		j+1 < len(toks) && (toks[j+1].k == kQuote || toks[j+1].cap) {
		// "a 2002 psychology class called “Perception”", "a group called
		// Future 45": a thing and its name, not a speaker calling it so
		for d := k - 1; d >= s.from && d >= k-4; d-- {
			if s.has(d, fDet) && !s.has(d, fPronoun) || s.toks[d].k == kWord && isDigit(s.t[s.toks[d].s]) {
				return j + 1
			}
			if s.toks[d].k != kWord || s.toks[d].cap {
				break
			}
		}
	}
	if f&fPart != 0 && s.has(k, fPassive) {
		k-- // "Kasich is telling a crowd"
		f &^= fPart
	}
	if toks[j].cap && !s.headline && !(j > 0 && toks[j-1].cap && j+1 < len(toks) && toks[j+1].cap) {
		if j == s.from && f&fCue != 0 && f&fPart == 0 {
			return s.fronted(j) // "Said Jane Poole, who grew up with him, “...”"
		}
		if j == s.from && f&fCue != 0 && f&fPart != 0 {
			return s.frontedParticiple(j) // subject.go: "Noting that X, Trump reminded ..."
		}
		return j + 1 // "the United States": a capitalised cue only in title case
	}
	if f&(fCue|fWeakCue|fCall|fAsk) == 0 {
		// "states", "reads": only “...,” the ad states / reads the sign
		q := s.from
		for q < j && (s.punct(q, "(") || s.punct(q, "—")) {
			q++
		}
		if toks[j].cap || q >= j || toks[q].k != kQuote || !quoteContinues(s.t, toks[q]) {
			return j + 1
		}
		f |= fCue
	}
	cue := digest.Span{toks[j].s, toks[j].e}
	if f&fPart != 0 && s.has(k, fAudience|fObject) {
		// "The senator emailed supporters saying: “...”": those addressed
		// are the verb's object; the subject speaks (a thing held or shown
		// speaks itself: "held a sign saying")
		v := k - 1
		for v > s.from && s.has(v, fDet|fMod) && !s.has(v, fPronoun) {
			v--
		}
		if v > s.from && toks[v].k == kWord && !toks[v].cap && toks[v].w.f&(fDet|fPrep|fSub|fRelative|fCue|fAux|fPassive|fQuant|fPronoun) == 0 {
			if m := s.speakerSoFar(); m != nil && m.span[1] <= toks[v].s {
				return s.right(j, *m, cue)
			}
		}
	}
	if f&fPart != 0 && (s.punct(j+1, ":") || j+1 < len(toks) && toks[j+1].k == kQuote) {
		// "The ad ends with a voice over saying: “...”"
		// ("issued a statement saying “...”": the statement's author
		// speaks, below)
		if np, ok := s.leftNP(k); ok && toks[k].k == kWord && !toks[k].cap && toks[k].w.f&(fPronoun|fRelative|fSourceNoun|fComment) == 0 && !s.has(np-1, fPrep) {
			return s.right(j, s.mention(np, k+1), digest.Span{toks[j].s, toks[j].e})
		}
	}
	if f&fPart != 0 {
		// ", adding that ...", "by saying": the sentence's speaker goes on
		if k < s.from || s.punct(k, ",") || s.punct(k, "—") || s.punct(k, "–") || s.has(k, fSub) || s.is(k, "by") || s.is(k, "after") || s.is(k, "before") || s.is(k, "then") || s.is(k, "upon") || s.is(k, "while") ||
			toks[k].k == kQuote && toks[k].ie > toks[k].is && s.t[toks[k].ie-1] == ',' {
			if m := s.clauseSpeaker(k); m != nil {
				return s.right(j, *m, cue)
			}
		}
		// "with the senator calling the move “deeply troubling”": the noun
		// phrase after "with" speaks
		if np, ok := s.leftNP(k); ok && s.is(np-1, "with") && np-1 >= s.from {
			return s.right(j, s.mention(np, k+1), cue)
		}
		// "The company issued a statement saying that ...": what the
		// statement, letter or post says, its author says
		if k >= s.from && k >= 0 && toks[k].k == kWord && !toks[k].cap && toks[k].w.f&(fSourceNoun|fComment) != 0 && toks[k].w.f&(fRole|fPronoun) == 0 && !s.is(k, "people") {
			i := k
			for i-1 > s.from && s.has(i-1, fDet|fMod) && !s.has(i-1, fPronoun) {
				i--
			}
			v := i - 1 // "issued", "released", "sent"
			if s.is(v, "out") || s.is(v, "up") || s.is(v, "forth") {
				v-- // "put out", "sent out"
			}
			if v > s.from && toks[v].k == kWord && !toks[v].cap && toks[v].w.f&(fPrep|fDet|fCue|fSub) == 0 {
				if np, ok := s.leftNP(v - 1); ok {
					return s.right(j, s.mention(np, v), cue)
				}
			}
			if m := s.speakerSoFar(); m != nil && m.span[1] <= toks[k].s && s.has(v, fPrep) {
				return s.right(j, *m, cue) // "In a statement saying ..., the group ..."
			}
		}
		return j + 1
	}
	// “...,” Democratic pollster Peter Fenn said: all between the quote and
	// the cue is the speaker
	q := s.from
	for q < k && (s.punct(q, "(") || s.punct(q, "—")) {
		q++
	}
	if q < k && toks[q].k == kQuote && quoteContinues(s.t, toks[q]) && k-q <= 25 && s.speakerPhrase(q+1, k+1) {
		end := k + 1
		for s.punct(end-1, ",") && end-1 > q+1 {
			end--
		}
		head := end
		for i := q + 2; i < end; i++ {
			if s.punct(i, ",") {
				head = i
				break
			}
		}
		m := s.mention(q+1, head)
		if head < end {
			if t := s.appositiveTitle(head+1, end); t != "" && m.title == "" {
				m.title = t
			}
		}
		m.span = s.span(q+1, end)
		return s.withSpeaker(j, m, cue, q+1)
	}
	if ks := s.dashEnding(k); ks >= 0 {
		// "insiders in the next two states — Nevada and South Carolina —
		// said": the subject before an aside between dashes
		for d := ks - 2; d > s.from && d >= k-20; d-- {
			if s.toks[d].k == kQuote || s.toks[d].k == kStop {
				break
			}
			ds := s.dashEnding(d)
			if ds < 0 || s.word(d) != s.word(k) {
				continue
			}
			d = ds
			if np, ok := s.leftNP(d - 1); ok && s.toks[d-1].k == kWord {
				head := d
				if st, h, ok := s.subjectBeforePreps(np); ok {
					np, head = st, h
				}
				if np == s.from || s.punct(np-1, ",") || s.has(np-1, fSub|fClauseEnd) || s.toks[np-1].k == kWord && isSentenceLink(lowerASCII(s.word(np-1))) {
					m := s.mention(np, head)
					m.span = s.span(np, k+1)
					return s.right(j, m, cue)
				}
			}
			break
		}
	}
	if s.punct(k, ",") && s.punct(k-1, ")") {
		// "Sen. Jack Reed (D-R.I.), said": a name, its party and state
		if np, ok := s.leftNP(k - 1); ok && (np == s.from || s.punct(np-1, ",") || s.has(np-1, fSub|fClauseEnd) || s.toks[np-1].k == kWord && isSentenceLink(lowerASCII(s.word(np-1)))) {
			m := s.mention(np, k)
			return s.right(j, m, cue)
		}
	}
	sk := k
	if s.punct(k, ",") {
		sk = k - 1 // "Just shy of half, 49%, say"
	}
	if st, ok := s.shareBefore(sk); ok {
		if pa, pe, from, v, ok := s.pollSource(st); ok && sk == k {
			// "In a CNN poll, 31% of Republicans said ...", "A poll showed
			// that 72 percent said ...": the poll reports what its share
			// said (subject_long.go)
			return s.pollSays(j, cue, pa, pe, from, v)
		}
		// "42% say", "75 percent of Democrats said": a share of those
		// polled speaks
		m := s.mention(st, sk+1)
		if sk < k {
			return s.right(j, m, cue)
		}
		return s.withSpeaker(j, m, cue, st)
	}
	if np, rel, ok := s.subjectBeforeRelative(k); ok {
		// "Republicans who voted for Trump said", "progressive groups
		// that have endorsed him say": the noun the relative clause
		// describes speaks
		m := s.mention(np, rel)
		m.span = s.span(np, k+1)
		return s.withSpeaker(j, m, cue, np)
	}
	if np, ok := s.leftNP(k); ok {
		m := s.mention(np, k+1)
		if st, head, ok := s.subjectBeforePreps(np); ok && m.kind != mPronoun {
			// "Some delegates at the convention in Philadelphia said": the
			// noun phrase after a preposition is no subject
			m = s.mention(st, head)
			m.span = s.span(st, k+1)
			np = st
		}
		return s.withSpeaker(j, m, cue, np)
	}
	// "Mr. Trump's former campaign manager, Corey Lewandowski, said the staff
	// member ...": a subject with its appositive opens the sentence
	if s.punct(k, ",") {
		if m, np, ok := s.appositive(k); ok && (np == s.from || s.subjectStart(np)) && !s.hasQuote(s.from, k) {
			n := len(s.x.raws)
			r := s.right(j, m, cue)
			if np == s.from || len(s.x.raws) > n || s.x.colon != nil || !s.leftClause(np-1) {
				return r
			}
			// "Facebook created the tool ..., a spokeswoman, Anna White,
			// said.": nothing follows; the clause before is what was said
		}
	}
	if m, ok := s.relativeGoesOn(k); ok {
		return s.right(j, m, cue) // "Humphrey, who calls Trump a “sociopath,” said he ..."
	}
	// "..., said Peskov" / "“...,” said the spokesman."; "told X" names the audience
	if (k < s.from || toks[k].k == kQuote || s.punct(k, ",")) && f&fTell == 0 {
		e, ok := s.invertedNP(j + 1)
		if o := s.ofAffiliation(j+1, e); ok && !s.afterInverted(e) && o > 0 && s.afterInverted(o) {
			e = o // "said Robert Antonacci of the New York delegation."
		}
		if ok && s.afterInverted(e) {
			m := s.mention(j+1, e)
			if s.punct(e, ",") && m.title == "" {
				ae := e + 1
				for ae < len(toks) && toks[ae].k == kWord {
					ae++
				}
				m.title = s.appositiveTitle(e+1, ae)
			}
			if s.contentLeft(k+1, m, cue, j, e) {
				// "“The risk,” said Edward Leamer, an economist, “is that ...”"
				if s.punct(e, ",") {
					for q := e + 1; q < len(toks) && q < e+25; q++ {
						if toks[q].k == kStop {
							break
						}
						if toks[q].k == kQuote {
							if s.punct(q-1, ",") && s.isEnd(q+1) {
								_, extra := s.skipAfterCue(j, m)
								s.emit(m, cue, q, q+1, extra)
								s.from = q + 1
								return q + 1
							}
							break
						}
					}
				}
				return e
			}
			// "But, said Solovey, “...”": the quotation follows
			if s.punct(e, ",") && e+1 < len(toks) && toks[e+1].k == kQuote {
				_, extra := s.skipAfterCue(j, m)
				s.emit(m, cue, e+1, e+2, extra)
				s.from = e + 2
				return e + 2
			}
		}
	}
	// "Christopher Harvey, a delegate from Houston, said ..."
	if s.punct(k, ",") {
		if m, np, ok := s.appositive(k); ok {
			if np > s.from && (toks[np-1].k == kQuote || s.punct(np-1, ",")) {
				return s.withSpeaker(j, m, cue, np)
			}
			return s.right(j, m, cue)
		}
	}
	if next, ok := s.coordinated(j, &k, cue); ok {
		return next // coord.go: "when Cruz knocked Rubio and called him ..."
	}
	// "and said ...", ", called her ...": the sentence's speaker goes on
	if s.is(k, "and") || s.is(k, "but") || s.punct(k, ",") && len(s.x.raws) > s.first {
		if m := s.clauseSpeaker(k); m != nil {
			return s.right(j, *m, cue)
		}
	}
	return j + 1
}

// speakerPhrase reports whether tokens [a, b) can all be a speaker phrase
// with its appositives: words, commas, parentheses and abbreviation dots,
// ending in a name, a role or a pronoun, with no verb of speech inside.
func (s *sentence) speakerPhrase(a, b int) bool {
	if b <= a {
		return false
	}
	for i := a; i < b; i++ {
		tk := s.toks[i]
		switch tk.k {
		case kQuote:
			return false
		case kStop:
			if i == a || s.toks[i-1].e != tk.s || tk.e-tk.s != 1 || i+1 < b && s.toks[i+1].k == kWord && s.toks[i+1].cap && s.toks[i+1].w.f&fStarter != 0 {
				return false
			}
		case kPunct:
			switch s.t[tk.s] {
			case ',', '(', ')', '-':
			default:
				return false
			}
		case kWord:
			if tk.w.f&fCue != 0 && tk.w.f&fPart == 0 || tk.w.f&fNeg != 0 {
				return false
			}
		}
	}
	if s.punct(b-1, ",") && b-1 > a {
		b-- // "Morton Blackwell, the committeeman from Virginia, told AFP"
	}
	for i := a + 1; i < b; i++ {
		if s.punct(i, ",") {
			b = i // the head comes before the appositive
			break
		}
	}
	h := s.toks[b-1]
	return h.k == kWord && (h.cap || h.w.f&(fRole|fSourceNoun|fPronoun|fQuant) != 0) || s.punct(b-1, ")")
}

// withSpeaker builds the statements of a cue at j whose speaker phrase
// starts at token np.
func (s *sentence) withSpeaker(j int, m mention, cue digest.Span, np int) int {
	toks := s.toks
	if e := s.nestedBy(j, m, cue, np); e > 0 {
		return e
	}
	s.lead = np-1 == s.from && s.from == 0 && toks[0].cap && s.has(0, fSub) && !s.is(0, "that") && !s.is(0, "and") && !s.is(0, "but") && !s.is(0, "so")
	defer func() { s.lead = false }()
	if np > s.from && (toks[np-1].k == kQuote || s.punct(np-1, ",") || s.punct(np-1, "—") || s.punct(np-1, "–")) {
		p, extra := s.skipAfterCue(j, m)
		// “...,” he said when asked: what follows the cue is circumstance
		quoted := toks[np-1].k == kQuote && quoteContinues(s.t, toks[np-1])
		if quoted && np-1 > s.from && p < len(toks) && toks[p].k == kWord && toks[p].w.f&(fSub|fPrep|fClauseEnd|fDateLead) == 0 &&
			!strings.HasSuffix(s.word(p), "ing") && !s.isEnd(p) {
			// "Walking in to chants of "Marco!," the senator said his campaign
			// was ...": the quote is scenery, what was said follows the cue
			quoted = false
		}
		// "On CBS, she stated, “...”": an opening phrase, then the quote
		if !quoted && !s.hasQuote(s.from, np) && s.punct(p, ",") && p+1 < len(toks) && toks[p+1].k == kQuote {
			return s.right(j, m, cue)
		}
		if quoted || s.isEnd(p) || s.punct(p, ",") || s.punct(p, ";") {
			direct2 := p < len(toks) && toks[p].k == kQuote && p == j+1 // "she said “...”"
			if quoted && !s.isEnd(p) && !s.punct(p, ",") {
				p = s.skipCircumstance(p)
			}
			end := np
			if toks[np-1].k != kQuote {
				end = np - 1
			}
			from := s.from
			if toks[np-1].k == kQuote && np-2 >= s.from && (s.punct(np-2, ":") || s.punct(np-2, "—") || s.punct(np-2, "–") || s.punct(np-2, "-")) {
				from = np - 1 // "... embodied: ''Civility ...,'' he said": the quotation alone
			}
			emitted := s.emitLeft(from, end, m, cue, extra)
			// “A,” he said, “B.” and "A, he said, B": the part after the attribution
			subLeft := s.has(from, fSub) && s.toks[from].cap // "While ..., she added, revoking clearances would be ..."
			rest := p + 1
			if emitted && !quoted && s.punct(p, ",") && s.is(rest, "that") && rest+1 < len(toks) && toks[rest+1].k != kStop {
				rest++ // "Mr. Trump is so reckless, the vice president said, that if ..."
			}
			if s.punct(p, ",") && rest < len(toks) && (toks[rest].k == kQuote || rest > p+1 || toks[rest].k == kWord && (!quoted || s.hasQuote(rest, s.contentEnd(rest))) &&
				toks[rest].w.f&(fClauseEnd|fPart|fCue|fPrep|fRelative) == 0 && (subLeft || !strings.HasSuffix(s.word(rest), "ing")) &&
				!s.according(rest) && !s.attribAhead(rest)) {
				if e := s.contentEnd(rest); e > rest {
					s.emit(m, cue, rest, e, extra)
					s.from = e
					return e
				}
			}
			// "“...,” she said “Ultimately ...”": the second part without its comma
			if emitted && direct2 && s.isEnd(p+1) {
				s.emit(m, cue, p, p+1, extra)
				s.from = p + 1
				return p + 1
			}
			if emitted {
				s.from = p
				return p
			}
		}
	}
	// "As Clinton told the Daily News, tax relief ..."
	if s.is(np-1, "as") && (np-1 == s.from || (s.punct(np-2, ",") || np-2 == s.from && s.toks[np-2].k == kWord && isSentenceLink(lowerASCII(s.word(np-2))) ||
		(s.is(np-2, "and") || s.is(np-2, "but")) && s.punct(np-3, ","))) {
		// "But as Clyburn noted, those voters will ...", "..., and as Comey
		// noted, people involved ..."
		p, extra := s.skipAfterCue(j, m)
		if s.punct(p, ",") {
			if e := s.contentEnd(p + 1); e > p+1 {
				s.emit(m, cue, p+1, e, extra)
				s.from = e
				return e
			}
		}
	}
	return s.right(j, m, cue)
}
