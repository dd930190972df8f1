// "NP, appositive, said": the subject of a verb of speech with an
// appositive set off by commas before it ("Brian Deese, the White House
// adviser, said"), the noun phrase that opens such a sentence, the title
// the appositive gives and a connective set off by commas after it ("...,
// of course, said"); a clause with a writer's aside that is said, not a
// subject ("The plan, however, is dead, said Ann Lee"). The rest of the
// sentence's subject is in subject.go.

package extract

import "strings"

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

// appositiveTitle returns the title an appositive gives, whole: "the
// Kremlin spokesman" -> "Kremlin spokesman"; "" when it names no role.
func (s *sentence) appositiveTitle(a, b int) string {
	return s.wholeTitle(a, b) // speaker_title.go
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
