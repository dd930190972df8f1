// A quotation after a verb of speech and words of circumstance that the
// reading of a reported clause (content.go) leaves: "told the mayors who
// gathered in the city, “...”", "announced on her page, in capital letters,
// “...”", "said on Twitter on Monday, in reference to her child, “...”".
// The words between say to whom, where, when or how; the quotation that
// closes the sentence after a comma is what was said.

package extract

import "github.com/whosaid/whosaid/digest"

// maxAside is the most tokens of circumstance read between a verb of
// speech and the quotation after it.
const maxAside = 24

// right emits the statement whose content follows the cue at j: the
// reported clause or quotation right after it (reported), else a
// quotation after words of circumstance (asideQuote).
func (s *sentence) right(j int, m mention, cue digest.Span) int {
	n, colon := len(s.x.raws), s.x.colon
	e := s.reported(j, m, cue)
	if len(s.x.raws) != n || s.x.colon != colon {
		return e
	}
	if q := s.asideQuote(j); q > 0 {
		_, extra := s.skipAfterCue(j, m)
		s.emit(m, cue, q, q+1, extra)
		if len(s.x.raws) != n {
			s.from = q + 1
			return q + 1
		}
	}
	return e
}

// asideQuote returns the token of the quotation that closes the sentence
// after a verb of speech at j and a comma, with only words of
// circumstance between: no quotation, verb of speech, "that", colon or
// semicolon. Otherwise it returns -1.
func (s *sentence) asideQuote(j int) int {
	if !s.has(j, fCue) || s.has(j, fPart) && !s.punct(j+1, ",") {
		return -1
	}
	last := len(s.toks)
	for last > j && (s.toks[last-1].k == kStop || s.toks[last-1].k == kPunct) {
		last--
	}
	q := last - 1
	if q <= j+2 || q-j > maxAside || s.toks[q].k != kQuote || !s.punct(q-1, ",") || s.title(q) {
		return -1
	}
	for k := j + 1; k < q-1; k++ {
		tk := s.toks[k]
		switch {
		case tk.k == kQuote || tk.k == kStop:
			return -1
		case tk.k == kWord && (tk.w.f&(fCue|fWeakCue|fCall|fAsk|fQuoteCue) != 0 || s.is(k, "that") || s.according(k)):
			return -1
		case s.punct(k, ":") || s.punct(k, ";"):
			return -1
		}
	}
	return q
}

// maxDetPhrase is the most words of a speaker phrase opened by a
// determiner whose head is no name, role or source noun.
const maxDetPhrase = 4

// detPhrase reports whether tokens [a, b) are a short noun phrase opened
// by a determiner, between a quotation and its verb of speech: "“...,” the
// two write", "“...?” the 43-year-old asked". Whatever its head, the
// phrase is who spoke.
func (s *sentence) detPhrase(a, b int) bool {
	if b-a < 2 || b-a > maxDetPhrase || !s.has(a, fDet) || s.toks[a].w.f&fPronoun != 0 {
		return false
	}
	for i := a + 1; i < b; i++ {
		if s.toks[i].k != kWord || s.toks[i].w.f&(fAux|fRelative|fSub|fPrep|fPart) != 0 {
			return false
		}
	}
	return true
}

// quoteAfterColon returns the colon before a quotation that closes the
// sentence when the words from p to it, after a verb of speech, only say
// what, to whom, where or when it was said ("has said the same thing at
// every stop: “...”", "explained it this way: “...”", "added a caveat:
// “...”"): no clause of their own (a finite verb, a subject pronoun, a
// verb of speech, "that"), no quotation. Otherwise it returns -1.
func (s *sentence) quoteAfterColon(p int) int {
	for c := p; c < len(s.toks) && c <= p+maxAside; c++ {
		tk := s.toks[c]
		switch {
		case s.punct(c, ":"):
			if c > p && c+1 < len(s.toks) && s.toks[c+1].k == kQuote && s.isEnd(c+2) {
				return c
			}
			return -1
		case s.punct(c, ","):
		case tk.k != kWord || tk.w.f&(fCue|fWeakCue|fCall|fAsk) != 0 || s.is(c, "that") || s.finiteAt(c):
			return -1
		case tk.w.f&fPronoun != 0 && !s.is(c, "it") && !s.is(c, "this") && !s.is(c, "them") && !s.is(c, "him") && !s.is(c, "her"):
			return -1
		}
	}
	return -1
}
