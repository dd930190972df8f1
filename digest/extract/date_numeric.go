// Dates written in figures after "on": "on 2025-03-04" (year, month, day:
// one reading) and "on 3/4" or "on 03/04/2025", which American and
// British writers read as different days unless a figure above 12 says
// which is the day.

package extract

import (
	"strconv"
	"strings"
)

// numericDate reads "on" and a date in figures at token i: ISO's
// year-month-day word, or figures joined by slashes. A slashed date whose
// day and month could be either way round is still a date phrase (it tells
// when, so it is no part of what was said) but gives no date.
func (s *sentence) numericDate(i int) (int, when) {
	if !s.is(i, "on") || i+1 >= len(s.toks) || s.toks[i+1].k != kWord {
		return 0, when{}
	}
	if p := strings.Split(s.word(i+1), "-"); len(p) == 3 && len(p[0]) == 4 && len(p[1]) == 2 && len(p[2]) == 2 {
		y, m, d := atoiAll(p[0]), atoiAll(p[1]), atoiAll(p[2])
		if y > 1900 && m >= 1 && m <= 12 && d >= 1 && d <= 31 {
			return 2, when{kind: wMonthDay, year: y, month: m, day: d}
		}
		return 0, when{}
	}
	var n []int
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

// atoiAll returns the number that all of w's figures make, or -1.
func atoiAll(w string) int {
	if w == "" || len(w) > 4 {
		return -1
	}
	n, err := strconv.Atoi(w)
	if err != nil {
		return -1
	}
	return n
}
