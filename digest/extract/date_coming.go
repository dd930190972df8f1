// A cue still to come: "The minister will say on Friday that taxes will
// fall", "She is expected to tell MPs on Thursday that ...". Nothing has
// been said yet, so the statement has no date: a weekday after such a
// cue names a coming day (counted back, it dated the preview to last
// week's Friday), and publication's day is no saying's either.

package extract

import "github.com/whosaid/whosaid/digest"

// cueToCome reports whether the cue at span c is a verb still to come:
// after "will", "shall" or "’ll", or after "to" that an expectation or a
// plan opens ("is expected to", "is due to", "is set to", "plans to"),
// with only adverbs or "not" between.
func (s *sentence) cueToCome(c digest.Span) bool {
	j := s.tokenAt(c[0])
	if j < 0 || !s.toks[j].cap && s.toks[j].k == kWord && s.has(j, fPart) {
		return false // ", saying": a participle goes on with its clause
	}
	var lb [32]byte
	for i := j - 1; i >= 0 && i >= j-3; i-- {
		if s.toks[i].k != kWord || s.toks[i].cap {
			return false // "George Will said": a name, no modal
		}
		switch string(lowerInto(&lb, s.word(i))) {
		case "will", "shall", "'ll", "’ll":
			return true
		case "to":
			return s.is(i-1, "expected") || s.is(i-1, "due") || s.is(i-1, "set") || s.is(i-1, "scheduled") || s.is(i-1, "plans") || s.is(i-1, "poised")
		}
		if !lyAdverb(s, i) && !s.has(i, fNeg) && !s.is(i, "also") {
			return false
		}
	}
	return false
}
