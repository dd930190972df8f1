package extract

import (
	"strings"
	"unicode/utf8"

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
		if s.block-c.block <= 1 && len(s.toks) > 0 {
			r := *c
			e := len(s.toks)
			for e > 0 && (s.toks[e-1].k == kStop || s.toks[e-1].k == kPunct) {
				e--
			}
			if e == 1 && s.toks[0].k == kQuote {
				r.direct, r.content = true, quoteInside(s.t, s.toks[0])
			} else if e > 0 {
				r.content = s.span(0, e)
			}
			if !r.content.Empty() {
				s.x.raws = append(s.x.raws, r)
				s.dates()
				return
			}
		}
	}
	toks := s.toks
	for j := 0; j < len(toks); j++ {
		tk := toks[j]
		if tk.k != kWord || tk.w.f&(fCue|fWeakCue|fCall|fAsk|fQuoted|fQuoteCue) == 0 && !s.according(j) {
			continue
		}
		if next := s.cue(j); next > j {
			j = next - 1
		}
	}
	if len(s.x.raws) == s.first {
		if !s.colon() {
			s.standalone()
		}
	}
	s.commentEvent()
	s.dates()
}

func (s *sentence) word(i int) string {
	return s.t[s.toks[i].s:s.toks[i].e]
}

func (s *sentence) is(i int, w string) bool {
	if i < 0 || i >= len(s.toks) || s.toks[i].k != kWord {
		return false
	}
	return equalFold(s.word(i), w)
}

func (s *sentence) punct(i int, p string) bool {
	return i >= 0 && i < len(s.toks) && s.toks[i].k == kPunct && s.word(i) == p
}

func (s *sentence) has(i int, f flag) bool {
	return i >= 0 && i < len(s.toks) && s.toks[i].k == kWord && s.toks[i].w.f&f != 0
}

func (s *sentence) according(j int) bool {
	return s.is(j, "according") && s.is(j+1, "to")
}

// span returns the byte span of tokens [a, b).
func (s *sentence) span(a, b int) digest.Span {
	if b <= a {
		return digest.Span{s.toks[a].s, s.toks[a].s}
	}
	return digest.Span{s.toks[a].s, s.toks[b-1].e}
}

// isEnd reports whether i is past the sentence's words: the end, or only
// stops and closing punctuation remain.
func (s *sentence) isEnd(i int) bool {
	for ; i < len(s.toks); i++ {
		if s.toks[i].k == kWord || s.toks[i].k == kQuote {
			return false
		}
		if s.toks[i].k == kPunct && s.word(i) != ")" && s.word(i) != "]" {
			return false
		}
	}
	return true
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
	}
	// negation or hedging between the speaker and the cue: no statement
	k := j - 1
	for ; k >= s.from && toks[k].k == kWord && (toks[k].w.f&(fAux|fNeg) != 0 && toks[k].w.f&fPronoun == 0 || toks[k].cap && toks[k].w.f&fWeekday != 0 && k > s.from); k-- {
		if toks[k].w.f&fNeg != 0 {
			return j + 1
		}
		if toks[k].w.f&fWeekday != 0 && s.is(k-1, "on") {
			k-- // "Peskov on Friday said"
		}
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
	if k >= s.from && toks[k].k == kWord && (s.is(k, "to") || toks[k].w.f&fPassive != 0 && f&fPart == 0) {
		return j + 1 // "declined to comment", "was asked"
	}
	if f&fPart != 0 && s.has(k, fPassive) {
		k-- // "Kasich is telling a crowd"
		f &^= fPart
	}
	if toks[j].cap && !s.headline && !(j > 0 && toks[j-1].cap && j+1 < len(toks) && toks[j+1].cap) {
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
	if f&fPart != 0 && (s.punct(j+1, ":") || j+1 < len(toks) && toks[j+1].k == kQuote) {
		// "The ad ends with a voice over saying: “...”"
		if np, ok := s.leftNP(k); ok && toks[k].k == kWord && !toks[k].cap && toks[k].w.f&(fPronoun|fRelative) == 0 && !s.has(np-1, fPrep) {
			return s.right(j, s.mention(np, k+1), digest.Span{toks[j].s, toks[j].e})
		}
	}
	if f&fPart != 0 {
		// ", adding that ...", "by saying": the sentence's speaker goes on
		if k < s.from || s.punct(k, ",") || s.punct(k, "—") || s.has(k, fSub) || s.is(k, "by") || s.is(k, "after") || s.is(k, "before") || s.is(k, "then") ||
			toks[k].k == kQuote && toks[k].ie > toks[k].is && s.t[toks[k].ie-1] == ',' {
			if m := s.speakerSoFar(); m != nil {
				return s.right(j, *m, cue)
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
	if np, ok := s.leftNP(k); ok {
		m := s.mention(np, k+1)
		return s.withSpeaker(j, m, cue, np)
	}
	// "Mr. Trump's former campaign manager, Corey Lewandowski, said the staff
	// member ...": a subject with its appositive opens the sentence
	if s.punct(k, ",") {
		if m, np, ok := s.appositive(k); ok && (np == s.from || s.subjectStart(np)) && !s.hasQuote(s.from, k) {
			return s.right(j, m, cue)
		}
	}
	// "..., said Peskov" / "“...,” said the spokesman."; "told X" names the audience
	if (k < s.from || toks[k].k == kQuote || s.punct(k, ",")) && f&fTell == 0 {
		if e, ok := s.invertedNP(j + 1); ok && s.afterInverted(e) {
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
	// "and said ...", ", called her ...": the sentence's speaker goes on
	if s.is(k, "and") || s.is(k, "but") || s.punct(k, ",") && len(s.x.raws) > s.first {
		if m := s.speakerSoFar(); m != nil {
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
	if s.is(np-1, "as") && np-1 == s.from {
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
	}
	return len(s.toks)
}

// right emits the statement whose content follows the cue at j.
func (s *sentence) right(j int, m mention, cue digest.Span) int {
	p, extra := s.skipAfterCue(j, m)
	f := s.toks[j].w.f
	if s.punct(p, ",") && s.has(p+1, fAux|fClauseEnd) && s.punct(p+2, ",") {
		p += 3 // "acknowledged, however, ..."
	}
	if p+1 < len(s.toks) && s.toks[p].k == kWord && !s.toks[p].cap && strings.HasSuffix(s.word(p), "ly") &&
		(s.punct(p+1, ":") || s.is(p+1, "that") || s.toks[p+1].k == kQuote) {
		p++ // "said flatly: “...”"
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
	that := s.is(p, "that") || s.punct(p, ":")
	if that {
		p++
	} else if s.punct(p, ",") && p+1 < len(s.toks) && (s.toks[p+1].k == kQuote || s.is(p+1, "if") || s.is(p+1, "when")) {
		p++ // "said, “...”", "said, if elected, she would ..."
	}
	if s.is(p, "that") {
		p++
		that = true
	}
	if that && s.punct(p, ",") {
		p++ // "added that, based on what he has seen, ..."
	}
	e := s.contentEnd(p)
	colonEnd := false // "He told his audience, to rowdy applause:" — the quote is in the next paragraph
	if last := len(s.toks) - 1; last > p && s.punct(last, ":") && !s.hasQuote(p, last) {
		colonEnd = true
	}
	if (e <= p && s.punct(p-1, ":") || colonEnd) && f&fCue != 0 {
		// "In a 1963 speech, he declared:" — what was said comes next
		s.x.colon = &raw{speaker: m, cue: cue, block: s.block, anchor: -1, via: extra.via, audience: extra.audience, sentStart: s.toks[0].s}
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
	switch {
	case f&(fCue|fCall|fAsk) == 0: // weak cue: believe, hope
		if !that {
			return j + 1
		}
	case f&fCall != 0 && f&fCue == 0:
		if s.is(j+1, "for") || s.is(j+1, "on") {
			break
		}
		if !s.hasQuote(p, e) {
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
			if !ok {
				return j + 1
			}
			// "Trump asked the network to donate the profits": a request,
			// the one asked and what they should do
			request := s.is(oe, "to") && oe+1 < e && s.toks[oe+1].k == kWord && !s.toks[oe+1].cap
			if !request && !s.has(oe, fQuestion) {
				return j + 1
			}
			if !request {
				p = oe
			}
		}
	}
	if s.punct(p-1, ",") && !quoteFirst && !that && f&fPart == 0 && !s.is(p, "if") && !s.is(p, "when") {
		return j + 1 // "said, however, ..." is rare; "said, in Moscow" is not content
	}
	if (e-p < 2 || e-p == 2 && !s.has(p, fPronoun) && !s.toks[p].cap) && !s.hasQuote(p, e) {
		return j + 1 // "testified voluntarily": not what was said; "he would" is
	}
	if (s.is(p, "of") || s.is(p, "about")) && (!s.hasQuote(p, e) || f&fCall != 0) {
		return j + 1 // "warned of new sanctions": the topic, not what was said
	}
	if (s.is(p, "which") || s.is(p, "who") || s.is(p, "whose")) && !quoteFirst && f&fAsk == 0 {
		return j + 1 // "..., which monitors extremist statements": a relative clause, not what was said
	}
	if s.is(p, "by") && f&(fCall|fDirective) == 0 && !that {
		return j + 1 // "responded by explaining ...": how, not what was said
	}
	if f&fDirective != 0 && p == j+1 {
		p = j // "urging the Council to ...": the request is the verb and its object
	}
	s.emit(m, cue, p, e, extra)
	s.from = e
	return e
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

// afterCue holds what the words right after a cue say about the statement.
type afterCue struct {
	via      []string
	audience string
	cueEnd   int // end of "told reporters": the cue with its short object
}

// skipAfterCue returns the index of the first token after the cue at j that
// is not its object (told reporters), a date (on Friday) or a short phrase
// of circumstance (in a statement, on Twitter) before "that", a comma or a
// quotation.
func (s *sentence) skipAfterCue(j int, m mention) (int, afterCue) {
	var a afterCue
	toks := s.toks
	p := j + 1
	if toks[j].w.f&fTell != 0 {
		if s.has(p, fObject) {
			a.audience = s.word(p)
			a.cueEnd = toks[p].e
			p++
		} else if e, ok := s.tellObject(p); ok {
			a.audience = s.text(p, e)
			if name := capsOnly(s.t, toks[p:e]); name != "" && (isMedia(name) || allCaps(name)) {
				a.via = append(a.via, name)
			}
			if e-p <= 3 {
				a.cueEnd = toks[e-1].e
			}
			p = e
		}
	}
	for n := 0; n < 3 && p < len(toks); n++ {
		if l, _ := s.dateAt(p); l > 0 {
			p += l
			continue
		}
		if toks[p].k == kWord && !toks[p].cap && toks[p].w.f&fPrep != 0 {
			if s.is(p, "to") && !s.has(p+1, fDet|fAudience|fObject) && (p+1 >= len(toks) || !toks[p+1].cap) {
				break // "called to ban": an infinitive, not a phrase of circumstance
			}
			q := p + 1
			for ; q < len(toks) && q <= p+7 && toks[q].k == kWord && toks[q].w.f&(fCue|fWeakCue) == 0 && !s.is(q, "that"); q++ {
			}
			if q < len(toks) && q > p+1 && (s.is(q, "that") || toks[q].k == kQuote || s.punct(q, ",") || s.punct(q, ":")) || s.isEnd(q) {
				if (s.is(p, "to") || s.is(p, "with")) && q > p+1 {
					a.audience = s.textNoDet(p+1, q)
				}
				p = q
				continue
			}
		}
		break
	}
	return p, a
}

// tellObject returns the end of the object of a verb of telling at p: the
// words up to "that" when it comes soon, else a short noun phrase.
func (s *sentence) tellObject(p int) (int, bool) {
	for q := p; q < len(s.toks) && q < p+16; q++ {
		tk := s.toks[q]
		if tk.k == kPunct && s.word(q) == "," {
			continue // "told customers at a spot in Manchester, New Hampshire, that ..."
		}
		if tk.k != kWord || tk.w.f&(fCue|fWeakCue) != 0 {
			break
		}
		if s.is(q, "that") && q > p {
			return q, true
		}
	}
	if s.has(p, fAudience) {
		e := p + 1
		return e, true
	}
	if e, ok := s.rightNP(p); ok && e-p <= 6 {
		return e, true
	}
	return 0, false
}

// contentEnd returns the end of a reported clause starting at p: the end of
// the sentence, a semicolon, or a comma before "but", a participle cue or a
// new attribution.
func (s *sentence) contentEnd(p int) int {
	toks := s.toks
	e := len(toks)
	for i := p; i < len(toks); i++ {
		tk := toks[i]
		if tk.k == kPunct && (s.word(i) == ";") {
			e = i
			break
		}
		// a comma, or a quotation ending in one ("extremely careless," but ...)
		comma := tk.k == kPunct && s.word(i) == ","
		cut := i
		if tk.k == kQuote && tk.ie > tk.is && s.t[tk.ie-1] == ',' {
			comma, cut = true, i+1
		}
		// "... on Twitter before claiming that ...": the speaker's next statement
		if (s.is(i, "before") || s.is(i, "after") || s.is(i, "while") || s.is(i, "by")) && i > p && s.has(i+1, fPart) {
			e = i
			break
		}
		// "... Saddam Hussein - ''He would have loved Stalin,'' Mr. Biden said": a dash before another attribution
		if tk.k == kPunct && i > p && (s.word(i) == "—" || s.word(i) == "–" || s.word(i) == "-") && i+2 < len(toks) && toks[i+1].k == kQuote && s.attribAhead(i+2) {
			e = i
			break
		}
		// "said he found Trump “very charming” and called ...", "and has
		// expressed support": a second deed
		if s.is(i, "and") && i > p && i+1 < len(toks) && toks[i+1].k == kWord && !toks[i+1].cap && (toks[i+1].w.f&(fCue|fCall) != 0 && toks[i+1].w.f&fPart == 0 ||
			(s.is(i+1, "has") || s.is(i+1, "have")) && i+2 < len(toks) && strings.HasSuffix(s.word(i+2), "ed")) {
			e = i
			break
		}
		if comma && i+1 < len(toks) {
			n := toks[i+1]
			if n.k == kWord && (n.w.f&fClauseEnd != 0 && !n.cap && !(s.is(i+1, "but") && i+2 < len(toks) && toks[i+2].k == kQuote) || s.according(i+1)) ||
				s.attribAhead(i+1) ||
				// ", and threatened ...", ", called her ...": the subject's next deed
				s.is(i+1, "and") && i+2 < len(toks) && toks[i+2].k == kWord && !toks[i+2].cap && strings.HasSuffix(s.word(i+2), "ed") ||
				n.k == kWord && !n.cap && n.w.f&(fCue|fCall) != 0 && n.w.f&fPart == 0 ||
				// ", suggesting that ...": a participle clause of the speaker
				n.k == kWord && !n.cap && (n.w.f&fPart != 0 || strings.HasSuffix(s.word(i+1), "ing") && (s.is(i+2, "that") || tk.k == kQuote)) {
				e = cut
				break
			}
		}
	}
	for e > p && (toks[e-1].k == kStop || toks[e-1].k == kPunct) {
		e--
	}
	return e
}

// attribAhead reports whether a speaker and a cue start at i: "he said",
// "Peskov told reporters".
func (s *sentence) attribAhead(i int) bool {
	if s.is(i, "and") || s.is(i, "but") {
		i++
	}
	for k := i; k < len(s.toks) && k <= i+6; k++ {
		tk := s.toks[k]
		if tk.k != kWord {
			return false
		}
		if tk.w.f&fCue != 0 && k > i && tk.w.f&fPart == 0 {
			_, ok := s.leftNP(k - 1)
			return ok
		}
	}
	return false
}

// afterInverted reports whether a speaker phrase ending at e closes an
// inverted attribution: the sentence or clause ends, or a date follows.
func (s *sentence) afterInverted(e int) bool {
	if s.isEnd(e) || s.punct(e, ",") || s.punct(e, ";") || s.is(e, "who") || s.is(e, "whose") {
		return true
	}
	if l, _ := s.dateAt(e); l > 0 && (s.isEnd(e+l) || s.punct(e+l, ",")) {
		return true
	}
	// "said Robby Mook in a statement.", "said Robert Antonacci of the New
	// York delegation.", "said Dan Golvach when asked about Graham."
	if (s.has(e, fPrep) || s.is(e, "of") || s.is(e, "when")) && !s.toks[e].cap {
		for q := e + 1; q < len(s.toks) && q <= e+7; q++ {
			if s.toks[q].k != kWord {
				return s.isEnd(q) || s.punct(q, ",")
			}
		}
	}
	return false
}

// contentLeft emits the statement whose content runs from s.from to the
// token before k (k is the first token after the content, a comma or the
// cue). cueEnd is where scanning resumes.
func (s *sentence) contentLeft(k int, m mention, cue digest.Span, j, npEnd int) bool {
	end := k
	if s.punct(end-1, ",") {
		end--
	}
	_, extra := s.skipAfterCue(j, m)
	if !s.emitLeft(s.from, end, m, cue, extra) {
		return false
	}
	s.from = npEnd
	return true
}

// emitLeft emits a statement whose content is tokens [a, b), the part of a
// sentence before its attribution.
func (s *sentence) emitLeft(a, b int, m mention, cue digest.Span, extra afterCue) bool {
	for a < b && (s.toks[a].k == kPunct || s.is(a, "and") || s.is(a, "but")) {
		a++
	}
	for b > a && (s.toks[b-1].k == kPunct || s.toks[b-1].k == kStop) {
		b--
	}
	if b <= a {
		return false
	}
	if b-a < 3 && !s.hasQuote(a, b) {
		return false // "Most recently, Trump called ...": an opening phrase, not content
	}
	if l, _ := s.dateAt(a); a+l >= b {
		return false // "On Dec. 15, the task force announced ..."
	}
	s.emit(m, cue, a, b, extra)
	return true
}

// emit appends a statement with content tokens [a, b).
func (s *sentence) emit(m mention, cue digest.Span, a, b int, extra afterCue) {
	if extra.cueEnd > cue[1] && (extra.cueEnd <= s.toks[a].s || s.toks[b-1].e <= cue[0]) {
		cue[1] = extra.cueEnd // "told reporters"
	}
	r := raw{speaker: m, cue: cue, block: s.block, anchor: -1, via: extra.via, audience: extra.audience, sentStart: s.toks[0].s}
	if b == a+1 && s.toks[a].k == kQuote {
		r.direct = true
		r.content = quoteInside(s.t, s.toks[a])
		if r.content.Empty() {
			return
		}
	} else {
		r.content = s.span(a, b)
	}
	if r.audience == "" {
		r.audience = s.audience()
	}
	s.x.raws = append(s.x.raws, r)
	if s.subj == nil {
		mm := m
		s.subj = &mm
	}
}

// audience finds "Speaking with reporters" and the like anywhere outside
// quotations in the sentence.
func (s *sentence) audience() string {
	for i := 0; i+2 < len(s.toks); i++ {
		if (s.is(i, "speaking") || s.is(i, "talking")) && (s.is(i+1, "with") || s.is(i+1, "to")) && s.has(i+2, fAudience) {
			return s.word(i + 2)
		}
	}
	return ""
}

// speakerSoFar returns the speaker of the sentence's latest statement, or
// the subject at its start.
func (s *sentence) speakerSoFar() *mention {
	if n := len(s.x.raws); n > s.first {
		m := s.x.raws[n-1].speaker
		return &m
	}
	if s.subj != nil {
		return s.subj
	}
	// the subject, after opening phrases: "Last month,", "For his part,",
	// "On Thursday, after remaining neutral throughout the process,"
	p := 0
	for n := 0; n < 4 && p < len(s.toks); n++ {
		if e, ok := s.rightNP(p); ok && (s.toks[p].w.f&(fStarter|fPrep) == 0 || s.toks[p].w.f&(fDet|fPronoun) != 0) && s.subjectLike(p, e) {
			m := s.mention(p, e)
			if m.kind != mNoun || s.has(e-1, fSourceNoun|fRole) { // "The Rove ad ... and claims"
				s.subj = &m
				return &m
			}
			return nil
		}
		q := p
		for q < len(s.toks) && q < p+15 && !s.punct(q, ",") {
			q++
		}
		if !s.punct(q, ",") {
			return nil
		}
		p = q + 1
	}
	return nil
}

// subjectLike reports whether tokens [a, b) at the start of a clause can be
// its speaking subject: not "It", a number or a lone capitalised word that
// names nobody in the clipping ("Back in 1999, ...").
func (s *sentence) subjectLike(a, b int) bool {
	tk := s.toks[a]
	if s.is(a, "it") || isDigit(s.t[tk.s]) || tk.w.f&(fWeekday|fMonth) != 0 {
		return false
	}
	if b == a+1 && tk.cap && tk.w.f&(fPronoun|fOrgHead|fRole|fQuant) == 0 {
		w := stripPossessive(s.t[tk.s:tk.e])
		if len(s.x.ents.byLast[w]) == 0 && (b >= len(s.toks) || s.toks[b].k != kWord || s.toks[b].cap || s.has(b, fPrep)) {
			return false
		}
	}
	return true
}

// appositive recognises "NP, appositive, CUE" where k is the comma before the
// cue: it returns the speaker, with the appositive in its span, and the first
// token of the noun phrase.
func (s *sentence) appositive(k int) (mention, int, bool) {
	for c := s.from + 1; c < k; c++ {
		if !s.punct(c, ",") || k-c > 30 || k-c < 2 {
			continue
		}
		np, ok := s.leftNP(c - 1)
		if !ok || !(np == s.from || s.toks[np-1].k == kQuote || s.punct(np-1, ",") || s.subjectStart(np) ||
			np-1 == s.from && s.has(np-1, fSub)) {
			continue
		}
		if a := s.toks[c+1]; a.k != kWord || a.w.f&(fCue|fSub) != 0 && a.w.f&(fRelative|fPart) == 0 {
			continue
		}
		bad := false
		for i := c + 1; i < k; i++ {
			if s.toks[i].k == kStop && !(s.toks[i-1].e == s.toks[i].s && i+1 < len(s.toks) && s.toks[i+1].k == kPunct) ||
				s.toks[i].k == kWord && s.toks[i].w.f&fCue != 0 && s.toks[i].w.f&fPart == 0 {
				bad = true
				break
			}
		}
		if bad {
			continue
		}
		m := s.mention(np, c)
		if m.kind == mPronoun {
			continue
		}
		if m.kind == mRole || m.kind == mNoun {
			// "Mr. Trump's former campaign manager, Corey Lewandowski,": the
			// appositive names the holder of the role
			if a := s.mention(c+1, k); a.kind == mName && c+1 < k && s.toks[k-1].cap {
				a.title = m.text
				a.span = s.span(np, k)
				return a, np, true
			}
		}
		if t := s.appositiveTitle(c+1, k); t != "" && m.title == "" {
			m.title = t
		}
		m.span = s.span(np, k)
		return m, np, true
	}
	return mention{}, 0, false
}

// subjectStart reports whether token i starts the sentence's subject after
// an opening phrase ("On Friday, ...", "In a statement, ...").
func (s *sentence) subjectStart(i int) bool {
	if i == 0 || !s.punct(i-1, ",") {
		return false
	}
	for k := 0; k < i-1; k++ {
		if s.punct(k, ",") || s.toks[k].k == kQuote {
			return false
		}
	}
	return true
}

func isDigit(b byte) bool { return '0' <= b && b <= '9' }

// appositiveTitle returns the title an appositive gives: "the Kremlin
// spokesman" -> "Kremlin spokesman"; "" when it names no role.
func (s *sentence) appositiveTitle(a, b int) string {
	return s.wholeTitle(a, b) // speaker_title.go
}

// accordingTo handles "according to X" before or after its content.
func (s *sentence) accordingTo(j int) int {
	p := j + 2
	e := p
	for e < len(s.toks) && e < p+15 && (s.toks[e].k == kWord || s.punct(e, "-") || s.punct(e, "'")) {
		e++
	}
	if e == p {
		return j + 1
	}
	npEnd := e
	if ne, ok := s.rightNP(p); ok && ne < e {
		npEnd = ne
	}
	m := s.mention(p, npEnd)
	m.span = s.span(p, e)
	cue := s.span(j, j+2)
	adverbial := s.has(s.from, fPrep) && j-s.from <= 6 && s.punct(e, ",") // "Over the long term, according to X, ..."
	if !adverbial && (j > s.from && s.punct(j-1, ",") && !s.has(j-2, fSub) || j > s.from && s.isEnd(e)) {
		end := j
		if s.punct(j-1, ",") {
			end = j - 1
		}
		if s.emitLeft(s.from, end, m, cue, afterCue{}) {
			s.from = e
			return e
		}
	}
	if s.punct(e, ",") {
		ce := s.contentEnd(e + 1)
		if ce > e+1 {
			s.emit(m, cue, e+1, ce, afterCue{})
			s.from = ce
			return ce
		}
	}
	return j + 1
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
	if s.is(p, "that") {
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
	for c := 1; c < len(s.toks) && c < maxNP; c++ {
		if !s.punct(c, ":") {
			continue
		}
		// "POLLS NOT WRONG - Carl Bialik: “...”", "More from Jones: “...”":
		// a topic before a dash or "more from" may lead in to a quotation
		st := 0
		for d := c - 1; d > 0; d-- {
			if s.punct(d, "-") || s.punct(d, "—") || s.punct(d, "–") {
				st = d + 1
				break
			}
		}
		if s.is(st, "more") && s.is(st+1, "from") {
			st += 2
		}
		if st > 0 && (c+1 >= len(s.toks) || s.toks[c+1].k != kQuote) {
			return false
		}
		e, ok := s.rightNP(st)
		if !ok || e != c || c+1 >= len(s.toks) {
			return false
		}
		m := s.mention(st, c)
		if m.kind != mName && m.kind != mOrg {
			return false
		}
		for i := st; i < c; i++ {
			if s.toks[i].w.f&(fPrep|fStarter|fDet) != 0 {
				return false // "Big Win For Bernie: ...": a title, not a speaker
			}
		}
		if s.toks[c+1].k != kQuote && !s.headline && s.block > 0 && (m.kind != mName || !strings.Contains(m.name, " ")) {
			return false
		}
		ce := s.contentEnd(c + 1)
		if ce-(c+1) < 3 && !s.hasQuote(c+1, ce) {
			return false // "Bernie Sanders: 1,501"
		}
		s.emit(m, s.span(c, c+1), c+1, ce, afterCue{})
		return true
	}
	return false
}

// maxLead and minLedQuote bound a quotation standing alone after a few
// words of the writer's own: at most maxLead words before it, at least
// minLedQuote words inside it.
const maxLead, minLedQuote = 8, 5

// wordCount counts the space-separated words of t.
func wordCount(t string) int {
	return len(strings.Fields(t))
}

// standalone attributes a sentence that is only a quotation to the speaker
// of the latest statement in this block or the one before.
func (s *sentence) standalone() bool {
	q, lead := -1, 0
	for i, tk := range s.toks {
		switch tk.k {
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
			}
		}
	}
	if q < 0 || s.toks[q].ie <= s.toks[q].is {
		return false
	}
	n := len(s.x.raws)
	if n == 0 {
		return false
	}
	a := n - 1
	prev := s.x.raws[a]
	if prev.anchor >= 0 {
		a = prev.anchor
		prev = s.x.raws[a]
	}
	if s.block-prev.block > 1 {
		return false
	}
	// "Now, “within the business community ...”": a few words may lead into
	// a long quotation that ends the sentence right after a quoted statement
	// of the same paragraph
	if lead > 0 && (lead > maxLead || s.block != prev.block || !s.x.raws[n-1].direct || wordCount(s.t[s.toks[q].is:s.toks[q].ie]) < minLedQuote) {
		return false
	}
	r := raw{speaker: prev.speaker, cue: prev.cue, cueText: s.t[prev.cue[0]:prev.cue[1]], block: s.block, anchor: a,
		direct: true, content: quoteInside(s.t, s.toks[q]), via: prev.via, audience: prev.audience}
	s.x.raws = append(s.x.raws, r)
	return true
}

// commentEvent records "The comments by X on DATE" and "X's remarks on DATE"
// so that X's undated statements nearby get the date.
func (s *sentence) commentEvent() {
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
		case i > 0 && s.has(i-1, fDet) && s.has(i-1, fPronoun|fDet) && !s.is(i-1, "the") && !s.is(i-1, "a"):
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

// dates gives each statement of the sentence the date phrase outside its
// content nearest to its cue.
func (s *sentence) dates() {
	if len(s.x.raws) == s.first {
		return
	}
	type found struct {
		pos int
		w   when
		sp  digest.Span
	}
	var ds []found
	for i := 0; i < len(s.toks); i++ {
		if l, w := s.dateAt(i); l > 0 {
			ds = append(ds, found{pos: s.toks[i].s, w: w, sp: s.span(i, i+l)})
			i += l - 1
		}
	}
	if len(ds) == 0 {
		return
	}
	for k := s.first; k < len(s.x.raws); k++ {
		r := &s.x.raws[k]
		if r.anchor >= 0 {
			continue
		}
		best, bestDist := -1, 1<<30
		for i, d := range ds {
			if d.sp[0] < r.content[1] && d.sp[1] > r.content[0] {
				continue // inside what was said
			}
			dist := d.pos - r.cue[0]
			if dist < 0 {
				dist = -dist
			}
			if d.w.kind == wYear && (d.pos < r.cue[1] || d.pos-r.cue[1] > 2) {
				continue // "in 2017" away from the cue dates the topic, not the saying
			}
			if dist < bestDist {
				best, bestDist = i, dist
			}
		}
		if best >= 0 {
			r.when = ds[best].w
		}
	}
}

// text returns the folded text of tokens [a, b).
func (s *sentence) text(a, b int) string {
	if b <= a {
		return ""
	}
	return fold(s.t[s.toks[a].s:s.toks[b-1].e])
}

// textNoDet is text without a leading determiner.
func (s *sentence) textNoDet(a, b int) string {
	for a < b && s.has(a, fDet) {
		a++
	}
	return s.text(a, b)
}

func equalFold(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		x, y := a[i], b[i]
		if 'A' <= x && x <= 'Z' {
			x += 'a' - 'A'
		}
		if 'A' <= y && y <= 'Z' {
			y += 'a' - 'A'
		}
		if x != y {
			return false
		}
	}
	return true
}

func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if 'A' <= s[i] && s[i] <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if 'A' <= b[j] && b[j] <= 'Z' {
					b[j] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}
