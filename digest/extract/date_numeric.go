// Dates written in figures after "on": "on 2025-03-04" (year, month, day:
// one reading) and "on 3/4" or "on 03/04/2025", which American and
// British writers read as different days unless a figure above 12 says
// which is the day.

package extract

import (
	"strings"
	"time"

	"github.com/whosaid/whosaid/digest"
)

// numericDate reads "on" and a date in figures at token i: ISO's
// year-month-day word, or figures joined by slashes. A slashed date whose
// day and month could be either way round is still a date phrase (it tells
// when, so it is no part of what was said) but gives no date.
func (s *sentence) numericDate(i int) (int, when) {
	if !s.is(i, "on") && !(s.is(i, "dated") && s.dateVehicle(i-1)) || i+1 >= len(s.toks) || s.toks[i+1].k != kWord {
		return 0, when{}
	}
	if w := s.word(i + 1); isoShape(w) {
		y, m, d := atoiAll(w[:4]), atoiAll(w[5:7]), atoiAll(w[8:])
		if y > 1900 && m >= 1 && m <= 12 && d >= 1 && d <= 31 {
			return 2, when{kind: wMonthDay, year: y, month: m, day: d}
		}
		return 0, when{}
	}
	var nb [3]int
	n := nb[:0]
	l := 1
	for k := i + 1; k < len(s.toks) && len(n) < 3; k += 2 {
		v := atoiAll(s.word(k))
		if s.toks[k].k != kWord || v < 1 {
			break
		}
		n, l = append(n, v), k-i+1
		if !s.punct(k+1, "/") || k+1 >= len(s.toks) || s.toks[k+1].s != s.toks[k].e {
			break
		}
	}
	if len(n) < 2 || n[0] > 31 || n[1] > 31 {
		return 0, when{}
	}
	w := when{}
	if len(n) == 3 {
		if n[2] <= 1900 {
			return 0, when{}
		}
		w.year = n[2]
	}
	switch {
	case n[0] > 12 && n[1] <= 12:
		w.kind, w.day, w.month = wMonthDay, n[0], n[1] // "on 14/3": only day first reads
	case n[1] > 12 && n[0] <= 12:
		w.kind, w.day, w.month = wMonthDay, n[1], n[0] // "on 3/14": only month first reads
	case n[0] == n[1]:
		w.kind, w.day, w.month = wMonthDay, n[0], n[1]
	default:
		return l, when{kind: wNone} // "on 3/4": March 4 or 3 April
	}
	return l, w
}

// isoShape reports whether w splits at its hyphens into parts of four, two
// and two bytes: "2025-03-04".
func isoShape(w string) bool {
	return len(w) == 10 && w[4] == '-' && w[7] == '-' && strings.Count(w, "-") == 2
}

// atoiAll returns the number that all of w's figures make, or -1: as
// strconv.Atoi (a sign, then ASCII figures) on a word of four bytes at
// most, without the error value a word that is no number would cost. The
// date phrases (number, numericDate) and datelines (datelineDate) read
// their figures with it.
func atoiAll(w string) int {
	if w == "" || len(w) > 4 {
		return -1
	}
	neg := false
	if w[0] == '+' || w[0] == '-' {
		neg, w = w[0] == '-', w[1:]
		if w == "" {
			return -1
		}
	}
	n := 0
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return -1
		}
		n = n*10 + int(w[i]-'0')
	}
	if neg {
		return -n
	}
	return n
}

// number reads token i as a whole number ("13", "13th", "2017").
func (s *sentence) number(i int) (int, bool) {
	if i >= len(s.toks) || s.toks[i].k != kWord {
		return 0, false
	}
	w := s.word(i)
	e := 0
	for e < len(w) && w[e] >= '0' && w[e] <= '9' {
		e++
	}
	if e == 0 || e > 4 || (e < len(w) && !ordinalSuffix(w[e:])) {
		return 0, false
	}
	return atoiAll(w[:e]), true
}

func ordinalSuffix(s string) bool {
	switch s {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}

// dayDate returns the day, or unknown when it does not exist (February 31).
func dayDate(y, m, d int) digest.Date {
	if t, ok := calendarDay(y, m, d); ok {
		return digest.DayDate(t)
	}
	return digest.Date{Precision: digest.PrecisionUnknown}
}

// calendarDay returns day d of month m in year y at midnight UTC, and
// false when the calendar has no such day (February 31), t then being the
// day time.Date carries it over to.
func calendarDay(y, m, d int) (t time.Time, ok bool) {
	t = time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	return t, t.Day() == d && int(t.Month()) == m
}
