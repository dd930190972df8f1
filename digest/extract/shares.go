// What a share of those polled said: "26 percent of Democrats say they
// have not been paying attention, compared with 11 percent of ..." reports
// one answer of one share; the comparison and the next share are the
// writer's, or another statement.

package extract

import (
	"strings"

	"github.com/whosaid/whosaid/digest"
)

// shareEnds ends what a share of those polled said where the sentence
// goes on to another share or to the writer's comparison: "26 percent of
// Democrats say they have not been paying much attention, compared with 11
// percent of ...", "72 percent said yes while 48 percent overall agreed",
// "42% say they are liberal, 34% conservative", "47 percent said they
// would vote for Clinton, however this time around ...". A poll reports
// one answer a share; the rest is the writer's.
//
// It returns where the last statement of the sentence now ends when it
// cut it, for the cues after it to be read, else 0.
func (s *sentence) shareEnds() int {
	resume := 0
	for k := s.first; k < len(s.x.raws); k++ {
		r := &s.x.raws[k]
		if r.anchor >= 0 || r.parts != nil || r.tb > len(s.toks) || r.cue[1] > s.toks[r.ta].s || !s.shareSpeaker(r.speaker) {
			continue
		}
		for i := r.ta + 1; i < r.tb; i++ {
			if !s.shareCut(i) {
				continue
			}
			e := i
			for e > r.ta && (s.toks[e-1].k == kPunct || s.toks[e-1].k == kStop) {
				e--
			}
			if e > r.ta {
				if k == len(s.x.raws)-1 {
					resume = i
				}
				r.tb = e
				r.fixedEnd = true // the next share or the comparison is not the end model's to take back
				r.content = s.span(r.ta, e)
				r.direct = e == r.ta+1 && s.toks[r.ta].k == kQuote
				if r.direct {
					r.content = quoteInside(s.t, s.toks[r.ta])
				}
			}
			break
		}
	}
	return resume
}

// shareSpeaker reports whether speaker m is a share of those polled, or
// its mention follows one: "Six in 10 Virginia Democratic primary voters".
func (s *sentence) shareSpeaker(m mention) bool {
	st := s.tokenAt(m.span[0])
	for i := st; i >= 0 && i >= st-3; i-- {
		if s.shareAt(i) {
			return true
		}
		if i < st && s.toks[i].k != kWord {
			break
		}
	}
	return false
}

// shareCut reports whether the content of a share's statement ends before
// token i: another share follows soon after a comma, dash or linking word,
// or a comparison or the writer's comment does.
func (s *sentence) shareCut(i int) bool {
	link := s.punct(i, ",") || s.punct(i, ";") || s.punct(i, "—") || s.punct(i, "–") || s.punct(i, "-") ||
		s.is(i, "and") || s.is(i, "while") || s.is(i, "but") || s.is(i, "whereas") || s.is(i, "compared") || s.is(i, "after") || s.is(i, "versus")
	if !link {
		return false
	}
	if s.is(i, "compared") && (s.is(i+1, "with") || s.is(i+1, "to")) {
		return true
	}
	if s.punct(i, ",") && (s.is(i+1, "compared") || s.is(i+1, "however") || s.ingForm(i+1) && !s.has(i+1, fCue|fPart)) {
		return true // ", putting them at least slightly higher than ..."
	}
	for j := i + 1; j <= i+3 && j < len(s.toks); j++ {
		if s.shareAt(j) {
			return true
		}
		if s.toks[j].k != kWord {
			break
		}
	}
	return false
}

// shareAt reports whether a share of people starts at token i: "42%",
// "47 percent", "one in four", "half", "a third", "a majority",
// "two-thirds", after "about", "nearly", "more than" and the like.
func (s *sentence) shareAt(i int) bool {
	if i < 0 || i >= len(s.toks) || s.toks[i].k != kWord {
		return false
	}
	for n := 0; n < 2 && i+1 < len(s.toks); n++ {
		if !s.wordOfLen(i, 1<<4|1<<5|1<<6|1<<7) {
			continue // none of the words below (shareSpeaker asks of a speaker's every word)
		}
		if s.is(i, "about") || s.is(i, "nearly") || s.is(i, "almost") || s.is(i, "roughly") || s.is(i, "just") || s.is(i, "only") || s.is(i, "some") {
			i++
		} else if (s.is(i, "more") || s.is(i, "fewer") || s.is(i, "less")) && s.is(i+1, "than") {
			i += 2
		}
	}
	if i >= len(s.toks) || s.toks[i].k != kWord {
		return false
	}
	var lb [32]byte
	w := string(lowerInto(&lb, s.word(i)))
	switch {
	case s.percentAt(i) || s.percentAt(i+1):
		return true
	case s.countWord(i) && s.is(i+1, "in") && s.countWord(i+2):
		return true
	case w == "half" || w == "majority" || w == "plurality" || strings.HasSuffix(w, "-thirds") || strings.HasSuffix(w, "-quarters") || strings.HasSuffix(w, "-fifths"):
		return true
	case (s.has(i, fDet|fNumber) && !s.has(i, fPronoun) || w == "one") && i+1 < len(s.toks):
		n := string(lowerInto(&lb, s.word(i+1)))
		return n == "third" || n == "quarter" || n == "majority" || n == "half" || n == "fifth" || n == "plurality"
	}
	return false
}

// shareSays reads a share of those polled as the speaker of the cue at j,
// its number ending at token k or just before a comma there: "61 percent
// of Democrats said ...", "Nearly a third, 31%, say ...". When a poll is
// named before the share ("In a Marist poll released Friday, 40% of
// Democrats said ..."), the poll speaks (polls.go).
func (s *sentence) shareSays(j, k int, cue digest.Span) (int, bool) {
	sk := k
	if s.punct(k, ",") {
		sk = k - 1 // "Just shy of half, 49%, say"
	}
	if st, ok := s.shareBefore(sk); ok {
		if pa, pe, from, v, ok := s.pollSource(st); ok && sk == k {
			// "In a CNN poll, 31% of Republicans said ...", "A poll showed
			// that 72 percent said ...": the poll reports what its share
			// said (polls.go)
			return s.pollSays(j, cue, pa, pe, from, v), true
		}
		// "42% say", "75 percent of Democrats said": a share of those
		// polled speaks
		m := s.mention(st, sk+1)
		if sk < k {
			return s.right(j, m, cue), true
		}
		return s.withSpeaker(j, m, cue, st), true
	}
	return 0, false
}
