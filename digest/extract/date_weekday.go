// What may follow a weekday's name in a date phrase: the date it names
// ("on Wednesday 2 December", "Wednesday, Dec. 2,"), which is the day
// meant whatever the weekday counts back to from publication, and the
// week it lies in ("on Tuesday last week"), which moves it a week back.

package extract

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
		return l + c + n, d // "Wednesday 2 December"
	}
	if s.has(k+c, fMonth) && s.toks[k+c].cap {
		if n, d := s.datePhrase(k + c); n > 0 && d.kind == wMonthDay {
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

// commaIn reports whether a comma stands among tokens [a, b): a date
// phrase that holds one ("Sept. 13, 2025", "Wednesday, December 2") is
// closed by another.
func (s *sentence) commaIn(a, b int) bool {
	for k := a; k < b; k++ {
		if s.punct(k, ",") {
			return true
		}
	}
	return false
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
