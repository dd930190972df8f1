// Emitting a statement: content read before its attribution is trimmed
// (parentheses, the wire's dateline, a leading connective) and refused
// when it is only an opening phrase, a date or a circumstance; emit adds
// the statement with its audience and the clause its date may come from.

package extract

import (
	"strings"

	"github.com/whosaid/whosaid/digest"
)

// contentLeft emits the statement whose content runs from s.from to the
// token before k (k is the first token after the content, a comma or the
// cue). cueEnd is where scanning resumes.
func (s *sentence) contentLeft(k int, m mention, cue digest.Span, j, npEnd int) bool {
	end := k
	if s.punct(end-1, ",") {
		end--
	}
	_, extra := s.skipAfterCue(j, m)
	if s.splitAfter(j) {
		end = s.trailingConnective(s.from, end) // "The new plan, however, said Ann Lee, would ..." (cue_inverted_split.go)
	}
	if !s.emitLeft(s.ledQuote(end), end, m, cue, extra) {
		return false
	}
	s.from = npEnd
	return true
}

// ledQuote returns where the content before an attribution ending at
// token e starts: at the quotation ending it when a colon or a dash leads
// in to that quotation ("... embodied: “Civility ...,” he said", "On
// layoffs: “...,” said Omar Farouk"), at s.from otherwise. A dash that
// closes an aside ("If X — as many believe — “why ...?” asked Dunn")
// leads in nothing: the clause goes on through it.
func (s *sentence) ledQuote(e int) int {
	if e-2 < s.from || s.toks[e-1].k != kQuote {
		return s.from
	}
	if s.punct(e-2, ":") {
		return e - 1
	}
	if !s.dash(e - 2) {
		return s.from
	}
	for i := s.from; i < e-2; i++ {
		if s.dash(i) {
			return s.from
		}
	}
	return e - 1
}

// dash reports whether token i is a dash or a hyphen standing alone.
func (s *sentence) dash(i int) bool {
	return s.punct(i, "—") || s.punct(i, "–") || s.punct(i, "-")
}

// emitLeft emits a statement whose content is tokens [a, b), the part of a
// sentence before its attribution.
func (s *sentence) emitLeft(a, b int, m mention, cue digest.Span, extra afterCue) bool {
	// "... blowback from members (“I want my dues back,” wrote one, on
	// Facebook)": an attribution inside a parenthesis has its content there
	depth := 0
	for i := b - 1; i > a; i-- {
		if s.punct(i, ")") {
			depth++
		} else if s.punct(i, "(") {
			if depth == 0 {
				a = i + 1
				break
			}
			depth--
		}
	}
	for a < b && (s.toks[a].k == kPunct || s.is(a, "and") || s.is(a, "but")) {
		a++
	}
	if d := s.datelineEnd(); d > a && d < b {
		a = d // "WASHINGTON (AP) — X has ..., a report says": the wire's dateline is the writer's
	}
	if n := s.connective(a); n > 0 && s.punct(a+n, ",") && a+n+1 < b {
		a += n + 1 // "In fact, X, analysts say": the writer's link to the sentence before
	}
	a = s.concessionOpener(a, b) // content_concession.go: "Despite ..., X, analysts say"
	for b > a && (s.toks[b-1].k == kPunct || s.toks[b-1].k == kStop) {
		b--
	}
	if b <= a {
		return false
	}
	if m.kind == mPronoun && (m.pron == "it" || m.pron == "they") && m.ante == nil {
		if np, ok := s.bodySubject(a, b, m.pron == "they"); ok {
			m.ante = &np // "The ministry will review the case, it said": the body the clause opens with
		}
	}
	if b-a < 3 && !s.hasQuote(a, b) && !s.twoWordClause(a, b) {
		return false // "Most recently, Trump called ...": an opening phrase, not content
	}
	if l, _ := s.dateAt(a); a+l >= b {
		return false // "On Dec. 15, the task force announced ..."
	}
	if s.openingOnly(a, b, cue) {
		return false // content_opening.go: "Then, last week, Eric Lund called."
	}
	if s.circumstanceBefore(a, b, m, cue) {
		return false // "On ABC's “This Week,” Rubio said that ...": where, not what
	}
	s.emit(m, cue, a, b, extra)
	return true
}

// emit appends a statement with content tokens [a, b).
func (s *sentence) emit(m mention, cue digest.Span, a, b int, extra afterCue) {
	if s.attributive(cue) || b == a+1 && s.toks[a].k == kQuote && s.title(a) {
		return // "271 pledged delegates", "in his book, “Title”" (ends.go)
	}
	if s.auxOnly(m) {
		return // speaker_aux.go: "Does that person ... say the wrong thing?"
	}
	object, toCome := false, false
	rest := -1 // the end of the words an object's end left out ("the deaths | on Tuesday")
	if cue[1] <= s.toks[a].s {
		if w := s.writersEnd(a, b); w < b && s.quoteFinishes(a, w) < b { // ends.go, quote_finish.go
			b = w
		}
		if b < len(s.toks) && (s.is(b, "and") || s.is(b, "but")) && s.stanceNow(a, b) {
			object = true // content_stance.go: "and expects it to pass" is the speaker's now; the end model keeps the end
		}
		if v := s.vehicleTail(a, b); v < b {
			rest, b, object = b, v, true // vehicle_tail.go: "said the plan had failed in a statement Friday" (an end the end model keeps)
		}
		if rb := s.relativeSubjectEnd(s.tokenAt(cue[0]), a, len(s.toks)); rb < len(s.toks) && rb <= b { // (len(s.toks): no verb found, not an end at b)
			b, object = rb, true // relsubject.go: "Republicans who agree that ... were irritated": the end model keeps it (where the rules' end is the sentence's verb too: "the voters Lee called “deplorable” turned out")
		}
		if s.relativeThing(s.tokenAt(cue[0]), a, b) {
			return // object_relative.go: "wrote the memo that started the debate"
		}
		ob, ok := s.objectEnd(s.tokenAt(cue[0]), a, b) // object.go: "denied the charges through his lawyer"
		if !ok {
			return // "the economy added 292,000 jobs"
		}
		if ob < b {
			rest = b
		}
		toCome = s.objectToCome(s.tokenAt(cue[0]), a, ob)
		object, b = object || ob < b, ob
	}
	if l := s.topicParticle(a-1, a); l > 0 && a+l < b && s.toks[a-1].s == cue[0] && s.toks[a-1].e == cue[1] {
		a += l // "warned about the risks": the preposition reads with the verb (topic_prep.go)
		extra.cueEnd = s.toks[a-1].e
	}
	if extra.cueEnd > cue[1] && (extra.cueEnd <= s.toks[a].s || s.toks[b-1].e <= cue[0]) {
		cue[1] = extra.cueEnd // "told reporters"
	}
	r := raw{speaker: m, cue: cue, block: s.block, anchor: -1, via: extra.via, audience: extra.audience, sentStart: s.toks[0].s, fixedEnd: object, toCome: toCome}
	r.clause = s.clauseOf(cue, a, b)
	if rest > b {
		// "confirmed the deaths on Tuesday": the words after the object
		// are the attribution's, and their date dates it (the content's
		// own dates stay out: clauseDate skips what a content holds)
		r.clause[1] = max(r.clause[1], s.toks[rest-1].e)
	}
	r.ta, r.tb = a, b
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
		s.subjOwn = m
		s.subj = &s.subjOwn
	}
}

// audience finds "Speaking with reporters" and the like anywhere outside
// quotations in the sentence. It is read once a sentence: every statement
// the sentence emits asks for it, and a run-on sentence can hold thousands.
func (s *sentence) audience() string {
	if s.audRead {
		return s.aud
	}
	s.audRead = true
	for i := 0; i+2 < len(s.toks); i++ {
		if s.wordOfLen(i, 1<<7|1<<8) && (s.is(i, "speaking") || s.is(i, "talking")) && (s.is(i+1, "with") || s.is(i+1, "to")) && s.has(i+2, fAudience) {
			s.aud = s.word(i + 2)
			break
		}
	}
	return s.aud
}

// clauseOf returns the span where a date phrase dates a statement with cue
// and content tokens [a, b): before content that follows its cue, from the
// start of the attribution (the sentence, the end of an earlier statement,
// or a participle cue itself); after content that comes first, to the end
// of the sentence.
func (s *sentence) clauseOf(cue digest.Span, a, b int) digest.Span {
	if cue[0] >= s.toks[b-1].e {
		return digest.Span{s.toks[b-1].e, s.toks[len(s.toks)-1].e}
	}
	lo := s.toks[min(s.from, len(s.toks)-1)].s
	if s.cueIsPart(cue) {
		lo = cue[0]
	}
	return digest.Span{min(lo, cue[0]), max(s.toks[a].s, cue[1])}
}

// twoWordClause reports whether tokens [a, b) are a subject and its past
// verb, a clause though short: "Prices rose, the owner said", "Talks
// failed, officials said". Not an opening phrase: "Once elected,", "When
// asked,", "Visibly shaken," (an auxiliary-like word, a subordinator, an
// adverb or a preposition first).
func (s *sentence) twoWordClause(a, b int) bool {
	if b-a != 2 || s.toks[a].k != kWord || s.toks[a+1].k != kWord || s.toks[a+1].cap {
		return false
	}
	w := lowerASCII(s.word(a))
	if s.has(a, fAux|fSub|fPrep|fDet|fNeg|fQuant|fStarter) && !s.has(a, fPronoun) || strings.HasSuffix(w, "ly") || s.timeNoun(a) {
		return false
	}
	return pastVerbNotSaid(lowerASCII(s.word(a + 1)))
}

// tooShort reports whether tokens [a, e) are too short to be what was said
// after a cue: one word, or two that are not a pronoun or a name with its
// verb ("he would"), unless a quotation is among them.
func (s *sentence) tooShort(a, e int) bool {
	return (e-a < 2 || e-a == 2 && !s.has(a, fPronoun) && !s.toks[a].cap) && !s.hasQuote(a, e)
}

// ingForm reports whether token i is a lower-case -ing form followed by its
// object or complement ("and accusing him", "and vowing to"): a participle
// clause of the subject, not a noun ("taxes and spending would rise").
func (s *sentence) ingForm(i int) bool {
	if i >= len(s.toks) || s.toks[i].k != kWord || s.toks[i].cap {
		return false
	}
	w := lowerASCII(s.word(i))
	if !(len(w) > 5 && strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "thing")) || i+1 >= len(s.toks) {
		return false
	}
	n := s.toks[i+1]
	return n.k == kQuote || n.k == kWord && n.w.f&(fPronoun|fDet|fPrep|fSub) != 0
}

// bodySubject returns the subject that the content [a, b) opens with when
// it names a body ("The ministry", "Acme Corp.", "The company"), which an
// "it" after the content stands for: "The company expects revenue to
// rise, it said"; with many, the group a "they" stands for
// (groupSubject). ok is false when the content opens with no such phrase.
func (s *sentence) bodySubject(a, b int, many bool) (mention, bool) {
	if many {
		return s.groupSubject(a, b)
	}
	e, ok := s.rightNP(a)
	if !ok || e <= a || e >= b {
		return mention{}, false
	}
	np := s.mention(a, e)
	if np.kind == mOrg || np.kind != mPronoun && s.has(e-1, fOrgHead) && !s.toks[e-1].cap {
		return np, true
	}
	return mention{}, false
}

// groupSubject returns the group of people, after a determiner, that the
// content [a, b) opens with, whom a "they" after it stands for: "The teachers want a raise,
// they said", "The unions will strike, they said" (not "The prices will
// rise, they said": things are no group that speaks).
func (s *sentence) groupSubject(a, b int) (mention, bool) {
	i := a
	if e := s.placedGroup(a, b); e > a {
		return s.placedMention(a, e), true // "Economists at the bank expect rates to fall, they said"
	}
	if !s.has(i, fDet) || s.has(i, fPronoun) {
		return mention{}, false // "State departments of education can do that, they said": a bare plural names no group the pronoun points back to (the speakers before are theirs)
	}
	i++
	for n := 0; n < 3 && i < b-1 && s.toks[i].k == kWord && !s.pluralNoun(i); n++ {
		if s.toks[i].w.f&(fCue|fWeakCue|fAux|fPrep|fNeg|fRelative|fPronoun|fPassive|fDet|fSub) != 0 || strings.HasSuffix(s.word(i), "s") {
			return mention{}, false // "The plan would cut", "Sales rose": a verb or another noun first
		}
		i++ // "The striking teachers": the modifiers before the head
	}
	if i >= b-1 || !s.pluralNoun(i) || !s.speakingGroup(i) {
		return mention{}, false
	}
	return s.mention(a, i+1), true
}

// placedGroup returns the end of a bare plural of people that the
// content [a, b) opens with when a preposition's phrase places them
// ("Economists at the bank", "Researchers from Lund University"): the
// place makes them one group, as a determiner does, where a bare plural
// alone is people at large and bodies are no people ("State departments
// of education can do that, they said"). a when there is none.
func (s *sentence) placedGroup(a, b int) int {
	if a >= b || s.toks[a].k != kWord || !s.speakingGroup(a) || !(s.pluralNoun(a) || a == 0 && s.toks[a].w.f&^(fRole|fSourceNoun|fAudience) == 0 && sForm(lowerASCII(s.word(a)))) {
		return a // (the sentence's first word is capitalised: "Economists at the bank")
	}
	var buf [64]byte
	if look(strings.TrimSuffix(lowerASCII(s.word(a)), "s"), &buf).f&fOrgHead != 0 {
		return a
	}
	if !(s.is(a+1, "at") || s.is(a+1, "from") || s.is(a+1, "with") || s.is(a+1, "in")) {
		return a
	}
	e := a + 2
	if s.has(e, fDet) && !s.has(e, fPronoun) {
		e++
	}
	switch {
	case e < b && s.toks[e].k == kWord && s.toks[e].cap:
		for e < b && s.toks[e].k == kWord && s.toks[e].cap {
			e++ // "at Harlow Bank"
		}
	case e < b && s.toks[e].k == kWord && s.toks[e].w.f&^(fOrgHead|fMedia) == 0 && s.has(e-1, fDet):
		e = s.bodyHeadAfter(e, b) + 1 // "at the bank", "at the central bank"
	default:
		return a
	}
	if e >= b-1 || s.toks[e].k != kWord || s.toks[e].cap {
		return a // a verb must follow the group
	}
	return e
}

// placedMention is the mention of the placed group [a, e): people, a
// common noun's phrase as when they speak before the verb ("Economists at
// Harlow Bank said"), not the capitalised place's name with the people as
// its title.
func (s *sentence) placedMention(a, e int) mention {
	m := s.mention(a, e)
	if m.kind == mOrg || m.kind == mName {
		m.kind, m.name, m.words, m.title = mNoun, "", nil, ""
	}
	return m
}

// bodyHeadAfter returns the body's noun that ends the phrase opening at
// the plain lower-case word e after a determiner: the first with a body's
// flag within three such words ("the central bank", "the state pension
// fund"), else e itself ("the board"); the verb after it is no part of
// the group.
func (s *sentence) bodyHeadAfter(e, b int) int {
	for h := e; h < b && h < e+3; h++ {
		tk := s.toks[h]
		if tk.k != kWord || tk.cap || tk.w.f&^(fOrgHead|fMedia|fMod) != 0 {
			break
		}
		if tk.w.f&(fOrgHead|fMedia) != 0 {
			return h
		}
	}
	return e
}

// speakingGroup reports whether the plural noun at i names people or a
// body that may speak: a role, a source or a body in the lexicon
// ("officials", "unions"), "people", or an agent noun ("teachers",
// "economists", "historians", "investors").
func (s *sentence) speakingGroup(i int) bool {
	var lb [32]byte
	w := string(lowerInto(&lb, s.word(i))) // lowered on the stack: no copy of a capitalised word
	if w == "people" {
		return true
	}
	var buf [64]byte
	if look(strings.TrimSuffix(w, "s"), &buf).f&(fRole|fSourceNoun|fOrgHead|fAudience) != 0 {
		return true
	}
	if stem, ok := strings.CutSuffix(w, "ies"); ok && look(stem+"y", &buf).f&(fRole|fSourceNoun|fOrgHead|fAudience) != 0 {
		return true // "companies", "agencies", "secretaries"
	}
	for _, suf := range []string{"ers", "ors", "ists", "ians"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}
