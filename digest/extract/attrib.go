// The core attribution patterns: a sentence's run over its cue words, and
// cue, which tries the readings of one cue word in turn. The readings live
// in files named for what they read: cue_gates.go (where the speaker before
// a cue ends; cues with no speaker), cue_participle.go (", adding that
// ..."), cue_subject.go ("Officials said"), cue_asides.go ("Ann Lee, a
// nurse, said"), shares.go ("42% say"), cue_inverted.go ("..., said Ann
// Lee"), and cue_content.go (what a speaker before the cue said, around
// it). Content boundaries are in content.go, the other patterns in
// patterns.go, dates in date.go.

package extract

import (
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
	subjOwn  mention // what subj points to once set (set once a sentence): no mention of its own on the heap
	lead     bool    // the speaker's clause opens with a subordinator: "While X said Y, ..."
	aud      string  // the sentence's audience (audience), once audRead
	audRead  bool
	dateSent int // this sentence's number for the extractor's dates, once one is read (date_ref.go)
	relEnd   int // while a relative's cue is read, the sentence's verb that ends its clause (cue_relative_clause.go), else 0
}

// maxNP bounds the length of a speaker's noun phrase, in tokens.
const maxNP = 10

func (s *sentence) run() {
	s.first = len(s.x.raws)
	if c := s.x.colon; c != nil {
		// the sentence after "he declared:" is what was declared
		s.x.colon = nil
		follows := !c.leads || s.block == c.block+1 && s.x.startsBlock(s.toks[0].s)
		if c.shows {
			follows = s.block == c.block // "Chen laughs. “Ask me in two years.”": the next sentence of the paragraph
		}
		if s.block-c.block <= 1 && len(s.toks) > 0 && follows {
			r := *c
			e := len(s.toks)
			for e > 0 && (s.toks[e-1].k == kStop || s.toks[e-1].k == kPunct) {
				e--
			}
			if e == 1 && s.toks[0].k == kQuote {
				r.direct, r.content, r.ta, r.tb = true, quoteInside(s.t, s.toks[0]), 0, 1
			} else if r.leads {
				r.content = digest.Span{} // "Cruz continued:" leads in a quotation only
			} else if e > 0 && s.colon() {
				// "Here is what they said:", then "- Sen. Jane Doe, D-Calif.:
				// “...”": each line of the list names its own speaker
				s.dates()
				s.learned()
				return
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
	if s.qaAnswer() || s.answerGoesOn() { // interview.go: "Q: ..." then "A: No. I will not sign it."
		s.dates()
		s.learned()
		return
	}
	if s.opensTurn() && s.colon() {
		// "FALLIN: Well, I think ...": a transcript's turn is what its
		// speaker says, whatever verbs it holds
		if len(s.x.raws) > s.first { // the colon may have read it and dropped it
			s.x.turn = len(s.x.raws) - 1
			s.x.raws[s.x.turn].turn = true
			s.boundAnswer() // interview.go: "GAZETTE: ..." then "LOPEZ: ..."
		}
		s.dates()
		s.learned()
		return
	}
	if s.turnGoesOn() {
		s.dates()
		s.learned()
		return
	}
	s.from = s.clockStampEnd() // "9:05 p.m. — X, speaking on ..., said": a live blog's time stamp is the writer's
	s.scan(s.from)
	if e := s.shareEnds(); e > 0 {
		// "21 percent said “not too likely” and 14 percent said ...": the
		// next share's statement
		s.from = e
		s.scan(e)
	}
	s.viaAccording()
	s.viaReported()
	s.viaPhrases()
	s.dropToCome() // cue_owned.go: "The administration will announce a new strategy next week."
	if len(s.x.raws) == s.first && s.x.colon == nil {
		s.frontedColon() // cue_fronted.go: "Stated Stone:", "Continued Stone: “...”"
	}
	if len(s.x.raws) == s.first && s.x.colon == nil {
		s.colonLead()
	}
	if len(s.x.raws) == s.first && s.x.colon == nil {
		s.gestureLead() // gesture.go: "Riley shrugged." before a quotation
	}
	if len(s.x.raws) == s.first {
		if !s.colon() && !s.headlineColon() && !s.dashCredit() && !s.afterUnreadQuote() && !s.standalone() {
			if !s.continued() { // continued.go: "“...” or to control the arsenal."
				s.trailQuote() // quote_trail.go: "... only when “the truth is more exciting than the lie.”"
			}
		}
	}
	if s.x.m != nil || s.x.col != nil {
		s.fallback()
		s.dropToCome() // the looser reading's too: "they could say goodbye to all that"
	}
	s.commentEvent()
	s.dates()
	s.learned()
	s.joinBroken()
	s.joinTail() // join_frame.go: "..., economists say, because ..."
}

// scan builds the statements of each cue word from token j0 on.
func (s *sentence) scan(j0 int) {
	toks := s.toks
	for j := j0; j < len(toks); j++ {
		tk := &toks[j] // read in place: a token is 56 bytes, and the scan visits every one
		if tk.k == kWord && tk.w.f&fSpeechNoun != 0 {
			if next := s.nounCue(j); next > j {
				j = next - 1 // nouns.go: "Jane Doe’s claim that ..."
				continue
			}
		}
		if tk.k == kWord && tk.e-tk.s == 3 && s.is(j, "put") {
			if next := s.putIt(j); next > j {
				j = next - 1 // put_it.go: "As Ann Lee put it, “...”"
				continue
			}
		}
		if tk.k != kWord || tk.w.f&(fCue|fWeakCue|fCall|fAsk|fQuoted|fQuoteCue) == 0 && !(tk.e-tk.s == len("according") && s.according(j)) && !(nearQuoteInitial[s.t[tk.s]] && s.nearQuoteVerb(j)) &&
			!(tk.e-tk.s <= len("holding") && (s.t[tk.s]|0x20 == 'r' || s.t[tk.s]|0x20 == 'h') && s.rulingThat(j)) && !(talkShape(s.t, tk) && s.talkAbout(j)) {
			continue
		}
		n := len(s.x.raws)
		if next := s.cue(j); next > j {
			s.sharedCue(n, j) // cue_pair.go: "said and urged that ...": one content for both
			j = next - 1
		}
	}
}

// joinBroken makes a quote broken by its attribution one statement:
// “A,” he said, “B.” — the quotation before the cue and the one after it,
// with the same speaker and cue, become parts of one content. Reported
// clauses around a cue are joined later, once the statement model has
// judged each part (join_aside.go), and a phrase of the saying's
// circumstance before the cue is dropped there instead.
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
// token index where scanning resumes (j+1 when nothing matched). The
// readings are tried in turn, the first that finds a speaker builds the
// statements; each lives in a file named for what it reads.
func (s *sentence) cue(j int) int {
	toks := s.toks
	f := toks[j].w.f
	if f&(fCue|fWeakCue|fCall|fAsk) == 0 && s.talkAbout(j) {
		// cue_about_how.go: "spoke about how ...", a verb of speech in
		// this sentence only; "was talking about why ...", a progressive
		// read below
		f |= fCue
		if hasSuffixFold(s.word(j), "ing") {
			f |= fPart
		}
		toks[j].w.f = f
	}
	switch {
	case s.according(j):
		return s.accordingTo(j)
	case f&fQuoted != 0 && s.has(j-1, fPassive) && s.is(j+1, "as") && s.has(j+2, fCue):
		return s.quotedAs(j)
	case f&fAsk != 0 && s.is(j+1, "by"):
		return s.askedBy(j)
	case f&fAsk != 0 && s.topicRelativeSays(j):
		return j + 1 // "asked the senator about women who said ...": a topic, and the statement inside it (asked_about_relative.go)
	}
	if v := s.relativeMainVerb(j); v > j {
		return v // cue_relative_main.go: "The aide who wrote the memo said ...": the sentence's verb comes after, and the object's words are no cue ("wrote the report that critics praised said")
	}
	if s.objectThenMain(j) {
		return j + 1 // cue_relative_clause.go: "The aide who wrote the memo was fired."
	}
	if v := s.relativeClauseMain(j); v > 0 {
		s.relEnd = v // cue_relative_clause.go: "The senator who argued that X said Y": X ends before "said"
		defer func() { s.relEnd = 0 }()
	}
	if (s.is(j-1, "of") || s.nounAfterPrep(j)) && s.presentForm(j) {
		return j + 1 // "a flurry of tweets shaming ...": after "of", a form in -s is a plural noun; so after "about", "over", "amid" (lines19)
	}
	if s.havingParticiple(j) {
		return s.frontedHaving(j) // cue_having.go: "Having announced that ..., Mayor Reed left"
	}
	// cue_gates.go: where the speaker before the cue ends, and the cues
	// with no speaker ("did not say", "declined to comment")
	k, ok := s.cueSubjectEnd(j)
	if !ok || s.speakerless(j, k) {
		return j + 1
	}
	if f&fPart != 0 && s.has(k, fPassive) {
		k-- // "Kasich is telling a crowd"
		f &^= fPart
		for k > s.from && s.has(k, fAux) && !s.has(k, fPronoun) {
			k-- // "has been saying for weeks that": the perfect's auxiliary; "Ryan also is stressing that": an adverb
		}
	}
	if toks[j].cap && f&fPart != 0 && j == s.from && s.prepPhraseEnd(j) > 0 {
		return j + 1 // "Writing for the majority, Ruth Hale said": how, not what (cue_participle.go)
	}
	if toks[j].cap && !s.headline && !(j > 0 && toks[j-1].cap && j+1 < len(toks) && toks[j+1].cap) {
		return s.capitalised(j, f) // "Said Jane Poole, ...", or part of a name
	}
	if f&(fCue|fWeakCue|fCall|fAsk) == 0 {
		if s.rulingThat(j) {
			f |= fWeakCue // cue_ruling.go: "The court ruled that ..."
			if hasSuffixFold(s.word(j), "ing") {
				f |= fPart // "..., ruling that ...": a participle (cue_participle.go)
			}
		} else if !s.weakCueQuoted(j) {
			return j + 1 // "states", "reads": only after a quotation
		} else {
			f |= fCue
		}
	}
	if s.pollAccording(j) {
		// "Nearly three in four say ..., according to the survey", "...
		// among voters who say ..., according to exit polls": the poll
		// reports what those it polled said, with them and their answer
		// as content, and "according to" reads it (polls.go)
		return j + 1
	}
	cue := digest.Span{toks[j].s, toks[j].e}
	if f&fPart != 0 {
		return s.participle(j, k, cue) // cue_participle.go: ", adding that ..."
	}
	if pa, pe, from, v, ok := s.pollSubject(k); ok {
		// "The poll showed a majority of Ohio voters say ...", "A poll
		// found the public says ...": the poll reports what those it
		// polled said (polls.go)
		return s.pollSays(j, cue, pa, pe, from, v)
	}
	// a finite verb of speech; its speaker before it (cue_subject.go,
	// cue_asides.go, shares.go) or after it (cue_inverted.go)
	for _, read := range []func(j, k int, cue digest.Span) (int, bool){
		s.quotedSubject,     // "“...,” Democratic pollster Peter Fenn said"
		s.dashSubject,       // "insiders in two states — Nevada and South Carolina — said"
		s.partySubject,      // "Sen. Jack Reed (D-R.I.), said"
		s.relativeCalls,     // "which Apple's chief, Tim Cook, called “...”"
		s.shareSays,         // "42% say", "In a CNN poll, 31% of Republicans said"
		s.subjectSays,       // "Republicans who voted for Trump said", "Some delegates said"
		s.appositiveOpens,   // "Mr. Trump's former campaign manager, Corey Lewandowski, said"
		s.relativeSubject,   // "Humphrey, who calls Trump a “sociopath,” said"
		s.inverted,          // "“...,” said the spokesman", "..., said Peskov"
		s.appositiveSays,    // "Christopher Harvey, a delegate from Houston, said"
		s.connectiveSubject, // "The judges who heard the case, for instance, said" (cue_connective_aside.go)
		s.subjectGoesOn,     // "when Cruz knocked Rubio and called him", ", and said"
	} {
		if next, ok := read(j, k, cue); ok {
			return next
		}
	}
	return j + 1
}
