// More date phrases extraPhrase (date_forms.go) hands on: the day the
// story has reached ("the same day", "later that day"), a month or year
// named by its middle ("in mid-November", "in mid-2025"), a count back
// with no number ("years ago", "a fortnight ago"), the night before
// publication ("overnight"), the British weekend ("at the weekend"), and
// a part of the current week, month or year ("at the start of the
// month").

package extract

import "strings"

// morePhrase reads the forms of this file at token i, wd its word in
// lower case; it returns 0 when there is none.
func (s *sentence) morePhrase(i int, wd string) (int, when) {
	switch wd {
	case "the", "that":
		if s.is(i+1, "same") && s.is(i+2, "day") {
			return 3, s.sameDay(i + 3) // "the same day", "that same day": the day the story has reached
		}
		if wd == "that" && s.is(i+1, "day") && s.dayEnds(i+2) {
			return 2, when{kind: wRelRef} // "That day, X said"
		}
		if wd == "the" && s.is(i-1, "at") && s.is(i+1, "weekend") {
			return 2, when{} // "at the weekend": a weekend, as "over the weekend" (no date)
		}
		if wd == "the" && s.atPartOf(i) {
			switch {
			case s.is(i+1, "week"):
				return 2, when{kind: wRelWeek} // "at the start of the week": this week's
			case s.is(i+1, "month"):
				return 2, when{kind: wRelMonth}
			case s.is(i+1, "year"):
				return 2, when{kind: wRelYear}
			}
		}
	case "on":
		if s.is(i+1, "the") && s.is(i+2, "same") && s.is(i+3, "day") {
			return 4, s.sameDay(i + 4) // "on the same day"
		}
		if s.is(i+1, "the") && (i == 0 || s.has(i-1, fCue|fWeakCue|fTell)) {
			return s.partOfDay(i)
		}
	case "earlier", "later":
		if s.is(i+1, "that") && s.is(i+2, "day") {
			return 3, when{kind: wRelRef} // "later that day"
		}
	case "in":
		return s.midPhrase(i)
	case "by":
		if i == 0 && s.punct(2, ",") && (s.has(1, fMonth) && s.toks[1].cap || s.is(1, "then") || s.season(1) > 0 || s.is(1, "winter")) {
			return 2, when{} // "By June, his adviser conceded", "By autumn,": some time up to then, no date (not "would finish by June", a deadline)
		}
	case "overnight":
		if s.dayEnds(i + 1) {
			return 1, when{kind: wRelPub} // "said overnight that": the night running into publication's day
		}
	}
	return 0, when{}
}

// dayEnds reports whether token i may follow a time phrase that is no
// noun's modifier ("that day", "overnight"): the sentence or a clause
// ends, "that" or a preposition opens what follows, a capital opens the
// subject, or a verb of saying follows ("overnight said"); not a noun
// ("an overnight raid", "that day's vote").
func (s *sentence) dayEnds(i int) bool {
	if i >= len(s.toks) {
		return true
	}
	tk := &s.toks[i]
	return tk.k != kWord || tk.cap || s.is(i, "that") || tk.w.f&(fPrep|fCue|fWeakCue|fTell|fDet|fPronoun) != 0
}

// midPhrase reads "in mid-November" and "in mid-2025" at token i ("in"):
// the month or the year whose middle is meant.
func (s *sentence) midPhrase(i int) (int, when) {
	k := i + 1
	if k >= len(s.toks) || s.toks[k].k != kWord {
		return 0, when{}
	}
	w := s.word(k)
	if len(w) < len("mid-2025") || !hasPrefixFold(w, "mid-") {
		return 0, when{}
	}
	rest := w[len("mid-"):]
	if y := atoiYear(rest); y > 0 {
		return 2, when{kind: wYear, year: y}
	}
	var buf [64]byte
	if m := look(rest, &buf); m.f&fMonth != 0 && rest[0] >= 'A' && rest[0] <= 'Z' {
		return 2, when{kind: wMonth, month: m.num}
	}
	return 0, when{}
}

// atoiYear returns the year w writes in four digits (1901 to 2199), or 0.
func atoiYear(w string) int {
	if len(w) != 4 {
		return 0
	}
	y := 0
	for k := 0; k < 4; k++ {
		if w[k] < '0' || w[k] > '9' {
			return 0
		}
		y = y*10 + int(w[k]-'0')
	}
	if y <= 1900 || y >= 2200 {
		return 0
	}
	return y
}

// atPartOf reports whether the time at token i follows "of" and a part of
// a time that "at" or "in" opens: "at the start of the month", "in the
// first week of November" (the saying's time); not "through the end of
// the week", "until the end of March" (a time to come).
func (s *sentence) atPartOf(i int) bool {
	if !s.is(i-1, "of") || !s.timeOfPart(i-2) {
		return false
	}
	k := i - 3
	if !s.is(k, "the") {
		k-- // "the first week of"
	}
	return s.is(k, "the") && (s.is(k-1, "at") || s.is(k-1, "in"))
}

// firstDaysOf reports whether the month at token i is named by its first
// days after atPartOf's "of": "at the start of January", "at the
// beginning of January", "in the first week of January".
func (s *sentence) firstDaysOf(i int) bool {
	return s.atPartOf(i) && (s.is(i-2, "start") || s.is(i-2, "beginning") || s.is(i-2, "week") && s.is(i-3, "first"))
}

// vagueAgo returns the length of a count back with no number at token i
// ("years ago", "many months ago", "a few weeks ago", "some time ago"),
// or 0: the saying was some time back, on no day told.
func (s *sentence) vagueAgo(i int) int {
	k := i
	switch {
	case s.is(k, "a") && s.is(k+1, "few"):
		k += 2
	case s.is(k, "many") || s.is(k, "several") || s.is(k, "some") || s.is(k, "few"):
		k++
	}
	if !s.is(k+1, "ago") || k == i && s.countBefore(i) {
		return 0 // "eight years ago" is a count (agoAt reads those it can)
	}
	if s.is(k, "years") || s.is(k, "months") || s.is(k, "weeks") || s.is(k, "days") || s.is(k, "decades") || k > i && s.is(k, "time") {
		return k + 2 - i
	}
	return 0
}

// countBefore reports whether the token before i is a count: a number, a
// count in words ("eight", "twenty-two", "hundred").
func (s *sentence) countBefore(i int) bool {
	k := i - 1
	if k < 0 || s.toks[k].k != kWord {
		return false
	}
	if s.numberAt(k) {
		return true
	}
	w := lowerASCII(s.word(k))
	if h := strings.LastIndexByte(w, '-'); h >= 0 {
		w = w[h+1:]
	}
	return countValue(w) > 0
}

// sameDay reads what follows "the same day" at token k: the day the
// story has reached, unless an event names the day ("the same day as
// the vote", "On the same day that footage emerged, X said": a day of no
// date told). A "that" after the phrase, past the cue, opens what was
// said ("said the same day that it would ...").
func (s *sentence) sameDay(k int) when {
	if s.is(k, "as") || s.is(k, "when") || s.is(k, "that") && !s.cueBefore(k) {
		return when{}
	}
	return when{kind: wRelRef}
}

// cueBefore reports whether a verb of saying stands among the six
// tokens before k.
func (s *sentence) cueBefore(k int) bool {
	for i := k - 1; i >= 0 && i >= k-6; i-- {
		if s.has(i, fCue|fTell) {
			return true
		}
	}
	return false
}

// partOfDay reads "on the morning of 4 December", "on the night of the
// vote", "on the first day of the summit" at token i ("on"), right after
// the cue or opening the sentence (after a noun, "a debate on the evening
// of April 4" names the debate's time): the date after "of", or a day of
// no date told when an event follows.
func (s *sentence) partOfDay(i int) (int, when) {
	k := i + 2
	switch {
	case (s.is(k, "morning") || s.is(k, "afternoon") || s.is(k, "evening") || s.is(k, "night")) && s.is(k+1, "of"):
	case s.is(k+1, "day") && s.is(k+2, "of") && s.has(k+3, fDet) && (s.is(k, "first") || s.is(k, "second") || s.is(k, "last") || s.is(k, "final") || s.is(k, "opening")):
		return 4, when{} // "on the first day of the summit" (eventAfterTime reads the event)
	default:
		return 0, when{}
	}
	if s.has(k+2, fDet) {
		return 3, when{} // "on the night of the vote": a day of no date told, as "on the eve of"
	}
	if l, w := s.dateAt(k + 2); l > 0 && w.kind != wNone {
		return 4 + l, w // "on the morning of Friday 4 December"
	}
	if l, w := s.dayFirst(k + 2); l > 0 {
		return 4 + l, w // "on the night of 4 December"
	}
	return 0, when{}
}

// shortlyFrom reads a time of no count from an event or from the story's
// moment at token i: "hours after the vote", "days before the election"
// (the event's day, of no date told) and "Minutes later", "hours later"
// (the day the story has reached). It returns 0 when there is none.
func (s *sentence) shortlyFrom(i int) (int, when) {
	if !s.is(i, "hours") && !s.is(i, "minutes") && !s.is(i, "moments") && !s.is(i, "days") && !s.is(i, "weeks") || s.countBefore(i) || s.is(i-1, "few") {
		return 0, when{}
	}
	switch {
	case (s.is(i+1, "after") || s.is(i+1, "before")) && s.has(i+2, fDet):
		return 2, when{}
	case s.is(i+1, "later") && !s.is(i, "days") && !s.is(i, "weeks"):
		return 2, when{kind: wRelRef}
	}
	return 0, when{}
}
