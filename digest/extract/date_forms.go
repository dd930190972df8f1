// Date phrases of forms the main reader (datePhrase) hands on here: the
// days of fixed feasts ("on Christmas Day", "on New Year's Eve"), the
// seasons ("last summer", "in the fall of 2022"), "the day before
// yesterday", "earlier in the week", and phrases that tell a time but no
// date ("over the weekend", "on the eve of the summit"); and the nouns of
// the texts and occasions a year or a weekday may date ("in a 2019 book",
// "in papers filed Monday").

package extract

import (
	"strings"
	"time"

	"github.com/whosaid/whosaid/digest"
)

// holidays are the feasts of a fixed day that a saying is dated by: the
// words after "on", as month and day.
var holidays = []struct {
	words      []string
	month, day int
}{
	{[]string{"christmas", "eve"}, 12, 24},
	{[]string{"christmas", "day"}, 12, 25},
	{[]string{"christmas"}, 12, 25},
	{[]string{"boxing", "day"}, 12, 26},
	{[]string{"new", "year's", "eve"}, 12, 31},
	{[]string{"new", "year's", "day"}, 1, 1},
	{[]string{"valentine's", "day"}, 2, 14},
	{[]string{"halloween"}, 10, 31},
	{[]string{"the", "fourth", "of", "july"}, 7, 4},
}

// holidayAt reads a feast of a fixed day after "on" at token i: "on
// Christmas Day", "on New Year's Eve", "on the Fourth of July". It
// returns 0 when there is none.
func (s *sentence) holidayAt(i int) (int, when) {
	if !s.is(i, "on") {
		return 0, when{}
	}
	for _, h := range holidays {
		ok := true
		for k, w := range h.words {
			t := i + 1 + k
			if !s.isApos(t, w) || k == 0 && w != "the" && !s.toks[t].cap {
				ok = false
				break
			}
		}
		if ok {
			return 1 + len(h.words), when{kind: wMonthDay, month: h.month, day: h.day}
		}
	}
	return 0, when{}
}

// isApos reports whether token t is the word w, in any case, a "’" in
// the text standing for a "'" of w ("New Year’s"), with no copy made.
func (s *sentence) isApos(t int, w string) bool {
	if s.is(t, w) {
		return true
	}
	if uint(t) >= uint(len(s.toks)) || s.toks[t].k != kWord || s.toks[t].e-s.toks[t].s != len(w)-1+len("’") {
		return false // the length first: holidayAt asks this of every word after "on"
	}
	a, b, ok := strings.Cut(w, "'")
	if !ok {
		return false
	}
	tw := s.word(t)
	return hasPrefixFold(tw, a) && tw[len(a):len(a)+len("’")] == "’" && equalFold(tw[len(a)+len("’"):], b)
}

// seasonStart is the first month of a season named after "last" or in
// "in the summer of 2023"; winter, which spans two years, has none.
var seasonStart = map[string]int{"spring": 3, "summer": 6, "fall": 9, "autumn": 9}

// season returns the first month of the season token i names, or 0.
func (s *sentence) season(i int) int {
	if uint(i) >= uint(len(s.toks)) || s.toks[i].k != kWord {
		return 0
	}
	var lb [32]byte
	return seasonStart[string(lowerInto(&lb, s.word(i)))]
}

// extraPhrase reads the forms of this file at token i, wd being its word
// in lower case; it returns 0 when there is none.
func (s *sentence) extraPhrase(i int, wd string) (int, when) {
	var lb [32]byte
	switch {
	case wd == "on" || wd == "between" || wd == "from":
		if l, w := s.weekdayRange(i); l > 0 {
			return l, w
		}
		if wd != "on" {
			break
		}
		if l, w := s.holidayAt(i); l > 0 {
			return l, w
		}
		if s.weekdayAt(i+1) && s.is(i+2, "of") && s.is(i+3, "last") && s.is(i+4, "week") {
			return 5, when{kind: wLastWeekDay, weekday: s.toks[i+1].w.num} // "on Tuesday of last week"
		}
		if n, ok := s.number(i + 2); ok && n >= 1 && n <= 31 && s.is(i+1, "the") && s.is(i+3, "of") && s.has(i+4, fMonth) && s.toks[i+4].cap {
			// "on the 27th of February", "on the 3rd of May 2024"
			l, d := 5, when{kind: wMonthDay, month: s.toks[i+4].w.num, day: n}
			if y, ok := s.number(i + l); ok && y > 1900 && y < 2200 {
				d.year = y
				l++
			}
			return l, d
		}
		if s.is(i+1, "the") && s.is(i+2, "eve") && s.is(i+3, "of") {
			return 3, when{} // "on the eve of the summit": the day before an event of no date told
		}
	case wd == "dated" && s.dateVehicle(i-1):
		// "a letter dated 12 February": day first, as after "on"
		if n, ok := s.number(i + 1); ok && n >= 1 && n <= 31 && s.has(i+2, fMonth) && s.toks[i+2].cap {
			l, d := 3, when{kind: wMonthDay, month: s.toks[i+2].w.num, day: n}
			if y, ok := s.number(i + l); ok && y > 1900 && y < 2200 {
				d.year = y
				l++
			}
			return l, d
		}
	case wd == "over" && s.is(i+1, "the") && s.is(i+2, "weekend"):
		return 3, when{} // a weekend, like "last weekend": no date
	case wd == "the" && s.is(i+1, "day") && s.is(i+2, "before") && s.is(i+3, "yesterday"):
		return 4, when{kind: wRelPub, rel: -2}
	case (wd == "earlier" || wd == "later") && s.is(i+1, "in") && s.is(i+2, "the"):
		switch {
		case s.is(i+3, "week"):
			return 4, when{kind: wRelWeek}
		case s.is(i+3, "month"):
			return 4, when{kind: wRelMonth}
		case s.is(i+3, "year"):
			return 4, when{kind: wRelYear}
		}
	case wd == "last" && s.is(i+1, "week") && s.is(i+2, "on") && s.weekdayAt(i+3):
		return 4, when{kind: wLastWeekDay, weekday: s.toks[i+3].w.num} // "last week on Thursday"
	case wd == "in" && s.is(i+1, "recent") && (s.is(i+2, "days") || s.is(i+2, "weeks")):
		n := 7
		if s.is(i+2, "weeks") {
			n = 28
		}
		return 3, when{kind: wRecent, rel: n}
	case wd == "last" && s.season(i+1) > 0:
		return 2, when{kind: wSeason, month: s.season(i + 1)}
	case wd == "in" && s.is(i+1, "the") && s.is(i+3, "of") && (s.is(i+2, "winter") || s.season(i+2) > 0):
		if y, ok := s.number(i + 4); ok && y > 1900 && y < 2200 {
			return 5, when{kind: wYear, year: y} // "in the summer of 2023"
		}
	case wd == "in" && i+1 < len(s.toks) && s.toks[i+1].k == kWord && possessiveDet(string(lowerInto(&lb, s.word(i+1)))): // lowered on the stack: "in Washington" is no copy
		if l, w := s.eventDate(i + 1); l > 0 {
			return l + 1, w // "in his 2014 memoir"
		}
	}
	return s.morePhrase(i, wd) // date_more.go: "the same day", "in mid-November", "overnight"
}

// possessiveDet reports whether w is a possessive determiner.
func possessiveDet(w string) bool {
	switch w {
	case "his", "her", "its", "their", "our", "my", "your":
		return true
	}
	return false
}

// seasonYear returns the year of the last whole season starting in month
// start before a day in month m of year y: "last summer" read in March
// 2026 is 2025's, read in October 2026 it is 2026's.
func seasonYear(start, m, y int) int {
	if m > start+2 {
		return y
	}
	return y - 1
}

// dateVehicle reports whether token i names a text or a saying that a
// date before it ("in a 2019 book") or a participle of issuing after it
// ("in papers filed Monday") dates: sayingNoun's words and those of
// books, reports, rulings and recordings.
func (s *sentence) dateVehicle(i int) bool {
	if s.sayingNoun(i) {
		return true
	}
	if i < 0 || i >= len(s.toks) || s.toks[i].k != kWord {
		return false
	}
	switch lowerASCII(s.word(i)) {
	case "book", "report", "ruling", "opinion", "decision", "papers", "documents", "video", "message", "remarks", "filings", "brief", "motion", "complaint", "lawsuit", "findings", "debate", "hearing", "email", "e-mail":
		return true
	}
	return false
}

// timeOfPart reports whether token i names a part of a time that "of"
// then dates: "the end of last month", "the early hours of Sunday", "the
// morning of March 3". The date after "of" is then the saying's, not that
// of an event the noun names.
func (s *sentence) timeOfPart(i int) bool {
	if i < 0 || i >= len(s.toks) || s.toks[i].k != kWord {
		return false
	}
	switch lowerASCII(s.word(i)) {
	case "end", "start", "beginning", "middle", "hours", "week":
		return true
	}
	return false
}

// clockBefore reports whether "before" or "after" at token k is followed
// by a time of day ("shortly before midnight on Sunday"): a time, not
// another event.
func (s *sentence) clockBefore(k int) bool {
	return s.is(k+1, "midnight") || s.is(k+1, "noon") || s.is(k+1, "dawn") || s.is(k+1, "dusk")
}

// weekdayAt reports whether token i is a weekday's name.
func (s *sentence) weekdayAt(i int) bool {
	return s.has(i, fWeekday) && s.toks[i].cap
}

// weekdayRange reads a range of two weekdays at token i: "between Monday
// and Wednesday", "from Friday to Monday", "on Monday and Tuesday". It
// returns 0 when there is none.
func (s *sentence) weekdayRange(i int) (int, when) {
	if !s.weekdayAt(i+1) || !s.weekdayAt(i+3) {
		return 0, when{}
	}
	switch {
	case s.is(i, "between") || s.is(i, "on"):
		if !s.is(i+2, "and") {
			return 0, when{}
		}
	case s.is(i, "from"):
		if !s.is(i+2, "to") && !s.is(i+2, "through") && !s.is(i+2, "until") {
			return 0, when{}
		}
	default:
		return 0, when{}
	}
	return 4, when{kind: wDayRange, weekday: s.toks[i+1].w.num, day: s.toks[i+3].w.num}
}

// resolveSpan resolves the phrases of a span of days against the
// publication day p: the weekday of the week before, a range of two
// weekdays, the recent days.
func (w when) resolveSpan(p time.Time) digest.Date {
	switch w.kind {
	case wLastWeekDay:
		mon := p.AddDate(0, 0, -((int(p.Weekday())+6)%7)-7)
		return digest.DayDate(mon.AddDate(0, 0, (w.weekday+6)%7))
	case wDayRange:
		a, b := weekdayUpTo(p, w.weekday), weekdayUpTo(p, w.day) // date_label.go
		if b.Before(a) {
			a = a.AddDate(0, 0, -7)
		}
		return spanDate(a, b)
	case wRecent:
		return spanDate(p.AddDate(0, 0, -w.rel), p)
	}
	return digest.Date{Precision: digest.PrecisionUnknown}
}

// spanDate returns the month or year that days a to b share, or unknown.
func spanDate(a, b time.Time) digest.Date {
	switch {
	case a.Year() != b.Year():
		return digest.Date{Precision: digest.PrecisionUnknown}
	case a.Month() != b.Month():
		return digest.Date{Year: a.Year(), Precision: digest.PrecisionYear}
	}
	return digest.Date{Year: a.Year(), Month: a.Month(), Precision: digest.PrecisionMonth}
}

// occasionNoun reports whether token i names an occasion that a year or
// month after "during" dates, as a saying's vehicle does: "During the
// 2020 campaign", "during a 2019 visit".
func (s *sentence) occasionNoun(i int) bool {
	if i < 0 || i >= len(s.toks) || s.toks[i].k != kWord {
		return false
	}
	switch lowerASCII(s.word(i)) {
	case "campaign", "rally", "visit", "trip", "tour", "summit", "trial", "conference", "briefing", "meeting", "session":
		return true
	}
	return false
}

// openingClause reports whether the date phrase at token i stands in a
// clause of its own that opens the sentence before the cue, with its own
// subject and verb, of a condition, a cause or a concession ("If Grayson
// wins his Aug. 30 primary, critics say", "Although the storm passed on
// Sunday, the mayor said"): its date is that clause's event. Not a clause
// of the same time ("As he shook hands Sunday afternoon, Sanders said",
// "When the polls closed on Tuesday, Lee said"), nor one of "after",
// which, like "told reporters after the vote on Monday", most often tells
// the day the saying followed the event.
func (s *sentence) openingClause(i int, cue digest.Span) bool {
	if len(s.toks) == 0 || s.toks[0].k != kWord || i >= len(s.toks) || s.toks[i].e > cue[0] {
		return false
	}
	switch lowerASCII(s.word(0)) {
	case "if", "unless", "because", "although", "though", "since", "until":
	default:
		return false
	}
	for k := 1; k < i; k++ {
		if s.punct(k, ",") {
			return false
		}
	}
	return s.subjectPast(1, 6)
}

// opensInterrupted reports whether the date phrase of l tokens at token j
// opens the sentence (perhaps after "But" or "And") before an attribution
// set off inside what was said: "On Tuesday, officials said, the army
// crossed the river", "But in recent days, advisers say, the president has
// grown exasperated". The phrase is then part of what was said, as a year
// is (framesSaying). Not before a quotation ("On Tuesday, Lee said, “We
// will rebuild.”"): the comma there only leads into the quote.
func (s *sentence) opensInterrupted(j, l int, r *raw) bool {
	if j > 1 || j == 1 && !s.is(0, "but") && !s.is(0, "and") && !s.is(0, "yet") || !s.punct(j+l, ",") {
		return false
	}
	if r.content[0] < r.cue[1] || s.toks[j+l].e > r.cue[0] {
		return false
	}
	return strings.TrimSpace(s.x.t[r.cue[1]:r.content[0]]) == ","
}

// closesVehicle reports whether the year phrase at token j closes the
// phrase of the saying's vehicle that follows the cue: "argued in an
// essay for Foreign Affairs in 2022 that ...". Within a few words, with
// no comma, verb or other clause between.
func (s *sentence) closesVehicle(j int, r *raw) bool {
	for k := j - 1; k >= 2 && k >= j-7; k-- {
		if s.toks[k].k != kWord || s.has(k, fCue|fWeakCue|fAux|fRelative|fSub) {
			return false
		}
		if s.dateVehicle(k) && s.has(k-1, fDet) && s.is(k-2, "in") {
			return s.toks[k-2].s >= r.cue[1] && s.toks[k-2].s-r.cue[1] <= 2
		}
	}
	return false
}

// whenOpening reports whether the date at token i is in an opening clause
// of "When" or "As" that the comma before the cue closes: "When the polls
// closed on Tuesday, Lee said", "As he shook hands on Sunday, Sanders
// said". Such a clause tells when the saying happened, so its date is
// the saying's, though a verb of its own comes before it.
func (s *sentence) whenOpening(i int, cue digest.Span) bool {
	if !s.is(0, "when") && !s.is(0, "as") || i < 2 || s.toks[i].s >= cue[0] {
		return false
	}
	for k := 1; k < len(s.toks) && s.toks[k].e <= cue[0]; k++ {
		if s.toks[k].k == kQuote || s.punct(k, ";") {
			return false
		}
		if s.punct(k, ",") {
			return k > i && s.commaBeforeSpeaker(k, cue)
		}
	}
	return false
}

// commaBeforeSpeaker reports whether the comma at k is followed by the
// cue's speaker alone: words with no verb, then the cue ("When ...,
// Lee said"; not "As ..., she will confront an electorate in which
// voters say").
func (s *sentence) commaBeforeSpeaker(k int, cue digest.Span) bool {
	for m := k + 1; m < len(s.toks) && s.toks[m].e <= cue[0]; m++ {
		if s.toks[m].k != kWord || s.verbAt(m) {
			return false
		}
	}
	return true
}

// insideOther reports whether sp overlaps the content of one of rs that
// does not hold the cue: a content's dates are not the saying's, but a
// statement reported inside another's content has its own date there
// ("The governor announced a hiring freeze on Friday, aides said": the
// governor's is Friday, the aides' the day of publication).
func insideOther(sp, cue digest.Span, rs []raw) bool {
	for _, o := range rs {
		if sp[0] < o.content[1] && sp[1] > o.content[0] && !(o.content[0] <= cue[0] && cue[1] <= o.content[1]) {
			return true
		}
	}
	return false
}

// participleAside reports whether the date at token i is in an aside
// between the speaker and the cue that opens with a past participle:
// "Ann Lee, elected mayor on Sunday, said", "The firm, founded in 1990,
// said". The date is the participle's event, not the saying's.
func (s *sentence) participleAside(i int, cue digest.Span) bool {
	if s.toks[i].e > cue[0] {
		return false
	}
	open := -1
	for k := i - 1; k >= 0; k-- {
		if s.punct(k, ",") {
			open = k
			break
		}
		if s.toks[k].k != kWord {
			return false
		}
	}
	var lb [32]byte
	if open < 1 || open+1 >= i || s.toks[open+1].cap || !pastForm(string(lowerInto(&lb, s.word(open+1)))) {
		return false
	}
	for k := i + 1; k < len(s.toks) && s.toks[k].e <= cue[0]; k++ {
		if s.punct(k, ",") {
			return k+1 < len(s.toks) && s.toks[k+1].s == cue[0] && !s.has(k+1, fPart) // the cue right after the aside ("emailed supporters on Monday, telling them": the main clause's date, the participle's too)
		}
	}
	return false
}
