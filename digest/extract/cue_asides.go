// The speaker set off from its verb of speech by an aside: between dashes
// ("the growers — most of them in Kent — said"), a party and state in
// parentheses ("Rep. Ann Voss (D-Ore.), said"), an appositive between
// commas ("Tom Reyes, a nurse in Fresno, said"), a relative clause ("Reyes,
// who ran twice, said").

package extract

import "github.com/whosaid/whosaid/digest"

// dashSubject reads a subject before an aside between dashes that ends at
// token k, just before the cue at j: "The growers in two valleys — the
// Napa and the Sonoma — said ...". The subject must open a clause.
func (s *sentence) dashSubject(j, k int, cue digest.Span) (int, bool) {
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
				if s.subjectOpens(np) { // subject_long.go
					return s.right(j, s.headMention(np, head, k), cue), true // subject_head.go
				}
			}
			break
		}
	}
	return 0, false
}

// partySubject reads a name with its party and state in parentheses and
// a comma before the cue at j: "Sen. Ola Brandt (R-Iowa), said ...".
func (s *sentence) partySubject(j, k int, cue digest.Span) (int, bool) {
	if s.punct(k, ",") && s.punct(k-1, ")") {
		// "Sen. Jack Reed (D-R.I.), said": a name, its party and state
		if np, ok := s.leftNP(k - 1); ok && s.subjectOpens(np) {
			m := s.mention(np, k)
			return s.right(j, m, cue), true
		}
	}
	return 0, false
}

// appositiveOpens reads a subject with its appositive that opens the
// sentence, before the cue at j: "The club's treasurer, Ruth Okafor, said
// the roof ...". When nothing follows the cue and a clause stands before
// the subject ("The hall will close in May, a spokesman, Li Wei, said."),
// it reports false: the clause before is what was said, read later
// (appositiveSays).
func (s *sentence) appositiveOpens(j, k int, cue digest.Span) (int, bool) {
	// "Mr. Trump's former campaign manager, Corey Lewandowski, said the staff
	// member ...": a subject with its appositive opens the sentence
	if s.punct(k, ",") && !s.splitAfter(j) {
		if m, np, ok := s.appositive(k); ok && (np == s.from || s.subjectStart(np)) && !s.hasQuote(s.from, k) && !s.asideClauseInverted(j, np, k) {
			n := len(s.x.raws)
			r := s.right(j, m, cue)
			if np == s.from || len(s.x.raws) > n || s.x.colon != nil || !s.leftClause(np-1) {
				return r, true
			}
			// "Facebook created the tool ..., a spokeswoman, Anna White,
			// said.": nothing follows; the clause before is what was said
		}
	}
	return 0, false
}

// relativeSubject reads a subject with a relative clause between commas
// before the cue at j: "Okafor, who has run the club since 2009, said it
// ..." (forms.go's relativeGoesOn).
func (s *sentence) relativeSubject(j, k int, cue digest.Span) (int, bool) {
	if m, ok := s.relativeGoesOn(k); ok {
		return s.right(j, m, cue), true // "Humphrey, who calls Trump a “sociopath,” said he ..."
	}
	return 0, false
}

// appositiveSays reads a subject and its appositive between commas before
// the cue at j anywhere in the sentence: "Tom Reyes, a nurse in Fresno,
// said ..."; after a quotation or a clause and a comma ("The hall will
// close, a spokesman, Li Wei, said."), what comes before is what was said.
func (s *sentence) appositiveSays(j, k int, cue digest.Span) (int, bool) {
	toks := s.toks
	// "Christopher Harvey, a delegate from Houston, said ..."; "Tom Reed,
	// author of “Bridges,” said ...": the comma that closes the appositive
	// may stand inside a quotation that ends it
	e := k
	if k > 0 && toks[k].k == kQuote && quoteEndsComma(s.t, toks[k]) && s.toks[k-1].k == kWord {
		e = k + 1
	}
	if s.punct(k, ",") || e > k {
		if m, np, ok := s.appositive(e); ok && !s.asideClauseInverted(j, np, e) {
			if np > s.from && (toks[np-1].k == kQuote || s.punct(np-1, ",")) && e == k {
				return s.withSpeaker(j, m, cue, np), true
			}
			return s.right(j, m, cue), true
		}
	}
	return 0, false
}

// relativeCalls reads the subject of a relative clause that names what
// its antecedent was called, set off from the verb by an aside: "the
// EU's efforts, which Apple's chief, Tim Cook, called “total crap”", "a
// country that the last nominee, Mitt Romney, called “our foe”", "charges
// that Rush Limbaugh, for one, called “lingo”", "in what Bay Buchanan,
// the campaign's treasurer, called “combat”". The cue at j is a verb of
// calling with the quotation right after it and token k the comma that
// closes the aside; the phrase after "which", "that" or "what" is the
// subject, read as an appositive would be at a clause's start.
func (s *sentence) relativeCalls(j, k int, cue digest.Span) (int, bool) {
	if !s.has(j, fCall) || j+1 >= len(s.toks) || s.toks[j+1].k != kQuote || !s.punct(k, ",") {
		return 0, false
	}
	for r := k - 3; r >= s.from && r >= k-20; r-- {
		if s.toks[r].k == kQuote || s.toks[r].k == kStop {
			break
		}
		if !s.is(r, "which") && !s.is(r, "that") && !s.is(r, "what") {
			continue
		}
		np := r + 1
		if tk := s.toks[np]; tk.k != kWord || tk.w.f&(fPronoun|fPrep|fSub|fAux|fCue|fRelative) != 0 && tk.w.f&fDet == 0 {
			return 0, false // "that, he said, ...", "which in turn"
		}
		from := s.from
		s.from = np // the relative clause's subject opens a clause of its own
		m, st, ok := s.appositive(k)
		s.from = from
		if !ok || st != np {
			return 0, false
		}
		for c := np + 1; c < k; c++ {
			if s.punct(c, ",") {
				if s.has(c+1, fRelative|fSub) || s.is(c+1, "and") || s.is(c+1, "or") {
					return 0, false // "the mayor, who spoke Tuesday, called": relativeGoesOn's, if anyone's
				}
				break
			}
		}
		return s.right(j, m, cue), true
	}
	return 0, false
}
