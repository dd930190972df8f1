// The speaking subject of a sentence: the subject after opening phrases,
// the speaker a participle or a clause after "and" takes, an aside
// between dashes. "NP, appositive, said" and the title an appositive
// gives are in subject_appositive.go. Subjects that run past a noun phrase
// before their verb (a share of those polled, a relative clause,
// prepositional phrases) are in subject_long.go; the dateline or time
// stamp before a subject is in dateline.go.

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
