// A looser reading of the verbs of speech that the patterns left alone:
// the words before the verb up to the start of the clause are the speaker,
// however long ("Democratic economists, like their Republican counterparts,
// say ..."; "... , said former Pennsylvania Gov. and Democratic National
// Committee Chairman Ed Rendell"). What it finds is marked, and the learned
// statement model (model.go), trained on what it finds in PolNeAR train,
// keeps only what it scores as statements.

package extract

// maxFallbackNP bounds a fallback speaker phrase, in tokens.
const maxFallbackNP = 25

// fallback tries the verbs of speech of the sentence that no statement
// uses.
func (s *sentence) fallback() {
	s.quoteVerb()
	s.colonQuote()
	s.participles()
	for j := 0; j < len(s.toks); j++ {
		tk := &s.toks[j] // read, not copied: this loop runs over every token
		if tk.k != kWord || tk.w.f&(fCue|fDerived) == 0 && !(pastVerb(s, j) && s.thatVerb(j)) || tk.w.f&fPart != 0 || tk.cap && !s.headline || s.used(j) {
			continue
		}
		lb := s.leftBound(j)
		if s.negated(j, lb) || s.tellsNoOne(j) || s.noStatement(j, j-1) || (s.is(j-1, "of") || s.nounAfterPrep(j)) && s.presentForm(j) || s.relativeThenMain(j) || s.objectThenMain(j) { // cue_none.go; "a flurry of tweets" (attrib.go cue); "The aide who wrote the memo said nothing" (cue_relative_main.go)
			continue
		}
		// the words before the verb, after auxiliaries and adverbs
		se := j
		for se-1 >= lb && s.toks[se-1].k == kWord && (s.toks[se-1].w.f&fAux != 0 && s.toks[se-1].w.f&fPronoun == 0 || lyAdverb(s, se-1)) {
			se--
		}
		if l, _ := s.dateAt(se - 2); se-2 > lb && l == 2 {
			se -= 2 // "Trump on Friday said"
		}
		if c := s.countedTime(se - 1); c > lb {
			se = c // timegap.go: "When Fiorina a month later announced"
		}
		n := len(s.x.raws)
		switch {
		case s.punct(j-1, ",") || j-1 >= lb && s.toks[j-1].k == kQuote:
			// "..., said the long speaker."
			s.fallbackInverted(j, lb)
			if len(s.x.raws) == n && s.punct(j-1, ",") && j-1 > lb {
				// "The former chairman of ..., Representative Tom Jones, said":
				// a long subject with its appositive
				s.fallbackRight(j, lb, j-1)
			}
		case se > lb && s.isEnd(s.skipPhrases(j+1)) && !s.writesObject(j):
			// "content, the long speaker said (in a statement)."
			s.fallbackLeft(j, lb, se)
		case se > lb:
			s.fallbackRight(j, lb, se)
		}
		for k := n; k < len(s.x.raws); k++ {
			s.x.raws[k].fallback = true
			j = max(j, s.x.raws[k].tb-1)
		}
	}
}

// thatVerb reports whether token j is a past form no lexicon knows
// before "that" and a clause ("mused that the party might need", "scoffed
// that the plan would fail"), with where it was used between them ("posted
// on Truth Social that"): the form of the sentence makes it a verb of
// saying or thinking, for the statement model to judge.
func (s *sentence) thatVerb(j int) bool {
	if !pastVerb(s, j) { // first: it fails for most tokens, and fallback asks of each
		return false
	}
	t := s.pastPlace(j + 1) // "posted on Truth Social that"
	if !s.is(t, "that") || !s.clauseOpens(t+1) || !s.subjectVerb(t+1, 6) {
		return false
	}
	h := j - 1
	for h > 0 && (s.has(h, fAux) && !s.has(h, fPronoun) || lyAdverb(s, h)) {
		h-- // "has calculated", "privately doubted"
	}
	// a person or a body speaks: a name, a pronoun, a role ("none
	// uncovered that", "word emerged that" are no one)
	return h >= 0 && s.toks[h].k == kWord && (s.toks[h].cap && s.toks[h].w.f&(fDet|fStarter|fPrep) == 0 || subjectPronoun(s.word(h)) || s.has(h, fRole|fSourceNoun)) && !s.mediumPhrase(h)
}

// mediumPhrase reports whether the lower-case noun at h stands after a
// preposition, maybe with an article: "said in a statement released on
// Tuesday that ...". The noun is where the words came out, the object of
// "in", and the participle after it no verb of its own: the "that" clause
// is the main verb's.
func (s *sentence) mediumPhrase(h int) bool {
	if s.toks[h].cap || !s.has(h, fSourceNoun|fComment) {
		return false
	}
	k := h - 1
	if s.has(k, fDet) && !s.has(k, fPronoun) {
		k--
	}
	return s.is(k, "in") || s.is(k, "with") || s.is(k, "through") || s.is(k, "via")
}

// pastPlace returns the token after a preposition and the name of a place
// or medium at p, one to three capitalised words ("on Truth Social", "on
// X", "to Instagram"), or p when none stands there: where a verb was used
// does not part it from its "that".
func (s *sentence) pastPlace(p int) int {
	if p >= len(s.toks) || !s.has(p, fPrep) || s.toks[p].cap {
		return p
	}
	q := p + 1
	for q < len(s.toks) && q <= p+3 && s.toks[q].k == kWord && s.toks[q].cap {
		q++
	}
	if q == p+1 {
		return p
	}
	return q
}

// participles finds ", saying ..." after a clause whose subject the rules
// do not take for a speaker: a common noun phrase ("The departments
// declined to provide any documentation, saying they cannot ...", "Other
// Republicans echoed those comments, saying ...").
func (s *sentence) participles() {
	for j := 2; j < len(s.toks); j++ {
		if !s.has(j, fCue) || !s.has(j, fPart) || !s.punct(j-1, ",") || s.used(j) || s.leftBound(j) > 0 {
			continue
		}
		p := 0
		for p < 3 && p+1 < j && s.sentenceLink(p) {
			p++
		}
		p = s.openingEnd(p, j) // "This year, ...", "Amid calls for ..., "
		st := p
		e, ok := s.rightNP(p)
		if !ok && s.toks[p].cap && s.has(p, fStarter) && !s.has(p, fPronoun) {
			e, ok = s.rightNP(p + 1) // "Other Republicans", "Some delegates"
		}
		if !ok || e >= j-1 {
			continue
		}
		for h := p + 1; h < e; h++ {
			if pastVerb(s, h) && !s.has(h-1, fDet) {
				e = h // "The departments declined": the verb ends the subject
				break
			}
		}
		if e == st+1 && s.has(st, fDet|fStarter) || !s.subjectLike(st, e) {
			continue
		}
		m := s.mention(st, e)
		if m.kind == mPronoun {
			continue
		}
		n := len(s.x.raws)
		from := s.from
		s.from = 0
		s.right(j, m, s.span(j, j+1))
		s.from = max(from, s.from)
		for k := n; k < len(s.x.raws); k++ {
			s.x.raws[k].fallback = true
			j = max(j, s.x.raws[k].tb-1)
		}
	}
}

// pastVerb reports whether token i is a lower-case regular past form that
// the lexicon gives no other role.
func pastVerb(s *sentence, i int) bool {
	if i >= len(s.toks) {
		return false
	}
	tk := &s.toks[i] // the tests in one reading of the token, cheap enough to inline where fallback asks of every word
	return tk.k == kWord && tk.w.f == 0 && !tk.cap && tk.e-tk.s > 4 && s.t[tk.e-2:tk.e] == "ed"
}

// used reports whether token j is a statement's cue or inside its content.
func (s *sentence) used(j int) bool {
	p := s.toks[j].s
	if s.toks[j].k == kQuote && s.toks[j].ie > s.toks[j].is {
		p = s.toks[j].is // a quotation's content is its inside
	}
	for k := s.first; k < len(s.x.raws); k++ {
		r := &s.x.raws[k]
		if r.cue[0] <= p && p < r.cue[1] || r.content[0] <= p && p < r.content[1] || r.speaker.span[0] <= p && p < r.speaker.span[1] {
			return true
		}
	}
	return false
}

// leftBound returns the first token after the sentence's statements that
// end before token j.
func (s *sentence) leftBound(j int) int {
	lb := 0
	for k := s.first; k < len(s.x.raws); k++ {
		r := &s.x.raws[k]
		for _, e := range []int{r.content[1], r.cue[1], r.speaker.span[1]} {
			if e <= s.toks[j].s {
				for lb < j && s.toks[lb].s < e {
					lb++
				}
			}
		}
	}
	return lb
}

// negated reports whether the verb at j is negated, an infinitive or a
// passive: "did not say", "declined to say", "was told".
func (s *sentence) negated(j, lb int) bool {
	for k := j - 1; k >= lb && k >= j-4 && s.toks[k].k == kWord; k-- {
		w := s.toks[k].w.f
		switch {
		case w&fNeg != 0, s.is(k, "to") && k == j-1, w&fPassive != 0:
			return true // "was told", "was officially declared the winner", "is also said to"
		case w&(fAux|fPassive) == 0 && !lyAdverb(s, k):
			return false
		}
	}
	return false
}

// lyAdverb reports whether token i is a lower-case adverb in -ly; false
// past the sentence's end (an appositive that opens at its last token,
// speaker_title.go's deedParticiple).
func lyAdverb(s *sentence, i int) bool {
	if i < 0 || i >= len(s.toks) {
		return false
	}
	w := s.word(i)
	return !s.toks[i].cap && len(w) > 4 && w[len(w)-2:] == "ly" && !lyNoun(w)
}

// lyNoun reports whether w, ending in "ly", is a noun or a verb, no
// adverb: "the rally", "a tally", "the family" (subject_long.go's
// subjects end in them: "Many who attended the rally said").
func lyNoun(w string) bool {
	switch lowerASCII(w) {
	case "rally", "rallies", "tally", "family", "assembly", "supply", "reply", "anomaly", "monopoly", "belly", "folly", "bully":
		return true
	}
	return false
}

// skipPhrases returns the first token after p that is not part of short
// phrases of circumstance: "in a statement", "on Friday", "told the AP".
func (s *sentence) skipPhrases(p int) int {
	for n := 0; n < 3 && p < len(s.toks); n++ {
		if l, _ := s.dateAt(p); l > 0 {
			p += l
			continue
		}
		if s.has(p, fPrep|fObject|fAudience) || s.has(p, fDet) && n == 0 {
			q := p + 1
			for q < len(s.toks) && q <= p+8 && s.toks[q].k == kWord && s.toks[q].w.f&(fCue|fSub|fRelative) == 0 {
				q++
			}
			p = q
			continue
		}
		break
	}
	return p
}

// speakerish reports whether tokens [a, b) may be a speaker phrase: at most
// maxFallbackNP words, commas, dashes, parentheses and abbreviation dots,
// no quotation and no other verb of speech, with a name, role, pronoun or
// number in it.
func (s *sentence) speakerish(a, b int) bool {
	if b <= a || b-a > maxFallbackNP {
		return false
	}
	head := false
	for i := a; i < b; i++ {
		if !s.speakerToken(i, a, b, false) {
			return false
		}
		if tk := s.toks[i]; tk.k == kWord && (tk.cap && i > a || tk.w.f&(fRole|fSourceNoun|fPronoun|fQuant|fNumber) != 0 || isDigit(s.t[tk.s]) || tk.cap && tk.w.f&fStarter == 0) {
			head = true
		}
	}
	return head
}

// openingEnd returns where the subject starts in tokens [lb, se): after
// opening phrases ending in commas ("On Friday, ", "In a statement, ",
// "Beyond the footage, ", "Yet ") .
func (s *sentence) openingEnd(lb, se int) int {
	st := lb
	for st < se && (s.is(st, "yet") || s.is(st, "and") || s.is(st, "but") || s.is(st, "so") || s.is(st, "still") || s.is(st, "now")) {
		st++
	}
	if st > lb && st < se && s.punct(st, ",") {
		st++ // "Yet, a nurse ..., said": the link word's comma opens no subject
	}
	for {
		if !(s.has(st, fPrep|fSub) || s.dateStarts(st) || s.adverbOpening(st, se) || s.openingPrep(st)) {
			return st
		}
		c := st
		for c < se && !s.punct(c, ",") {
			c++
		}
		if c >= se {
			return st
		}
		st = c + 1
	}
}

func (s *sentence) dateStarts(i int) bool {
	l, _ := s.dateAt(i)
	return l > 0
}

// headEnd returns the end of the head noun phrase of speaker tokens [a, b):
// the tokens before the first comma, dash or parenthesis.
func (s *sentence) headEnd(a, b int) int {
	for i := a + 1; i < b; i++ {
		if s.punct(i, ",") || s.punct(i, "—") || s.punct(i, "–") || s.punct(i, "(") || s.punct(i, "-") && s.toks[i-1].e != s.toks[i].s {
			return i
		}
	}
	return b
}

// fallbackRight emits "SPEAKER said (that) CONTENT" for speaker tokens
// [lb, se) before the verb at j.
func (s *sentence) fallbackRight(j, lb, se int) {
	st := s.openingEnd(lb, se)
	for i := se - 2; i > st; i-- { // a dash right before the verb closes an aside
		if s.punct(i, "—") || s.punct(i, "–") || s.punct(i, ";") {
			st = i + 1 // "And it was no accident — Brendan Buck, ..., told": the subject follows the dash
			break
		}
	}
	from := s.from
	var m mention
	if e, ok := s.subjectNP(st); ok && e < se-1 && s.relativeAfterNoun(se-1) && s.verbAt(s.skipAdverb(e)) && s.subjectLike(st, e) {
		// "The council voted 6-1 for the resolution which said", "Trump
		// released a video that said": who made the thing speaks through
		// it, not the clause around it
		m = s.mention(st, e)
		if m.kind == mNoun && !s.has(e-1, fSourceNoun|fRole|fOrgHead) {
			return // "The bill includes a provision that says": no one
		}
	} else if s.speakerish(st, se) {
		m = s.mention(s.nameSegment(st, se))
		m.span = s.span(st, se)
	} else if !s.punct(se, ",") {
		return
	} else {
		// "Dr. Helen Park, a cardiologist ... who has studied the drug
		// for a decade and served on the panel that reviewed it,
		// cautioned": a name and an appositive too long for a speaker
		// phrase; the name speaks, as with a known verb (subject_appositive.go)
		s.from = st
		a, np, ok := s.appositive(se)
		s.from = from
		if !ok || np != st {
			return
		}
		m = a
	}
	s.from = lb
	s.right(j, m, s.span(j, j+1))
	s.from = max(from, s.from)
}

// fallbackLeft emits "CONTENT, SPEAKER said." for the verb at j, with the
// speaker after the last comma before it.
func (s *sentence) fallbackLeft(j, lb, se int) {
	c := se - 1
	for c > lb && !s.punct(c, ",") && s.toks[c].k != kQuote {
		c--
	}
	if c <= lb+1 {
		return
	}
	st := c + 1
	if !s.speakerish(st, se) {
		return
	}
	m := s.mention(st, s.headEnd(st, se))
	m.span = s.span(st, se)
	end := c
	if s.toks[c].k == kQuote {
		end = c + 1
	}
	_, extra := s.skipAfterCue(j, m)
	s.emitLeft(lb, end, m, s.span(j, j+1), extra)
}

// fallbackInverted emits "CONTENT, said SPEAKER." for the verb at j.
func (s *sentence) fallbackInverted(j, lb int) {
	if j-1 <= lb || !(s.punct(j-1, ",") || s.toks[j-1].k == kQuote) || s.has(j, fTell) {
		return // "..., told POLITICO she ...": the one told follows, not the speaker
	}
	e, open := j+1, 0
	for e < len(s.toks) && !s.isEnd(e) && !s.punct(e, ";") {
		if s.punct(e, "(") {
			open++
		} else if s.punct(e, ")") {
			if open == 0 {
				break // "(“...,” declared La Stampa), but ...": the aside the attribution stands in ends
			}
			open--
		}
		e++
	}
	if !s.speakerish(j+1, e) || s.has(j+1, fPronoun) && e > j+2 || s.has(j+1, fPrep|fSub) || s.topicPrep(j+1) {
		return // "..., said he had made ...", "..., says despite ...", "..., warned of ...": a clause or a topic, no inverted speaker
	}
	if l, _ := s.dateAt(j + 1); l > 0 && (s.punct(j+1+l, ",") || s.isEnd(j+1+l)) {
		return // "The deal, announced Friday, would last ...": a date, no speaker
	}
	pred := -1   // "The contrast with Trump, said Doyle and others, would be clear": the clause's predicate goes on after the speaker
	bare := true // no comma or relative pronoun yet: "..., said a voter who was there" has a verb of its own
	for i := j + 2; i < e; i++ {
		if s.punct(i-1, ",") && s.toks[i].k == kWord && !s.toks[i].cap && finiteAux(lowerASCII(s.word(i))) {
			pred = i
			break
		}
		bare = bare && !s.punct(i-1, ",") && !s.has(i, fRelative)
		if bare && s.toks[i].k == kWord && !s.toks[i].cap && (finiteAux(s.word(i)) || negatedAux(s.word(i))) {
			return // "..., for instance, said the problem was the law": a clause with its own verb is what was said, no speaker
		}
		if subjectPronoun(s.word(i)) {
			return // "..., said Monday she would ...": a clause
		}
	}
	se := e
	if pred > 0 {
		se = pred - 1
	}
	m := s.invertedMention(j+1, se)
	end := j - 1
	if s.toks[j-1].k == kQuote {
		end = j
	}
	if s.emitLeft(lb, end, m, s.span(j, j+1), afterCue{}) && pred > 0 && s.has(j, fCue) && !s.has(j, fCall) {
		if ce := s.contentEnd(pred); ce > pred {
			s.emit(m, s.span(j, j+1), pred, ce, afterCue{}) // the second part, which joinAsides joins
		}
	}
}

// invertedMention returns the speaker of tokens [a, e) after a verb that
// follows what was said: the phrase up to its first comma or dash (or a
// preposition after the name it opens with, other than "of"), or the
// name after a role's comma ("gushed Keller's chief of staff, Anna
// Brooks.": Anna Brooks, with the role for a title, as cue_inverted.go
// reads "said the mayor's spokesman, Tom Reed."), spanning [a, e).
func (s *sentence) invertedMention(a, e int) mention {
	h := s.headEnd(a, e)
	for i := a + 1; i < h && s.toks[i-1].cap; i++ {
		if !s.toks[i].cap && s.has(i, fPrep) && !s.is(i, "of") {
			h = i // "declared La Stampa in Italy": a name, then where it is
			break
		}
	}
	m := s.mention(a, h)
	if n, ne, ok := s.namedAppositive(m, h); ok && ne == e {
		m = n
	}
	m.span = s.span(a, e)
	return m
}

// subjectPronoun reports whether w is a pronoun that only a subject takes.
func subjectPronoun(w string) bool {
	switch lowerASCII(w) {
	case "he", "she", "they", "we", "i":
		return true
	}
	return false
}

// nameSegment returns the part of speaker tokens [a, b) that names the
// speaker: the part between commas that is a name of two capitalised words
// or more ("The former chairman of ..., Representative Tom Jones,"), else
// the head before the first comma.
func (s *sentence) nameSegment(a, b int) (int, int) {
	st := a
	for i := a; i <= b; i++ {
		if i < b && !s.punct(i, ",") {
			continue
		}
		caps := i-st >= 2
		for k := st; k < i && caps; k++ {
			caps = s.toks[k].k == kWord && (s.toks[k].cap || s.toks[k].w.f&fParticle != 0) || s.toks[k].k == kStop
		}
		if caps && st > a {
			return st, i
		}
		st = i + 1
	}
	return a, s.headEnd(a, b)
}

// relativeComma returns the comma in tokens (a, e) that a relative
// pronoun follows ("one resident, who asked not to be named"): the
// speaker ends there, and the relative clause says more of them. It
// returns e when there is none.
func (s *sentence) relativeComma(a, e int) int {
	for c := a + 1; c+1 < e; c++ {
		if s.punct(c, ",") {
			if s.is(c+1, "who") || s.is(c+1, "whose") {
				return c
			}
			return e
		}
	}
	return e
}

// commonSpeaker reports whether tokens [a, b) after a quotation and its
// verb are a common noun phrase that names no role: a determiner and two
// to four lower-case words, none a verb of speech, an auxiliary or a
// preposition but "of" ("fumed one resident", "sighed a neighbor of the
// family"). The form of the sentence makes it the speaker.
func (s *sentence) commonSpeaker(a, b int) bool {
	if b-a < 2 || b-a > 5 || !s.has(a, fDet) || s.has(a, fPronoun|fObject) {
		return false
	}
	for i := a + 1; i < b; i++ {
		tk := s.toks[i]
		if tk.k != kWord || tk.cap || tk.w.f&(fCue|fWeakCue|fCall|fAsk|fAux|fNeg) != 0 || s.has(i, fPrep) && !s.is(i, "of") {
			return false
		}
	}
	return !s.is(b-1, "of")
}
