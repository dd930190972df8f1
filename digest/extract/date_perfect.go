package extract

import (
	"strings"

	"github.com/whosaid/whosaid/digest"
)

// A cue in the present perfect ("Lee has said the case was weak",
// "Officials have also said ...") in the body of an article tells that
// something was said before publication, not when: when the clause gives
// no date of its own, the statement is dated as said in the past ("has
// long said" too), not on the day of publication. In the lede, the first
// paragraph, the present perfect announces the news itself ("The Kremlin
// has stated that efforts ... are in the initial stages"): the day of
// publication stands there.

// perfectCue reports whether the cue at span c follows "has", "have" or a
// a pronoun with a contracted one ("they’ve", "he’s"), with at most two
// adverbs between ("has also said", "have since repeatedly said").
func (s *sentence) perfectCue(c digest.Span) bool {
	j := -1
	for i := range s.toks {
		if s.toks[i].s == c[0] {
			j = i
			break
		}
	}
	for k, n := j-1, 0; k >= 0 && n < 3; k, n = k-1, n+1 {
		if s.toks[k].k != kWord {
			return false
		}
		var lb [32]byte
		w := string(lowerInto(&lb, s.word(k))) // no copy of its own for a word of 32 bytes or fewer
		switch {
		case w == "has" || w == "have" || contraction(w) && !strings.HasSuffix(w, "’d") && !strings.HasSuffix(w, "'d"):
			return true // "has said", "they’ve said", "he’s said" (not "he’d said": before a time told)
		case s.toks[k].cap || s.skipAdverb(k) != k+1 && w != "since" && w != "also" && w != "already" && w != "often":
			return false
		}
	}
	return false
}

// lede reports whether block b is the article's first paragraph: the first
// block that is no headline.
func (x *extractor) lede(b int) bool {
	if b >= len(x.labels) || x.labels[b].head {
		return false
	}
	for _, l := range x.labels[:b] {
		if !l.head {
			return false
		}
	}
	return true
}

// pastMarker reports whether token i says that a statement was made some
// time ago without saying when: "previously", "earlier" (not "earlier this
// week", a date phrase read before), "has long said", "in the past",
// "once said".
func (s *sentence) pastMarker(i int) bool {
	if !s.wordOfLen(i, 1<<2|1<<4|1<<7|1<<8|1<<10) {
		return false // none of the words below: clauseDate asks of each token
	}
	switch s.toks[i].e - s.toks[i].s { // only the words of the token's length are compared
	case len("earlier"):
		// "his earlier opposition", "an earlier report": an adjective
		return s.is(i, "earlier") && !(i > 0 && (s.has(i-1, fDet) || possessive(s.word(i-1))))
	case len("formerly"): // and "recently"
		return (s.is(i, "formerly") || s.is(i, "recently")) && s.has(i+1, fCue|fWeakCue|fCall|fTell) || // "formerly said"; "X, formerly Twitter," and "Ann Lee, formerly of ..." name what something was
			s.is(i, "recently") && s.has(i-1, fCue|fWeakCue|fCall|fTell) && !s.has(i-1, fPart) // "said recently that": some days back, not publication's; not "the recently elected mayor"
	case len("previously"): // and "repeatedly"
		return s.is(i, "previously") || s.is(i, "repeatedly")
	case len("long"): // and "once"
		return s.is(i, "long") && (s.is(i-1, "has") || s.is(i-1, "have") || s.is(i-1, "had")) ||
			s.is(i, "once") && s.has(i+1, fCue|fWeakCue|fCall|fTell) // "as Eisenhower once said": some time ago, not "once again", not "once he said"
	case len("in"):
		return s.is(i, "in") && s.is(i+1, "the") && s.is(i+2, "past")
	}
	return false
}

// thenMarker reports whether token i opens a phrase that points back to a
// time told before: "At the time, Lee said ...", "back then". Outside what
// was said, it puts the saying at that time, not at publication.
func (s *sentence) thenMarker(i int) bool {
	return s.wordOfLen(i, 1<<2|1<<4) && // "at", "back": most tokens fail here
		(s.is(i, "at") && (s.is(i+1, "the") || s.is(i+1, "that")) && s.is(i+2, "time") && !s.is(i+3, "of") ||
			s.is(i, "back") && s.is(i+1, "then"))
}
