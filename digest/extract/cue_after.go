// What stands between a verb of speech and what was said: its audience
// ("told reporters"), a date, a short phrase of circumstance ("in a
// statement", "on Twitter") or the manner ("with a laugh").

package extract

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
	if tell := toks[j].w.f&fTell != 0; tell || s.addresseeThat(j, p) {
		if s.has(p, fObject) && tell {
			a.audience = s.word(p)
			a.cueEnd = toks[p].e
			p++
		} else if e, ok := s.tellObject(p); ok {
			e = s.audienceEnd(p, e) // audience_count.go: "told a crowd of about 300 people"
			// "told CNN on Sunday that": the date says when, not whom
			for q := p + 1; q < e; q++ {
				if s.toks[q].cap && !s.has(q, fWeekday|fMonth) {
					continue // "USA Today", "ABC's This Week": a name
				}
				if l, _ := s.dateAt(q); l > 0 {
					e = q
					if e-1 > p && s.has(e-1, fPrep) {
						e-- // "in January"
					}
					if e-1 > p && s.whenAdverb(e-1) {
						e-- // "told reporters back in March": when, not whom (content_adverb.go)
					}
					break
				}
			}
			ae := e
			for ae-1 > p && (s.is(ae-1, "only") || s.is(ae-1, "simply") || s.is(ae-1, "merely") || s.is(ae-1, "just")) {
				ae-- // "told reporters only that": whom, not how much
			}
			ae = s.audienceManner(p, ae)  // audience_count.go: "told Reuters by phone late on Tuesday"
			ae = s.audienceVehicle(p, ae) // audience_vehicle.go: "told The Times in an interview published Sunday"
			a.audience = s.text(p, ae)
			if name := capsOnly(s.t, toks[p:ae]); name != "" && (isMedia(name) || allCaps(name)) {
				a.via = append(a.via, name)
			}
			if e-p <= 3 && tell {
				a.cueEnd = toks[e-1].e
			}
			p = e
		}
	}
	for n := 0; n < 3 && p < len(toks); n++ {
		if l, w := s.dateAt(p); l > 0 {
			if p == j+1 && s.weekdayModifier(j, p, l, w) {
				break // date_weekday.go: "Organisers say Saturday march drew 20,000": the march's day, what was said
			}
			p0 := p
			p += l
			if w.kind == wNone || w.kind == wRelRef {
				p = s.eventAfterTime(p) // date_event_tail.go: "said on the eve of the vote"
			}
			if s.punct(p, ",") && s.is(p+1, "that") && s.commaWithin(p0, p) {
				p++ // "said on Sept. 13, 2025, that", "said on Wednesday, December 2, that": the comma closing the phrase's
			}
			continue
		}
		if l, w := s.agoAt(p); l > 0 {
			p += l // "said two days ago that" (date_event.go)
			if w.kind == wNone {
				p = s.eventAfterTime(p) // date_more.go: "said hours after the vote that"
			}
			continue
		}
		if l, _ := s.daysFrom(p); l > 0 {
			p += l // "said two days later that" (date_event.go)
			continue
		}
		if s.whenAdverb(p) && (s.dateStarts(p+1) || s.has(p+1, fPrep) && s.dateStarts(p+2)) {
			p++ // "said back in 2019 that", "said again on Friday that": when, not what (content_adverb.go)
			continue
		}
		if q := s.voteTally(p); q > p && s.rules(j) {
			p = q // "ruled 6-3 that" (cue_ruling.go)
			continue
		}
		if p > j+1 && toks[p].k == kQuote && s.titleQuote(p) {
			p++ // "told ABC's “Good Morning America” on Monday the ...": the show, not what was said (circumstance.go)
			continue
		}
		if s.callsOn(j, p) {
			break // "called on the council to act": whom the call is to, then what they should do (forms.go)
		}
		if toks[p].k == kWord && !toks[p].cap && s.has(p, fAux) && s.callsOn(j, p+1) {
			p++ // "called again for"
			break
		}
		if r := s.clauseInPhrase(p); r > 0 && s.is(p, "for") && !s.has(j, fAsk) {
			p = r // "said for weeks he was": how long it was said, then what (circumstance_clause.go)
			continue
		}
		if toks[p].k == kWord && !toks[p].cap && toks[p].w.f&fPrep != 0 {
			if s.is(p, "to") && !s.has(p+1, fDet|fAudience|fObject) && (p+1 >= len(toks) || !toks[p+1].cap) {
				break // "called to ban": an infinitive, not a phrase of circumstance
			}
			q := p + 1
			for ; q < len(toks) && q <= p+7 && toks[q].k == kWord && toks[q].w.f&(fCue|fWeakCue) == 0 && !s.is(q, "that") && !s.reasonAfter(q) && !s.infinitiveAfterVehicle(j, p, q); q++ {
			}
			marked := q < len(toks) && q > p+1 && (s.is(q, "that") || toks[q].k == kQuote || s.punct(q, ":") || s.infinitiveAfterVehicle(j, p, q))
			if r := s.clauseInPhrase(p); r > 0 && !marked {
				p = r // "said in a statement it would appeal" (circumstance_clause.go)
				continue
			}
			if marked || q < len(toks) && q > p+1 && (s.punct(q, ",") || s.reasonAfter(q)) || s.isEnd(q) {
				if (s.is(p, "to") || s.is(p, "with") && s.withSomeone(p+1, q)) && q > p+1 {
					a.audience = s.textNoDet(p+1, q)
				}
				p = q
				continue
			}
		}
		break
	}
	if p > j+1 && s.is(p, "that") {
		p = s.relativeThatEnd(p) // "said in a statement that included no details that ..." (content_relative_that.go)
		if last := len(toks) - 1; s.is(p, "that") && s.relativeThat(p) && toks[last].k == kStop && s.phraseNounBefore(j, p) {
			p = last // "said in a statement that included no details.": the relative describes the statement, and nothing said follows
		}
	}
	return p, a
}

// withSomeone reports whether tokens [a, q) after "with" name someone
// spoken with (a name, a pronoun, "reporters", "the committee", "his
// aides") rather than how it was said: "said with a laugh", "with a
// shrug", "with disbelief", "with tears in her eyes" are the manner of the
// saying, an indefinite or bare common noun, and never its audience.
func (s *sentence) withSomeone(a, q int) bool {
	if a >= q || s.toks[a].k != kWord {
		return false
	}
	for k := a; k < q; k++ {
		if s.has(k, fAudience) {
			return true
		}
	}
	if s.toks[a].cap || s.has(a, fObject) {
		return true
	}
	return s.has(a, fDet) && !s.is(a, "a") && !s.is(a, "an")
}
