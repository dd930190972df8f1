// The speaking subject of a sentence: the subject after opening phrases,
// "NP, appositive, said" and the title an appositive gives, an aside
// between dashes. Subjects that run past a noun phrase before their verb
// (a share of those polled, a relative clause, prepositional phrases) are
// in subject_long.go; the dateline or time stamp before a subject is in
// dateline.go.

package extract

import "strings"

// speakerSoFar returns the speaker of the sentence's latest statement, or
// the subject at its start.
func (s *sentence) speakerSoFar() *mention {
	if n := len(s.x.raws); n > s.first {
		last := &s.x.raws[n-1].speaker // the statement's own: every caller reads it before adding one
		if last.ante == nil || len(s.toks) == 0 || last.span[0] <= s.toks[0].s {
			return last
		}
		// "Obama rebuked critics who say ..., saying ...": a relative
		// clause's statement is embedded; the participle goes on from
		// the sentence's subject (the same one where the relative
		// describes it: "Reed, who said ..., adding")
		if m := s.subjectAtStart(true); m != nil {
			return m
		}
		return last
	}
	return s.subjectAtStart(false)
}

// subjectAtStart returns the subject at the sentence's start, after
// opening phrases, or nil; with own, not a relative pronoun the sentence
// took for its subject so far.
func (s *sentence) subjectAtStart(own bool) *mention {
	if s.subj != nil && !(own && s.subj.ante != nil) {
		return s.subj
	}
	// the subject, after opening phrases: "Last month,", "For his part,",
	// "On Thursday, after remaining neutral throughout the process,"
	p := s.datelineEnd()
	for p < 3 && p+1 < len(s.toks) && (s.sentenceLink(p) || s.is(p, "even")) {
		p++ // "And then Trump went on the attack, saying ...", "And even Obama tried ..."
	}
	for n := 0; n < 4 && p < len(s.toks); n++ {
		if l, _ := s.dateAt(p); l > 0 && p+l < len(s.toks) && s.toks[p+l].k == kWord {
			p += l // "On Sunday morning Mr. Trump made ...": a date opening the clause
		} else if l > 0 && s.punct(p+l, ",") {
			p += l + 1 // "Late last month, the company sent ...": the date and its comma
			continue
		}
		if e, ok := s.rightNP(p); ok && s.timeNoun(e-1) {
			if s.timeNoun(e) {
				e++ // "The day before,"
			}
			if s.punct(e, ",") {
				p = e + 1 // "The day before, at a rally, Mr. Trump was ...": a time, not the subject
				continue
			}
		}
		if e, ok := s.rightNP(p); ok && (s.toks[p].w.f&(fStarter|fPrep) == 0 || s.toks[p].w.f&(fDet|fPronoun) != 0) && s.subjectLike(p, e) {
			for h := p + 1; h < e; h++ {
				if s.headThenPast(h) {
					e = h // "The Arizona Republican survived ... and says": the noun phrase read greedily took in the verb
					break
				}
			}
			m := s.mention(p, e)
			if m.kind == mNoun && !s.has(e-1, fSourceNoun|fRole) {
				// "The former Republican presidential candidate continued":
				// the noun phrase read greedily takes in the verb; the
				// speaker ends at its last noun of role
				h := e - 1
				for h > p && !s.has(h, fSourceNoun|fRole) {
					h--
				}
				if h > p && s.toks[h].w.f&(fCue|fAux) == 0 {
					e = h + 1
					m = s.mention(p, e)
				}
			}
			if (m.kind == mRole || m.kind == mNoun) && s.punct(e, ",") {
				// "France’s far-right party leader, Marine Le Pen, voiced
				// ...": the appositive names the holder of the role
				if ne, ok := s.rightNP(e + 1); ok && ne > e+1 && s.punct(ne, ",") && s.toks[ne-1].cap {
					if a := s.mention(e+1, ne); a.kind == mName {
						a.title = m.text
						a.span = s.span(p, ne)
						s.subjOwn = a
						s.subj = &s.subjOwn
						return s.subj
					}
				}
			}
			if m.kind != mNoun || s.has(e-1, fSourceNoun|fRole|fOrgHead) || partyLabel(strings.TrimSuffix(s.word(e-1), "s")) { // "The Rove ad ... and claims"; "the Wisconsin Republican criticized ... and said"; "Congressman Trey Gowdy’s office slammed ..., calling"
				s.subjOwn = m
				s.subj = &s.subjOwn
				return s.subj
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

// headThenPast reports whether token h is a past verb right after the
// head of a subject the noun phrase reader took in with it: a name, a
// role, a source or a body ("the senator hit back", "The court blocked
// the law", "The judges struck down"), where the verb is one in -ed, one
// derived from train or an irregular past.
func (s *sentence) headThenPast(h int) bool {
	if h < 1 || h >= len(s.toks) || s.toks[h].k != kWord || s.toks[h].cap || s.has(h-1, fDet) || !(s.toks[h-1].cap || s.has(h-1, fRole|fSourceNoun|fOrgHead)) {
		return false
	}
	var lb [32]byte
	return pastVerb(s, h) || s.derivedPast(h) || s.toks[h].w.f == 0 && irregularPast(string(lowerInto(&lb, s.word(h))))
}

// timeNoun reports whether token i names a stretch of time ("day",
// "year", "morning"): a phrase it heads opens a clause, it never speaks.
func (s *sentence) timeNoun(i int) bool {
	if i < 0 || i >= len(s.toks) || s.toks[i].k != kWord {
		return false
	}
	var lb [32]byte
	w := lowerInto(&lb, s.word(i))
	if n := len(w); n > 0 && w[n-1] == 's' {
		w = w[:n-1]
	}
	switch string(w) {
	case "second", "minute", "hour", "day", "week", "month", "year", "decade", "time", "morning", "afternoon", "evening", "night", "weekend", "before", "later", "ago":
		return true
	}
	return false
}

// derivedPast reports whether token h is the past form of a verb of speech
// derived from train ("criticized", "blasted"): a verb, never part of the
// noun phrase before it.
func (s *sentence) derivedPast(h int) bool {
	return h < len(s.toks) && s.toks[h].k == kWord && !s.toks[h].cap && s.toks[h].w.f&fDerived != 0 && strings.HasSuffix(s.word(h), "ed")
}

// frontedParticiple reads a sentence that opens with a verb of speech in
// -ing: "Noting that Obama’s policy has been to allow ISIS to ..., Trump
// reminded Americans ...". What follows the participle, to the comma before
// the main clause, is what was said; the main clause's subject said it. It
// returns where scanning resumes (j+1 when nothing matched).
func (s *sentence) frontedParticiple(j int) int {
	a := j + 1
	if s.is(a, "that") {
		a++
	}
	for c := a + 3; c+2 < len(s.toks) && c < a+40; c++ {
		if s.toks[c].k == kStop {
			break
		}
		if !s.punct(c, ",") {
			continue
		}
		e, ok := s.rightNP(c + 1)
		if !ok || e >= len(s.toks) {
			continue
		}
		v := s.toks[e]
		if v.k != kWord || v.cap || v.w.f&(fPrep|fDet|fSub|fRelative|fClauseEnd|fPronoun|fObject) != 0 && v.w.f&(fAux|fCue) == 0 {
			continue // no verb after the noun phrase: not the main clause yet
		}
		m := s.mention(c+1, e)
		if m.kind == mNoun && !s.has(e-1, fSourceNoun|fRole) {
			continue
		}
		s.emit(m, s.span(j, j+1), a, c, afterCue{})
		s.from = c + 1
		return c + 1
	}
	return j + 1
}

// pronounCueAhead reports whether a subject pronoun and a verb of speech
// start at token i, maybe with an auxiliary between ("he said", "she also
// insisted", "they later argued"): a new clause, whose statement is its
// own.
func (s *sentence) pronounCueAhead(i int) bool {
	if i >= len(s.toks) || s.toks[i].k != kWord || !subjectPronoun(s.word(i)) { // fallback.go
		return false
	}
	return s.cueAfterAux(i + 1)
}

// cueAfterAux reports whether a finite verb of speech starts at token v
// after its subject, maybe after one or two auxiliaries or adverbs ("said",
// "also insisted", "has since argued"): a lower-case cue, weak cue or
// derived one, not a participle (pronounCueAhead, coord.go nameCueAhead,
// namedCueAhead).
func (s *sentence) cueAfterAux(v int) bool {
	for n := 0; n < 2 && s.has(v, fAux) && !s.has(v, fCue); n++ {
		v++
	}
	return v < len(s.toks) && s.toks[v].k == kWord && !s.toks[v].cap && s.toks[v].w.f&(fCue|fWeakCue|fDerived) != 0 && s.toks[v].w.f&fPart == 0
}

// clauseSpeaker returns the speaker a participle or a verb after "and"
// at token k goes on from: the subject of the nearest clause before k
// that has its own ("Trump pivoted to trade, but Wallace brought him back
// to it, asking ...": Wallace), else the sentence's speaker so far.
func (s *sentence) clauseSpeaker(k int) *mention {
	if m := s.subordinateSubject(k); m != nil {
		return m // subordinate_subject.go: "even as he defended the budget, saying"
	}
	for c := k - 1; c > s.from+1; c-- {
		if s.toks[c].k == kQuote || s.toks[c].k == kStop {
			break
		}
		conj := s.is(c, "but") || s.contrastConj(c)
		// "prosecutors charged him and Mayor Lee fired the chief,
		// acknowledging ...": "and" opens a clause of its own when a
		// subject and a finite verb follow it (checked below)
		and := s.is(c, "and") && !s.inComplement(c)
		if !(conj && (s.punct(c-1, ",") || s.punct(c-1, ";") || s.dashEnding(c-1) >= 0) || s.punct(c, ";") || and) {
			continue
		}
		p := c + 1
		e, ok := s.rightNP(p)
		for h := p + 1; ok && h < e; h++ {
			if s.headThenPast(h) || s.toks[h].w.f == 0 && !s.toks[h].cap && (s.toks[h-1].cap || s.has(h-1, fRole|fSourceNoun)) && !s.has(h-1, fDet) {
				e = h // "the senator hit back": the noun phrase read greedily took in the verb
				break
			}
		}
		if and && (!ok || e >= k || !s.subjectLike(p, e) || s.has(p, fPrep|fSub) || !s.verbAt(s.skipAdverb(e))) {
			continue // "Cruz and Rubio", "jobs and wages": no clause of its own
		}
		if !ok || e >= k || !s.subjectLike(p, e) || s.has(p, fPrep|fSub) {
			break
		}
		v := s.toks[e]
		if v.k != kWord || v.cap || v.w.f&(fPrep|fDet|fSub|fRelative|fClauseEnd|fPronoun|fObject|fPart) != 0 && v.w.f&fAux == 0 {
			break
		}
		m := s.mention(p, e)
		if m.kind == mNoun && !s.has(e-1, fSourceNoun|fRole) && !partyLabel(strings.TrimSuffix(s.word(e-1), "s")) {
			if and {
				continue
			}
			break
		}
		return &m
	}
	if m := s.mainAfterOpening(k); m != nil {
		return m
	}
	return s.speakerSoFar()
}

// inComplement reports whether token c stands in a clause after "that",
// "whether" or "if" with no punctuation between: "dismissed reports that
// Russian and US officials would meet, calling ...": an "and" there joins
// inside what the reports said.
func (s *sentence) inComplement(c int) bool {
	for k := c - 1; k >= s.from && k >= 0 && s.toks[k].k == kWord; k-- {
		if s.is(k, "that") || s.has(k, fQuestion) {
			return true
		}
	}
	return false
}

// mainAfterOpening returns the subject of the main clause that follows
// the sentence's last statement when that statement's cue stood in a
// subordinate clause opening the sentence and its content ended at the
// comma closing it: "While most rivals called for more troops, Trump
// stuck to the plan, noting ...": Trump notes. It returns nil otherwise.
func (s *sentence) mainAfterOpening(k int) *mention {
	n := len(s.x.raws)
	if n <= s.first {
		return nil
	}
	r := s.x.raws[n-1]
	if r.tb >= k || r.tb > len(s.toks) || !s.punct(r.tb, ",") {
		return nil
	}
	if cue := s.tokenAt(r.cue[0]); cue < 0 || cue >= r.ta || !s.subordinateIn(0, cue) {
		return nil
	}
	e, ok := s.rightNP(r.tb + 1)
	if !ok || e >= k || !s.subjectLike(r.tb+1, e) || !s.verbAt(s.skipAdverb(e)) {
		return nil
	}
	m := s.mention(r.tb+1, e)
	if m.kind == mNoun && !s.has(e-1, fSourceNoun|fRole) {
		return nil
	}
	return &m
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
		if a == 0 && len(s.x.ents.byLast[w]) == 0 && (openingPreps[strings.ToLower(w)] || strings.HasSuffix(w, "ly") || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed")) {
			return false // "Hastily politicizing ...", "Rallying hundreds ...", "Inside the hall, ...": no subject
		}
		if len(s.x.ents.byLast[w]) == 0 && !partyLabel(strings.TrimSuffix(w, "s")) && (b >= len(s.toks) || s.toks[b].k != kWord || s.toks[b].cap || s.has(b, fPrep)) {
			return false
		}
	}
	return true
}

// appositive recognises "NP, appositive, CUE" where k is the comma before the
// cue: it returns the speaker, with the appositive in its span, and the first
// token of the noun phrase.
func (s *sentence) appositive(k int) (mention, int, bool) {
	if c := s.connectiveAside(k); c >= 0 {
		if m, np, ok := s.appositive(c); ok {
			return m, np, ok // "Dow's chief executive, Andrew Liveris, of course, said": the writer's aside after the appositive
		}
	}
	from := max(s.from, s.datelineEnd()) // "LONDON, March 1 (Reuters) - ": the dateline's comma sets off nothing
	for c := from + 1; c < k; c++ {
		if !s.punct(c, ",") || k-c > 30 || k-c < 2 {
			continue
		}
		np, ok := s.leftNP(c - 1)
		head := c
		if ok {
			if st, h, ok2 := s.subjectBeforePreps(np); ok2 && s.toks[np].k == kWord && s.toks[np].w.f&fPronoun == 0 {
				np, head = st, h // "Six Gannett newspapers in New Jersey, including ..., said"
			}
		}
		if ok && s.is(np-1, "and") && np-2 >= s.from && s.toks[np].cap {
			if st, ok2 := s.leftNP(np - 2); ok2 && s.toks[st].cap {
				np = st // "Wilcox and Beruff, a Sarasota Republican, argued"
			}
		}
		if c-s.from <= 9 && !(ok && np == s.from) {
			if h, ok2 := s.openingNP(c); ok2 {
				// "The clerk of nearly ten years, a lifelong Democrat ...,
				// said": the whole phrase before the first comma
				np, head, ok = s.from, h, true
			}
		}
		if !ok || !(s.mainSubjectOpens(np) || s.coordinatedSubject(np)) || s.finiteWithin(np, c) {
			continue // (a clause is no subject: "The plan is sound, a spokesman, ...")
		}
		if c-np == 1 && s.has(np, fRelDay|fWeekday|fMonth) && !s.monthSurname(np) {
			continue // a day sets the time, not a speaker: "Today, many programmers leave ..., said Ann Lee"
		}
		if c-np == 1 && s.openingAdverb(np) {
			continue // "Moreover, Jeffrey Sachs, an economist, noted": the writer's link, not a subject
		}
		aside := k-c == 2 && (s.is(c+1, "though") || s.is(c+1, "however") || s.is(c+1, "too") || s.is(c+1, "meanwhile"))
		if a := s.toks[c+1]; a.k != kWord || a.w.f&(fCue|fSub) != 0 && a.w.f&(fRelative|fPart) == 0 && !aside {
			continue
		}
		bad := false
		// "Humphrey, who calls Trump a “sociopath,” said ...": a relative
		// clause may hold verbs of speech of its own
		rel := false
		for i := c + 1; i < k; i++ {
			if s.is(i, "who") || s.is(i, "whose") || s.is(i, "whom") || s.is(i, "which") {
				rel = true // "a lifelong Democrat who spoke ...", "a rival whom Trump fired"
			}
			if s.toks[i].k == kStop && !(s.toks[i-1].e == s.toks[i].s && i+1 < len(s.toks) && s.toks[i+1].k == kPunct) ||
				!rel && s.toks[i].k == kWord && s.toks[i].w.f&fCue != 0 && s.toks[i].w.f&fPart == 0 {
				bad = true
				break
			}
		}
		if bad {
			continue
		}
		m := s.mention(np, head)
		if m.kind == mPronoun {
			continue
		}
		if both, ok := s.appositivePair(np, head, c, k); ok {
			return both, np, true // speaker_appos_pair.go: "Sen. Ruth Vance, a Democrat, and Sen. Paul Grady, a Republican, said"
		}
		if m.kind == mRole || m.kind == mNoun || s.roleWithin(np, head) {
			// "Mr. Trump's former campaign manager, Corey Lewandowski,": the
			// appositive names the holder of the role, as it does of one
			// whose body is named after it ("The chief executive of Norfield
			// Foods, Paul Ames,", speaker_appos_pair.go roleWithin)
			// (not "The mayor, a Democrat,": a name takes no indefinite article)
			if o := s.nameOfPlace(c+1, k); o > 0 {
				a := s.mention(c+1, o) // "The study's lead author, Dr. Kim Nguyen of Stanford University,": the name, then where
				a.title = s.holderTitle(m, np, c)
				a.span = s.span(np, k)
				return a, np, true
			}
			if e := s.nameSetOff(c+1, k); e > 0 {
				a := s.mention(c+1, e) // "Trump's Indiana chairman, Rex Early, a former party chairman who ..., said" (speaker_appos_pair.go)
				a.title = s.holderTitle(m, np, c)
				a.span = s.span(np, k)
				return a, np, true
			}
			if a := s.mention(c+1, k); a.kind == mName && c+1 < k && s.toks[k-1].cap && !s.is(c+1, "including") && !s.is(c+1, "like") {
				if s.nameOnly(c+1, k) {
					a.title = s.holderTitle(m, np, c)
					a.span = s.span(np, k)
					return a, np, true
				}
				if s.commaWithin(c+1, k) {
					continue // "Addressing ..., many of them ..., the campaign chief, Paul Manafort,": a later comma sets off the name
				}
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

// asideClauseInverted reports whether the words from np to the comma k
// before the cue at j are a clause with a writer's aside in it
// (predicateAfterAside) and the speaker follows the cue: "The plan,
// however, is dead, said Ann Lee." The clause is then what was said, not
// a subject with an appositive. (Before a participle, "Reed, meanwhile,
// was making a pitch, refusing to concede ...", the clause's subject
// speaks, as the appositive reading has it.)
func (s *sentence) asideClauseInverted(j, np, k int) bool {
	if !s.predicateAfterAside(np, k) {
		return false
	}
	e, ok := s.invertedNP(j + 1)
	return ok && s.afterInverted(e)
}

// predicateAfterAside reports whether a comma between the subject at np
// and the comma k before a verb of speech closes a writer's aside with a
// predicate after it: "The plan, however, is dead, said Ann Lee", "The
// plan, it seems, will fail, said ...". The words after the subject's
// comma are then the clause's aside and its verb, not a noun phrase that
// renames the subject, and the whole clause is what was said (inverted).
// A relative clause on the subject ("Reed, who, he says, is ...") has its
// own verbs.
func (s *sentence) predicateAfterAside(np, k int) bool {
	for i := np + 1; i+1 < k; i++ {
		if s.has(i, fRelative) || s.is(i, "whose") || s.is(i, "who") || s.is(i, "which") {
			return false
		}
		if !s.punct(i, ",") || s.toks[i+1].k != kWord || s.toks[i+1].cap {
			continue
		}
		if w := lowerASCII(s.word(i + 1)); finiteAux(w) || negatedAux(w) {
			return true
		}
	}
	return false
}

// coordinatedSubject reports whether a clause joined by ", and" or ",
// but" opens at token np with a subject of its own: "The agency contends
// that ..., and Brian Deese, its adviser, said ..." (Deese speaks, not the
// agency).
func (s *sentence) coordinatedSubject(np int) bool {
	return np >= 2 && np-2 >= s.from && (s.is(np-1, "and") || s.is(np-1, "but")) && s.punct(np-2, ",") && s.toks[np].k == kWord && s.toks[np].cap
}

// namedCueAhead reports whether a name, an appositive between commas and
// a verb of speech start at i: "Brian Deese, the White House adviser,
// said". The name is nameAhead's, as in nameCueAhead (coord.go), which
// reads one with no appositive; the appositive holds no verb of speech or
// quotation.
func (s *sentence) namedCueAhead(i int) bool {
	c := s.nameAhead(i) // coord.go
	if c == i || !s.punct(c, ",") {
		return false
	}
	for k := c + 1; k < len(s.toks) && k <= c+12; k++ {
		tk := s.toks[k]
		if s.punct(k, ",") {
			return k > c+1 && s.cueAfterAux(k+1)
		}
		if tk.k != kWord || tk.w.f&fCue != 0 && tk.w.f&fPart == 0 {
			return false
		}
	}
	return false
}

// openingNP reports whether the tokens from the clause's start to the
// comma at c are one noun phrase, its subject ("The clerk of nearly ten
// years", "One of the authors of that 2013 report"): a determiner, number
// or capital first, then words with no verb, pronoun or conjunction among
// them. It returns the end of the phrase's head, before its first
// preposition.
func (s *sentence) openingNP(c int) (int, bool) {
	a := s.from
	if c-a < 2 {
		return 0, false
	}
	f := s.toks[a]
	if f.k != kWord || f.w.f&(fPronoun|fPrep|fSub|fAux|fCue|fWeakCue) != 0 || !(f.cap || f.w.f&fDet != 0) ||
		f.w.f&(fStarter|fWeekday|fMonth) != 0 && f.w.f&(fDet|fQuant) == 0 || s.dateStarts(a) ||
		f.w.f&fDet == 0 && (strings.HasSuffix(s.word(a), "ing") || strings.HasSuffix(s.word(a), "ed") || strings.ContainsAny(s.word(a), "'’")) {
		return 0, false // "Dashing into a luncheon, ...", "Alarmed by the unrest, ...", "It’s ..."
	}
	if s.openingPrep(a) || s.openingAdverb(a) {
		return 0, false // "Outside the hall, Ann Lee, a nurse, said", "Perhaps most important, ...": an adverbial, not the subject
	}
	head := c
	for i := a + 1; i < c; i++ {
		tk := s.toks[i]
		if (s.is(i, "that") || s.is(i, "this")) && (s.has(i-1, fPrep) || s.is(i-1, "of")) {
			continue // "of that 2013 report": a determiner
		}
		if tk.w.f&(fSourceNoun|fComment) != 0 && (s.has(i-1, fDet) || s.countWord(i-1) || s.toks[i-1].cap) {
			continue // "that 2013 report": a noun, not the verb
		}
		if tk.k != kWord || tk.w.f&(fCue|fWeakCue|fAux|fPassive|fNeg|fPronoun|fRelative|fSub|fClauseEnd|fCall|fAsk|fObject) != 0 && tk.w.f&fPrep == 0 {
			return 0, false
		}
		if !tk.cap && tk.w.f == 0 && (strings.HasSuffix(s.word(i), "ed") || strings.HasSuffix(s.word(i), "ing")) && !s.has(i-1, fDet) {
			return 0, false // "The Senate voted Tuesday": a verb
		}
		if head == c && (tk.w.f&fPrep != 0 || s.is(i, "of") || s.is(i, "for")) {
			head = i
		}
	}
	if head == a+1 && s.toks[a].w.f&fDet != 0 && !s.toks[a].cap && !s.is(a, "one") {
		return 0, false
	}
	return head, true
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

// appositiveTitle returns the title an appositive gives, whole: "the
// Kremlin spokesman" -> "Kremlin spokesman"; "" when it names no role.
func (s *sentence) appositiveTitle(a, b int) string {
	return s.wholeTitle(a, b) // speaker_title.go
}

// isSentenceLink reports whether w, opening a sentence, only links it to
// the one before ("And then Trump ...", "But Cruz ...") and so stands before
// its subject.
func isSentenceLink(w string) bool {
	switch w {
	case "and", "but", "so", "yet", "then", "still", "also":
		return true
	}
	return false
}

// sentenceLink reports whether token i is a word of isSentenceLink.
func (s *sentence) sentenceLink(i int) bool {
	var lb [32]byte
	return i >= 0 && i < len(s.toks) && s.toks[i].k == kWord && isSentenceLink(string(lowerInto(&lb, s.word(i))))
}

// dashEnding returns where a dash ending at token i starts: i for "—" or
// "–", i-1 for "--"; -1 when no dash ends there.
func (s *sentence) dashEnding(i int) int {
	if uint(i) >= uint(len(s.toks)) || s.toks[i].k != kPunct {
		return -1 // every case below needs punctuation at i; most tokens are words
	}
	return s.dashAt(i) // out of line, so that the test above inlines where every token is asked
}

// dashAt is dashEnding for punctuation at i.
func (s *sentence) dashAt(i int) int {
	switch {
	case s.punct(i, "—") || s.punct(i, "–"):
		return i
	case s.punct(i, "-") && s.punct(i-1, "-"):
		return i - 1
	case s.punct(i, "-") && i > 0 && i+1 < len(s.toks) && s.toks[i-1].e < s.toks[i].s && s.toks[i].e < s.toks[i+1].s && !s.punct(i+1, "-"):
		return i // " - " with spaces around, as a dash: "Deborah Reynolds - his co-host - told"
	}
	return -1
}

// connectiveAside returns the comma that opens a connective set off by
// commas and ending at the comma k ("of course", "however", "in fact"),
// or -1.
func (s *sentence) connectiveAside(k int) int {
	if !s.punct(k, ",") {
		return -1
	}
	for c := k - 2; c >= k-4 && c > s.from; c-- {
		if s.punct(c, ",") {
			if s.connective(c+1) == k-c-1 {
				return c
			}
			return -1
		}
	}
	return -1
}
