// What a speaker before its verb of speech said, around the cue: the
// quotation before it ("“The roads are clear,” Ortiz said"), the part after
// it ("“The roads,” Ortiz said, “are clear.”"), the clause after "As X
// noted," ("As Ortiz noted, the roads are clear"), or else the reported
// clause after the cue (content.go's right).

package extract

import (
	"strings"

	"github.com/whosaid/whosaid/digest"
)

// withSpeaker builds the statements of a cue at j whose speaker phrase
// starts at token np: what stands before the phrase, after a quotation or
// a comma ("“The roads,” Ortiz said, “are clear.”"), the clause after "As
// Ortiz noted,", else what follows the cue (content.go's right: "Ortiz
// said the roads are clear").
func (s *sentence) withSpeaker(j int, m mention, cue digest.Span, np int) int {
	toks := s.toks
	if e := s.nestedBy(j, m, cue, np); e > 0 {
		return e
	}
	if e := s.ownedClause(j, m, cue, np); e > 0 {
		return e // cue_owned.go: "X will announce ..., officials said"
	}
	s.lead = np-1 == s.from && s.from == 0 && toks[0].cap && s.has(0, fSub) && !s.is(0, "that") && !s.is(0, "and") && !s.is(0, "but") && !s.is(0, "so")
	defer func() { s.lead = false }()
	if np > s.from && (toks[np-1].k == kQuote || s.punct(np-1, ",") || s.punct(np-1, "—") || s.punct(np-1, "–")) {
		p, extra := s.skipAfterCue(j, m)
		if w := s.saidWhen(p); w >= 0 && s.isEnd(w) {
			p = w // "The ruling was unfair, Reed said when the session ended" (said_when.go)
		}
		// “...,” he said when asked: what follows the cue is circumstance
		quoted := toks[np-1].k == kQuote && quoteContinues(s.t, toks[np-1])
		// "“...,” Ms. Lane said twice - and ...": how often or how it was
		// said, then the writer's words; the quote is what was said
		a := s.howSaid(p)
		if quoted && np-1 > s.from && a < len(toks) && toks[a].k == kWord && toks[a].w.f&(fSub|fPrep|fClauseEnd|fDateLead) == 0 &&
			!strings.HasSuffix(s.word(a), "ing") && !s.isEnd(a) {
			// "Walking in to chants of "Marco!," the senator said his campaign
			// was ...": the quote is scenery, what was said follows the cue
			quoted = false
		}
		if quoted && np-1 > s.from && s.clauseAfterCue(p) {
			quoted = false // "On ABC's “This Week,” Hale said the bill would pass" (quote_scenery.go)
		}
		// "Lee was asked, “...?” She answered, “...”": the question is
		// another's, the answer follows the cue (cue_quote_follows.go)
		if quoted && s.questionBefore(np, p) {
			return s.right(j, m, cue)
		}
		// "On CBS, she stated, “...”": an opening phrase, then the quote
		if !quoted && !s.hasQuote(s.from, np) && s.punct(p, ",") && p+1 < len(toks) && toks[p+1].k == kQuote {
			return s.right(j, m, cue)
		}
		if quoted || s.isEnd(p) || s.punct(p, ",") || s.punct(p, ";") || s.reasonAfter(p) {
			direct2 := p < len(toks) && toks[p].k == kQuote && p == j+1 // "she said “...”"
			if quoted && !s.isEnd(p) && !s.punct(p, ",") {
				p = s.skipCircumstance(p)
			}
			if a := s.answerEnd(s.from); !quoted && s.isEnd(p) && a > 0 && np == a+1 && s.punct(a, ",") {
				// "Nonsense, Tom Reed said.": a one-word answer is the
				// whole of what was said, as before an inverted cue
				// (cue_inverted.go oneWordAnswer)
				s.emit(m, cue, s.from, a, extra)
				s.from = p
				return p
			}
			end := np
			if toks[np-1].k != kQuote {
				end = np - 1
			}
			from := s.ledQuote(np)
			emitted := s.emitLeft(from, end, m, cue, extra)
			if !emitted && !quoted && s.punct(p, ",") {
				emitted = s.shortSubjectLeft(from, end, p, m, cue, extra) // "The law, the companies argue, violates ..." (cue_inverted_split.go)
			}
			if q := s.secondPart(p); emitted && quoted && q > 0 {
				// "“A,” Tester said, referring to the excuse, “B.”", "“A,”
				// he said, but “B.”": the part after an aside
				s.emit(m, cue, q, q+1, extra)
				s.from = q + 1
				return q + 1
			}
			// “A,” he said, “B.” and "A, he said, B": the part after the attribution
			subLeft := s.has(from, fSub) && s.toks[from].cap // "While ..., she added, revoking clearances would be ..."
			rest := p + 1
			if emitted && s.punct(p, ",") && s.is(rest, "that") && rest+1 < len(toks) && toks[rest+1].k != kStop && (!quoted || s.subjectVerb(rest+1, 8)) {
				// "Mr. Trump is so reckless, the vice president said, that if
				// ...", "“It's our bad luck,” he said, that both men had ...": the
				// complement clause goes on with what was said (after a
				// quotation, only a clause: not "that night")
				rest++
			}
			if s.punct(p, ",") && rest < len(toks) && (toks[rest].k == kQuote || rest > p+1 || toks[rest].k == kWord && (!quoted || s.hasQuote(rest, s.contentEnd(rest))) &&
				(toks[rest].w.f&(fClauseEnd|fPart|fCue|fPrep|fRelative) == 0 && (subLeft || !strings.HasSuffix(s.word(rest), "ing")) || !quoted && s.asideThenClause(p)) &&
				!s.according(rest) && (!s.attribAhead(rest) || !emitted && s.frameOnly(from, end))) {
				// (and "In 1990, Lee said, when she was a clerk, a boss
				// ...": an aside, then the clause, cue_comma_aside.go)
				if e := s.contentEnd(rest); e > rest {
					s.emit(m, cue, rest, e, extra)
					s.from = e
					return e
				}
			}
			// "“...,” she said “Ultimately ...”": the second part without its comma
			if emitted && direct2 && s.isEnd(p+1) {
				s.emit(m, cue, p, p+1, extra)
				s.from = p + 1
				return p + 1
			}
			if emitted {
				s.from = p
				return p
			}
		}
	}
	// "As Clinton told the Daily News, tax relief ..."
	if s.is(np-1, "as") && (np-1 == s.from || (s.punct(np-2, ",") || np-2 == s.from && s.sentenceLink(np-2) ||
		(s.is(np-2, "and") || s.is(np-2, "but")) && s.punct(np-3, ","))) {
		// "But as Clyburn noted, those voters will ...", "..., and as Comey
		// noted, people involved ..."
		p, extra := s.skipAfterCue(j, m)
		if s.punct(p, ",") {
			if e := s.contentEnd(p + 1); e > p+1 {
				s.emit(m, cue, p+1, e, extra)
				s.from = e
				return e
			}
		}
	}
	return s.right(j, m, cue)
}

// secondPart returns the quotation that ends the sentence after the comma
// at p, which follows a cue and its speaker, past an aside: a participle's
// phrase and a comma ("referring to the excuse,") or a conjunction ("but",
// "and"). It returns -1 when anything else stands between: a verb of
// speech ("adding"), another quotation, a clause.
func (s *sentence) secondPart(p int) int {
	r := p + 1
	if !s.punct(p, ",") || r+1 >= len(s.toks) || s.toks[r].k != kWord {
		return -1
	}
	if s.is(r, "but") || s.is(r, "and") {
		if q := r + 1; s.toks[q].k == kQuote && s.isEnd(q+1) {
			return q
		}
		return -1
	}
	if s.toks[r].cap || s.has(r, fCue|fPart|fWeakCue|fCall|fAsk) || !strings.HasSuffix(s.word(r), "ing") {
		return -1
	}
	for i := r + 1; i < len(s.toks) && i <= r+12; i++ {
		tk := s.toks[i]
		if tk.k == kQuote || tk.k == kStop || tk.k == kWord && tk.w.f&(fCue|fSub|fRelative) != 0 {
			return -1
		}
		if s.punct(i, ",") {
			if q := i + 1; q < len(s.toks) && s.toks[q].k == kQuote && s.isEnd(q+1) {
				return q
			}
			return -1
		}
	}
	return -1
}

// frameOnly reports whether tokens [a, b), all that stands before an
// attribution set aside between commas, are a short fronted adverbial
// and no statement of their own: "Instead, Lee said, Reed told him the
// plan would fail". The attribution after the aside ("Reed told him ...")
// is then what the aside's speaker reports, not a saying that ends hers.
func (s *sentence) frameOnly(a, b int) bool {
	return a < b && b-a <= 4 && s.adverbialOpens(a) && !s.hasVerb(a, b) && !s.hasQuote(a, b)
}
