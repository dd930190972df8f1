// A round-up's days: "The week in quotes ... Monday: The health minister
// said ... Wednesday: ... Friday: ..." Each paragraph opens with a
// weekday and a colon, a label of the day its entry tells, and the labels
// run in the order of the days. Read alone, each weekday is the latest
// such day up to publication, so a round-up published on a Monday dated
// its "Monday:" entry that very day, after the Wednesday and Friday that
// follow it. Read as a run, the days keep their order: the label nearest
// publication at the run's end (or start, for a run told backwards) is
// the latest such day, and each other label is the latest such day not
// after its neighbour's.

package extract

import (
	"time"

	"github.com/whosaid/whosaid/digest"
)

// dayLabel reports whether the date phrase of l tokens at token i, read
// as w, is a weekday labelling its paragraph: the first words of a
// sentence that opens its block, then a colon ("Monday:", "Tuesday
// night:").
func (s *sentence) dayLabel(i, l int, w when) bool {
	return i == 0 && w.kind == wWeekday && s.punct(l, ":") && s.x.startsBlock(s.toks[0].s)
}

// labelDate dates r by the day label opening its sentence when its own
// clause gave it none: the label heads the whole entry, so a quotation
// before an inverted cue ("Tuesday: “We will not be rushed,” said the
// minister"), outside the cue's clause, is its day's too.
func (s *sentence) labelDate(r *raw) {
	if len(s.toks) < 2 || !s.weekdayAt(0) {
		return
	}
	if l, w := s.dateAt(0); l > 0 && s.dayLabel(0, l, w) {
		r.when, r.dated, r.dayLabel = w, true, true
	}
}

// labelDays dates the statements a run of two or more day labels dates
// (dayLabel), in order: the run is read forwards (the last label the
// latest day) and backwards (the first the latest), and the reading that
// spans fewer days wins. It changes nothing for a single label.
func (x *extractor) labelDays(res []resolved, pub digest.Date) {
	if !pub.Known() || pub.Precision != digest.PrecisionDay {
		return
	}
	var at []int // the statements a label dates, in text order
	for i := range x.raws {
		if r := &x.raws[i]; r.dayLabel && r.dated && !r.coming && r.anchor < 0 {
			at = append(at, i)
		}
	}
	if len(at) < 2 {
		return
	}
	p := pub.Time()
	fwd := make([]time.Time, len(at))
	bwd := make([]time.Time, len(at))
	next := p
	for k := len(at) - 1; k >= 0; k-- {
		fwd[k] = weekdayUpTo(next, x.raws[at[k]].when.weekday)
		next = fwd[k]
	}
	next = p
	for k := range at {
		bwd[k] = weekdayUpTo(next, x.raws[at[k]].when.weekday)
		next = bwd[k]
	}
	days := fwd
	if fwd[len(fwd)-1].Sub(fwd[0]) > bwd[0].Sub(bwd[len(bwd)-1]) {
		days = bwd
	}
	for k, i := range at {
		res[i].date = digest.DayDate(days[k])
	}
}

// weekdayUpTo returns the latest day of weekday wd (0 Sunday) not after t.
func weekdayUpTo(t time.Time, wd int) time.Time {
	return t.AddDate(0, 0, -((int(t.Weekday()) - wd + 7) % 7))
}
