// What may follow a weekday's name in a date phrase: the date it names
// ("on Wednesday 2 December", "Wednesday, Dec. 2,"), which is the day
// meant whatever the weekday counts back to from publication, and the
// week it lies in ("on Tuesday last week"), which moves it a week back.

package extract

import (
	"time"

	"github.com/whosaid/whosaid/digest"
)

// weekdayTail reads the words after a weekday's phrase of l tokens at
// token i (w what it says) and returns the whole phrase's length and
// date: the month-day written after it wins, "last week" after it gives
// the weekday of the week before publication's, "this week" adds nothing.
// Otherwise it returns l and w.
func (s *sentence) weekdayTail(i, l int, w when) (int, when) {
	k := i + l
	if k >= len(s.toks) {
		return l, w
	}
	if (s.is(k, "last") || s.is(k, "this")) && s.is(k+1, "week") {
		if s.is(k, "last") {
			return l + 2, when{kind: wLastWeekDay, weekday: w.weekday} // "on Tuesday last week"
		}
		return l + 2, w // "on Monday this week"
	}
	c := 0
	if s.punct(k, ",") {
		c = 1 // "Wednesday, December 2,"
	}
	if n, d := s.dayFirst(k + c); n > 0 {
		d.weekday = w.weekday + 1 // withWeekday checks the date against it
		return l + c + n, d       // "Wednesday 2 December"
	}
	if s.has(k+c, fMonth) && s.toks[k+c].cap {
		if n, d := s.datePhrase(k + c); n > 0 && d.kind == wMonthDay {
			d.weekday = w.weekday + 1
			return l + c + n, d // "Wednesday, Dec. 2"
		}
	}
	return l, w
}

// dayFirst reads a date written day first at token i: "2 December", "2nd
// Dec. 2026", "14 November 2024". It returns 0 when there is none.
func (s *sentence) dayFirst(i int) (int, when) {
	if !s.has(i+1, fMonth) || !s.toks[i+1].cap {
		return 0, when{}
	}
	n, ok := s.number(i)
	if !ok || n < 1 || n > 31 {
		return 0, when{}
	}
	l := 2
	if i+l < len(s.toks) && s.toks[i+l].k == kStop && s.toks[i+l].s == s.toks[i+l-1].e && s.t[s.toks[i+l].s] == '.' {
		l++ // "Jan." when the splitter left the dot alone
	}
	d := when{kind: wMonthDay, month: s.toks[i+1].w.num, day: n}
	if y, ok := s.number(i + l); ok && y > 1900 && y < 2200 {
		d.year = y
		l++
	}
	return l, d
}

// weekdayModifier reports whether the bare weekday of l tokens at p,
// right after the cue at j, modifies the noun after it ("says Saturday
// march drew 20,000", "says Monday vote will go ahead") and so opens
// what was said: the cue is in the present tense ("says", "say"), which
// tells no past day, and a lower-case word follows the weekday.
func (s *sentence) weekdayModifier(j, p, l int, w when) bool {
	if w.kind != wWeekday || l != 1 || !s.weekdayAt(p) || p+1 >= len(s.toks) || s.toks[p+1].k != kWord || s.toks[p+1].cap && !s.headline || s.has(p+1, fPrep|fSub|fCue) || s.is(p+1, "that") {
		return false // (a headline in title case: "Mayor Says Monday Vote Will Go Ahead")
	}
	if s.toks[j].k != kWord || s.toks[j].cap && j > 0 && !s.headline {
		return false
	}
	v := lowerASCII(s.word(j))
	return v == "say" || len(v) > 3 && v[len(v)-1] == 's' && v[len(v)-2] != 's'
}

// monthDayDate resolves a month-day against the publication day p. With
// no year written it is the latest such day up to the day after p (a day
// written one day ahead of publication, as a clipping dated in one time
// zone tells a saying in the next, is still that day: "on January 1" read
// on 31 December is the next day, so the year is the next day's), and
// "29 February" with no year is the last leap year's.
func (w when) monthDayDate(p time.Time) digest.Date {
	y := w.year
	if y == 0 {
		next := p.AddDate(0, 0, 1)
		y = next.Year()
		if t, _ := calendarDay(y, w.month, w.day); t.After(next) {
			y--
		}
		for k := 0; k < 8 && w.month == 2 && w.day == 29; k++ {
			if _, ok := calendarDay(y, w.month, w.day); ok {
				break
			}
			y-- // time.Date would carry it over to 1 March
		}
	}
	return w.withWeekday(dayDate(y, w.month, w.day))
}

// withWeekday checks the day d of a month-day against the weekday written
// with it (w.weekday, 1 Sunday; 0 when none): a weekday the day does not
// fall on ("Wednesday 3 December" when the 3rd is a Thursday) leaves the
// reader two days, the date and that weekday nearest it, and the phrase
// then tells only the month or year both share.
func (w when) withWeekday(d digest.Date) digest.Date {
	if w.weekday == 0 || !d.Known() || d.Precision != digest.PrecisionDay {
		return d
	}
	t := d.Time()
	diff := (w.weekday - 1 - int(t.Weekday()) + 7) % 7
	if diff == 0 {
		return d
	}
	if diff > 3 {
		diff -= 7
	}
	o := t.AddDate(0, 0, diff)
	if o.Before(t) {
		return spanDate(o, t)
	}
	return spanDate(t, o)
}
