// "Put it": a speaker who puts something a certain way speaks the
// quotation that follows ("As Ann Lee put it, “…”", "Bob Hart put it
// bluntly: “…”", "as the mayor put it, “…”").

package extract

import "strings"

// putIt reads "put it", up to two manner adverbs, a comma or a colon and a
// quotation at token j, with the noun phrase before "put" as the speaker.
// "To put it mildly," and "put it this way" give no quotation right after
// and are left alone. It returns where scanning resumes (j+1 when nothing
// matched).
func (s *sentence) putIt(j int) int {
	toks := s.toks
	if !s.is(j+1, "it") || j < 1 || s.is(j-1, "to") {
		return j + 1
	}
	p := j + 2
	for n := 0; n < 2 && p < len(toks) && toks[p].k == kWord && lyAdverb(s, p); n++ {
		p++ // "put it bluntly", "put it simply": -ly words only
	}
	p = s.putItWhere(p)
	if next, ok := s.asPutIt(j, p); ok {
		return next // "As one official put it, the plan is dead."
	}
	if next, ok := s.asideNPPutIt(j, p); ok {
		return next // "Prices, as the mayor put it, are too high." (put_it_aside.go)
	}
	if !(s.punct(p, ",") || s.punct(p, ":")) || !s.quoteNext(p) {
		return j + 1
	}
	if m, ok := s.putItAppositive(j); ok {
		return s.quoteAlone(j, p+1, m, s.span(j, j+2), afterCue{})
	}
	np, ok := s.leftNP(j - 1)
	if !ok {
		return j + 1
	}
	if s.is(np, "as") {
		np++ // "As Ann Lee put it": the clause's "as" is no part of the name
	}
	if np >= j {
		return j + 1
	}
	return s.quoteAlone(j, p+1, s.mention(np, j), s.span(j, j+2), afterCue{}) // cue_participle.go
}

// maxPutItWhere is the most words of the phrase that says where or to
// whom something was put so ("in an interview with the Gazette").
const maxPutItWhere = 6

// putItWhere returns the token after a phrase that opens with a
// preposition at p and runs, in words alone, to a comma or a colon
// within maxPutItWhere words: where, when or to whom it was put so ("put
// it in a statement, “…”", "put it to reporters: “…”", "put it on
// Twitter: “…”"); else p.
func (s *sentence) putItWhere(p int) int {
	if !s.has(p, fPrep) || s.toks[p].cap {
		return p
	}
	for k := p + 1; k < len(s.toks) && k <= p+maxPutItWhere; k++ {
		if s.punct(k, ",") || s.punct(k, ":") {
			return k
		}
		if s.toks[k].k != kWord || s.has(k, fCue) {
			return p
		}
	}
	return p
}

// putItAppositive reads the speaker of "put" at j when an appositive
// between commas stands before it: "As Ruth Vance, the chair of the
// committee, put it: “…”". The name before the first comma speaks, the
// appositive is its title (a title in quotation marks may end it, the
// comma inside the closing mark: "author of ‘The Long Road,’ put it");
// the phrase opens the sentence or follows an
// "as" that opens an aside (asAside: "Or, as Tom Ridge, the former
// secretary, put it: “…”").
func (s *sentence) putItAppositive(j int) (mention, bool) {
	end := j - 1 // where the appositive ends: its closing comma
	if j >= 1 && s.toks[j-1].k == kQuote && strings.HasSuffix(strings.TrimRight(s.word(j-1), "”’'\""), ",") {
		end = j // "author of ‘The Long Road,’ put it": the comma inside the quotation's closing mark
	} else if !s.punct(end, ",") {
		return mention{}, false
	}
	for c := end - 2; c > s.from && c >= end-15; c-- {
		if !s.punct(c, ",") {
			continue
		}
		np, ok := s.leftNP(c - 1)
		if ok && s.is(np, "as") {
			np++
		}
		if !ok || np >= c || !(np == s.from || s.is(np-1, "as") && s.asAside(np-1)) {
			return mention{}, false
		}
		m := s.mention(np, c)
		if t := s.appositiveTitle(c+1, end); t != "" && m.title == "" {
			m.title = t
		}
		m.span = s.span(np, end)
		return m, true
	}
	return mention{}, false
}

// asAside reports whether "as" at a opens an aside of its own: it opens the
// sentence, follows a comma ("…, as X put it") or a conjunction that opens
// the sentence ("But as X put it", "Or, as X put it": the comma is read
// first).
func (s *sentence) asAside(a int) bool {
	return a == s.from || s.punct(a-1, ",") || a-1 == s.from && (s.is(a-1, "and") || s.is(a-1, "but") || s.is(a-1, "or") || s.is(a-1, "yet"))
}

// asPutIt reads "As X put it, CLAUSE": an "as" opening the sentence (or
// after a sentence's link: "But as ...") makes the clause after the comma
// at p what X said, in the writer's words ("As one official put it, the
// plan is dead"). Without the "as", a clause after "put it," is the
// writer's own ("He put it simply, and the room went quiet").
func (s *sentence) asPutIt(j, p int) (int, bool) {
	if !s.punct(p, ",") || !s.mainClause(p+1) {
		return 0, false
	}
	np, ok := s.leftNP(j - 1)
	if !ok {
		return 0, false
	}
	as := np - 1
	if s.is(np, "as") {
		as, np = np, np+1
	}
	if np >= j || !s.is(as, "as") {
		return 0, false
	}
	if as != s.from && !(as == s.from+1 && (s.sentenceLink(s.from) || s.is(s.from, "and") || s.is(s.from, "but"))) {
		return 0, false
	}
	e := s.contentEnd(p + 1)
	if e <= p+2 {
		return 0, false
	}
	s.emit(s.mention(np, j), s.span(j, j+2), p+1, e, afterCue{})
	s.from = e
	return e, true
}
