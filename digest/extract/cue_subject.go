// The speaker as the subject before its verb of speech: "Officials said
// ...", "“...,” the county's chief nurse said", "Voters who stayed home
// say ...", and a verb joined by "and" to an earlier one ("She thanked the
// crew and said ..."). Subjects set off by commas, dashes or parentheses
// are in cue_asides.go; what the speaker said, around the cue, in
// cue_content.go.

package extract

import "github.com/whosaid/whosaid/digest"

// quotedSubject reads a speaker phrase standing between a quotation that
// opens the sentence and the cue at j (token k ends it): "“We are ready,”
// the harbour master, Ina Moss, said." All of it is the speaker, its head
// before the first comma, an appositive after it its title.
func (s *sentence) quotedSubject(j, k int, cue digest.Span) (int, bool) {
	toks := s.toks
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
		if m, ok := s.quotedDashSubject(q+1, end); ok {
			return s.withSpeaker(j, m, cue, q+1), true // cue_dash_aside.go: "“…,” Ahmed Nour — a producer — said"
		}
		head := end
		for i := q + 2; i < end; i++ {
			if s.punct(i, ",") {
				head = i
				break
			}
		}
		m := s.mention(q+1, head)
		if a, _, ok := s.namedAppositive(m, head); ok {
			m = a // "“...,” the mayor's spokesman, Tom Reed, said" (cue_inverted.go)
		} else if head < end {
			if t := s.appositiveTitle(head+1, end); t != "" && m.title == "" {
				m.title = t
			}
		}
		m.span = s.span(q+1, end)
		return s.withSpeaker(j, m, cue, q+1), true
	}
	return 0, false
}

// speakerPhrase reports whether tokens [a, b) can all be a speaker phrase
// with its appositives (speakerToken, with no negation), ending in a name,
// a role or a pronoun.
func (s *sentence) speakerPhrase(a, b int) bool {
	if b <= a {
		return false
	}
	for i := a; i < b; i++ {
		if !s.speakerToken(i, a, b, true) {
			return false
		}
	}
	if s.punct(b-1, ",") && b-1 > a {
		b-- // "Morton Blackwell, the committeeman from Virginia, told AFP"
	}
	appositive := false
	if h, _, _, ok := s.dashAside(a, b); ok {
		b, appositive = h, true // cue_dash_aside.go
	}
	for i := a + 1; i < b; i++ {
		if s.punct(i, ",") {
			b, appositive = i, true // the head comes before the appositive
			break
		}
	}
	h := s.toks[b-1]
	return h.k == kWord && (h.cap || h.w.f&(fRole|fSourceNoun|fPronoun|fQuant) != 0 || !appositive && s.detPhrase(a, b)) || s.punct(b-1, ")")
}

// subjectSays reads the noun phrase ending at token k as the subject of
// the cue at j: "The inspectors said ...", "Parents whose children walk to
// school say ..." (the noun a relative clause describes speaks), "Two
// members of the board in Leeds said ..." (not the noun after a
// preposition).
func (s *sentence) subjectSays(j, k int, cue digest.Span) (int, bool) {
	if q, pron, ok := s.shareOfPronoun(k); ok {
		// "Most of them said", "some of us say": the share speaks as the
		// group the pronoun stands for
		m := mention{kind: mPronoun, pron: pron, text: pron, span: s.span(q, k+1)}
		return s.withSpeaker(j, m, cue, q), true
	}
	if np, rel, ok := s.subjectBeforeRelative(k); ok {
		// "Republicans who voted for Trump said", "progressive groups
		// that have endorsed him say": the noun the relative clause
		// describes speaks
		return s.withSpeaker(j, s.headMention(np, rel, k), cue, np), true // subject_head.go
	}
	if np, ok := s.leftNP(k); ok {
		np = s.innerSubject(np, k) // "less than half of what researchers say" (subject_inner.go)
		if in := s.shareLink(np); in > 0 && np < k {
			// "Nearly eight in 10 Democratic voters said", "Two in three
			// Republicans say", "Three out of four parents": a share of a
			// group speaks as the group
			st := s.quantityLead(in - 1)
			if a, b, ok := s.groupOfShare(st, in, k+1); ok && s.mainSubjectOpens(st) {
				m := s.mention(a, b)
				m.span = s.span(st, k+1)
				return s.withSpeaker(j, m, cue, st), true
			}
		}
		if st, ok := s.listInName(np); ok && np == k {
			return s.withSpeaker(j, s.listNameMention(st, k+1), cue, st), true // speaker_list_name.go
		}
		if q, ok := s.nounListStart(np, k); ok {
			np = q // "The mayor and her deputies have argued": both speak
		}
		m := s.mention(np, k+1)
		if st, end, ok := s.publishedIn(np); ok && m.kind != mPronoun {
			m = s.mention(st, end) // "A study published Wednesday in the journal Sleep Medicine found" (subject_published.go)
			m.span = s.span(st, k+1)
			return s.withSpeaker(j, m, cue, st), true
		}
		if sm, st, outlet, ok := s.seenBy(np, k); ok && m.kind != mPronoun {
			n := len(s.x.raws) // "A memo seen by Reuters said" (subject_obtained.go)
			next := s.withSpeaker(j, sm, cue, st)
			s.withOutlet(n, cue, outlet)
			return next, true
		}
		if st, head, ok := s.subjectBeforePreps(np); ok && m.kind != mPronoun {
			if head == np-1 && s.documentFrom(head) {
				// "Data from the exchange showed", "a report from the
				// Pentagon said": the one the document comes from speaks
				m.span = s.span(st, k+1)
				return s.withSpeaker(j, m, cue, st), true
			}
			if ae, ok := s.authoredBy(head, k+1); ok {
				// "A report released by the Harlow Institute estimated":
				// who released it speaks (subject_head.go)
				m = s.mention(head+2, ae)
				m.span = s.span(st, k+1)
				return s.withSpeaker(j, m, cue, st), true
			}
			if _, ok := s.rightNP(head + 1); ok && s.documentFrom(head) {
				// "A letter from the veterans' group obtained by the
				// Ledger warns": the group, before the participle's clause
				e := k + 1
				for i := head + 2; i < e; i++ {
					if s.participleAt(i) || s.chainPrep(i) || s.is(i, "by") {
						e = i
						break
					}
				}
				m = s.mention(head+1, e)
				m.span = s.span(st, k+1)
				return s.withSpeaker(j, m, cue, st), true
			}
			// "Some delegates at the convention in Philadelphia said": the
			// noun phrase after a preposition is no subject
			if g, ok := s.groupOfBody(st, head, k, m); ok && head == np-1 {
				m = g // "Analysts at Brightwater Securities said" (speaker_group.go)
			} else {
				m = s.headMention(st, head, k) // "Most of the senators at the meeting said": the senators (subject_head.go)
			}
			np = st
		} else if a, b, ok := s.groupWithin(np, k+1); ok && m.kind != mPronoun {
			m = s.mention(a, b) // "Half of Ohio Republicans said": the group (subject_head.go)
			if l := s.quantityLead(np); l < np && s.mainSubjectOpens(l) {
				np = l // "More than half of Democrats", "At least half of voters": the whole share
			}
			m.span = s.span(np, k+1)
		}
		return s.withSpeaker(j, m, cue, np), true
	}
	return 0, false
}

// subjectGoesOn reads a cue at j with no subject of its own, after "and"
// or "but" (token k, or just after it: "and then"): "When Ruiz thanked the
// staff and said the count was fair, ...". The subject of the verb it is
// joined to speaks (coord.go), else the sentence's speaker goes on; so it
// does after a bare comma once the sentence holds a statement.
func (s *sentence) subjectGoesOn(j, k int, cue digest.Span) (int, bool) {
	if next, ok := s.coordinated(j, &k, cue); ok {
		return next, true // coord.go: "when Cruz knocked Rubio and called him ..."
	}
	// "and said ...", ", called her ...": the sentence's speaker goes on
	if s.is(k, "and") || s.is(k, "but") || s.punct(k, ",") && len(s.x.raws) > s.first {
		if m := s.clauseSpeaker(k); m != nil {
			return s.right(j, *m, cue), true
		}
	}
	return 0, false
}

// speakerToken reports whether token i may stand in a speaker phrase
// [a, b) (speakerPhrase, fallback.go speakerish): a word that is no finite
// verb of speech, a comma, a parenthesis, a dash or an abbreviation's dot
// (not one that a sentence's starter follows); no quotation. With neg, no
// negation either: speakerPhrase's stretch runs to the cue ("“...,” a
// spokesman declined to say"), while the fallback's callers read a
// negated verb themselves (negated).
func (s *sentence) speakerToken(i, a, b int, neg bool) bool {
	tk := s.toks[i]
	switch tk.k {
	case kQuote:
		return false
	case kStop:
		return i > a && s.toks[i-1].e == tk.s && tk.e-tk.s == 1 && !(i+1 < b && s.toks[i+1].k == kWord && s.toks[i+1].cap && s.toks[i+1].w.f&fStarter != 0)
	case kPunct:
		switch s.word(i) {
		case ",", "(", ")", "—", "–", "-":
			return true
		}
		return s.figureSlash(i) // "9/11 widow Terry Strada" (speaker_figure.go)
	case kWord:
		return !(tk.w.f&(fCue|fWeakCue) != 0 && tk.w.f&fPart == 0 || neg && tk.w.f&fNeg != 0)
	}
	return true
}

// documentWords are nouns of things that show or say, not of people.
var documentWords = map[string]bool{
	"data": true, "figures": true, "records": true, "statistics": true, "numbers": true,
	"report": true, "reports": true, "statement": true, "study": true, "survey": true,
	"poll": true, "document": true, "documents": true, "memo": true, "letter": true,
	"filing": true, "filings": true, "analysis": true, "emails": true,
}

// documentFrom reports whether token i is "from" after a noun of a
// document or of figures: "data from the exchange", "a report from the
// Pentagon".
func (s *sentence) documentFrom(i int) bool {
	if !s.is(i, "from") || i < 1 || s.toks[i-1].k != kWord {
		return false
	}
	var lb [32]byte
	return documentWords[string(lowerInto(&lb, s.word(i-1)))]
}

// shareOfPronoun returns where a quantity opens before "of" and the
// object pronoun at k ("most of them", "some of us", "two of them"), when
// a clause's subject may open there, and the pronoun's subject form.
func (s *sentence) shareOfPronoun(k int) (int, string, bool) {
	pron := ""
	switch {
	case s.is(k, "them"):
		pron = "they"
	case s.is(k, "us"):
		pron = "we"
	default:
		return 0, "", false
	}
	q := k - 2
	if !s.is(k-1, "of") || q < s.from {
		return 0, "", false
	}
	tk := s.toks[q]
	det := tk.w.f&fDet != 0 && tk.w.f&fPronoun == 0 && !isArticle(s.word(q)) && !s.is(q, "this") && !s.is(q, "that") && !s.is(q, "these") && !s.is(q, "those") // "Many", "Some", "Several"
	if tk.k != kWord || !(det || tk.w.f&(fQuant|fNumber) != 0 || isDigit(s.t[tk.s]) || s.is(q, "all") || s.is(q, "both") || s.is(q, "one")) || !s.mainSubjectOpens(q) {
		return 0, "", false
	}
	return q, pron, true
}

// nounListStart returns where a list of two common noun phrases of
// speakers starts when the phrase [np, k] is its second, after "and":
// "The mayor and her deputies", "The committee's chairman and its ranking
// member" (each with its determiner and a role or source noun for head),
// at a clause's start.
func (s *sentence) nounListStart(np, k int) (int, bool) {
	if !s.is(np-1, "and") || np-2 < s.from || !s.has(np, fDet) || s.toks[k].cap || !s.has(k, fRole|fSourceNoun) && !s.memberNoun(k) { // (a role's plural: "deputies")
		return 0, false
	}
	h := np - 2
	if s.toks[h].k != kWord || s.toks[h].cap || !s.has(h, fRole|fSourceNoun) || s.has(h, fCue|fAux) {
		return 0, false
	}
	q, ok := s.leftNP(h)
	if !ok || q >= h || !s.has(q, fDet) || !s.mainSubjectOpens(q) {
		return 0, false
	}
	return q, true
}
