package extract

import (
	"slices"

	"github.com/whosaid/whosaid/digest"
)

// "A day earlier, Berger had told reporters ..." counts from the day the
// story has reached, not from publication: the day the text named last
// before it, in a sentence with a statement or without one ("A judge on
// Tuesday cleared the coach."), outside what anyone said.

// dateMark is a day a body sentence names outside the contents of its
// statements.
type dateMark struct {
	pos  int // byte offset of the phrase
	when when
}

// noteDates records the phrases naming a day in the sentence, outside the
// contents of its statements ("the vote would be held on Friday" names no
// day the story has reached).
func (s *sentence) noteDates() {
	for i := 0; i < len(s.toks); i++ {
		if !s.mayOpenDate(i) {
			continue
		}
		l, w := s.datePhraseAt(i)
		if l == 0 {
			continue
		}
		if w.kind == wWeekday || w.kind == wMonthDay || w.kind == wRelPub {
			if sp := s.span(i, i+l); !insideAny(sp, s.x.raws[s.first:]) {
				s.x.marks = append(s.x.marks, dateMark{pos: sp[0], when: w})
			}
		}
		i += l - 1
	}
}

// dateRead is datePhraseAt's answer at one token of a sentence, kept: the
// rules that step over a date phrase (cueSubjectEnd, skipAfterCue, ...),
// each statement's clauseDate and noteDates read the same tokens again,
// and the answer depends on the sentence's tokens alone.
type dateRead struct {
	sent int // the number of the sentence it was read in (dateSent): an answer of another sentence is none
	l    int
	w    when
}

// dateRead returns the place of the answer at token i (in range) in the
// extractor's storage, which each sentence reuses under a number of its
// own, so that nothing is cleared between sentences.
func (s *sentence) dateRead(i int) *dateRead {
	x := s.x
	if s.dateSent == 0 {
		x.dateSent++
		s.dateSent = x.dateSent
		if len(x.dates) < len(s.toks) {
			x.dates = slices.Grow(x.dates, len(s.toks)-len(x.dates))[:len(s.toks)]
		}
	}
	return &x.dates[i]
}

// storyDay returns the day named last before byte offset at and after
// byte offset after, resolved against the publication date pub; ok is
// false when there is none or it resolves to no day.
func (x *extractor) storyDay(after, at int, pub digest.Date) (digest.Date, bool) {
	for k := len(x.marks) - 1; k >= 0; k-- {
		m := x.marks[k]
		if m.pos >= at {
			continue
		}
		if m.pos <= after {
			break
		}
		if d := m.when.resolve(pub, digest.Date{}); d.Known() && d.Precision == digest.PrecisionDay {
			return d, true
		}
	}
	return digest.Date{}, false
}
