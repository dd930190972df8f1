// The speaking subject of a sentence: the subject after opening phrases,
// "NP, appositive, said" and the title an appositive gives.

package extract

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
	for p < 3 && p+1 < len(s.toks) && isSentenceLink(lowerASCII(s.word(p))) {
		p++ // "And then Trump went on the attack, saying ..."
	}
	for n := 0; n < 4 && p < len(s.toks); n++ {
		if e, ok := s.rightNP(p); ok && (s.toks[p].w.f&(fStarter|fPrep) == 0 || s.toks[p].w.f&(fDet|fPronoun) != 0) && s.subjectLike(p, e) {
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
		head := c
		if ok {
			if st, h, ok2 := s.subjectBeforePreps(np); ok2 && s.toks[np].k == kWord && s.toks[np].w.f&fPronoun == 0 {
				np, head = st, h // "Six Gannett newspapers in New Jersey, including ..., said"
			}
		}
		if !ok || !(np == s.from || s.toks[np-1].k == kQuote || s.punct(np-1, ",") || s.subjectStart(np) ||
			np-1 == s.from && s.has(np-1, fSub)) {
			continue
		}
		aside := k-c == 2 && (s.is(c+1, "though") || s.is(c+1, "however") || s.is(c+1, "too") || s.is(c+1, "meanwhile"))
		if a := s.toks[c+1]; a.k != kWord || a.w.f&(fCue|fSub) != 0 && a.w.f&(fRelative|fPart) == 0 && !aside {
			continue
		}
		bad := false
		// "Humphrey, who calls Trump a “sociopath,” said ...": a relative
		// clause may hold verbs of speech of its own
		rel := (s.is(c+1, "who") || s.is(c+1, "whose") || s.is(c+1, "whom"))
		for i := c + 1; i < k; i++ {
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
		if m.kind == mRole || m.kind == mNoun {
			// "Mr. Trump's former campaign manager, Corey Lewandowski,": the
			// appositive names the holder of the role
			if a := s.mention(c+1, k); a.kind == mName && c+1 < k && s.toks[k-1].cap && !s.has(c+1, fPrep) && !s.is(c+1, "including") && !s.is(c+1, "like") {
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
