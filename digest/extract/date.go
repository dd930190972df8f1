package extract

import (
	"strings"
	"time"

	"github.com/whosaid/whosaid/digest"
)

// wkind is the kind of a date phrase.
type wkind uint8

const (
	wNone        wkind = iota // a time phrase that gives no date ("last fall", "last weekend")
	wWeekday                  // "Tuesday", "on Friday", "last Friday"
	wRelPub                   // "yesterday", "today": days from publication
	wMonthDay                 // "September 13", "Sept. 13, 2017"
	wMonth                    // "in January", "January 2017"
	wRelMonth                 // "last month", "this month"
	wRelYear                  // "last year"
	wYear                     // "in 2016"
	wRelRef                   // "a day after": days from the date of the statement referred to
	wRelWeek                  // "last week", "this week": weeks (Monday to Sunday) from publication's
	wSeason                   // "last summer": the year of the last such season before publication (month: its first)
	wLastWeekDay              // "on Tuesday of last week": the weekday of the week before publication's
	wDayRange                 // "between Monday and Wednesday": weekday to day (a weekday too), the month or year they share
	wRecent                   // "in recent days": the rel days up to publication, the month or year they share
)

// when is a date phrase as written, resolved later against the publication
// date.
type when struct {
	kind    wkind
	year    int
	month   int
	day     int // wMonthDay: the day; wMonth: 1 when the month is named by its first days ("in early January")
	weekday int // wWeekday: 0 Sunday; wMonthDay: the weekday written with it plus one, 0 none (date_weekday.go)
	last    bool
	rel     int
	event   bool // the year of a speech event ("a 2023 interview"): it dates the saying wherever it stands
}

// dateAt reads a date phrase starting at token i and returns its length in
// tokens (0 when there is none) and what it says.
func (s *sentence) dateAt(i int) (int, when) {
	if !s.mayOpenDate(i) {
		return 0, when{}
	}
	return s.datePhraseAt(i)
}

// mayOpenDate reports whether token i can open a date phrase at all: a word
// the lexicon marks as leading or naming a date, or a capitalised word it
// does not know ("Sunday's", for datePhrase's possessive day). Most tokens
// fail it, and dateAt is asked of nearly every token of a sentence, so the
// test is kept small enough to be inlined where dateAt is.
func (s *sentence) mayOpenDate(i int) bool {
	if uint(i) >= uint(len(s.toks)) {
		return false
	}
	tk := &s.toks[i]
	return tk.k == kWord && (tk.w.f&(fDateLead|fWeekday|fMonth|fRelDay) != 0 || tk.cap && tk.w.f == 0)
}

// datePhraseAt is dateAt past mayOpenDate. Its answer at a token is kept
// for the sentence (date_ref.go's dateRead).
func (s *sentence) datePhraseAt(i int) (int, when) {
	if uint(i) >= uint(len(s.toks)) {
		return 0, when{}
	}
	d := s.dateRead(i)
	if d.sent == s.dateSent {
		return d.l, d.w
	}
	l, w := s.datePhrase(i)
	if l > 0 && w.kind != wNone && s.is(i+l, "local") && s.is(i+l+1, "time") {
		l += 2 // "on Monday local time": the clock the day is told by is part of the phrase
	}
	*d = dateRead{sent: s.dateSent, l: l, w: w}
	return l, w
}

// datePhrase reads the date phrase at token i for dateAt.
func (s *sentence) datePhrase(i int) (int, when) {
	toks := s.toks
	if i >= 0 && i < len(toks) && toks[i].k == kWord && toks[i].cap && toks[i].w.f == 0 && possessive(s.word(i)) {
		// "In Sunday's debate, Clinton said", "he said at Tuesday's rally":
		// the day of the event the saying was part of; not the day of
		// what was said ("said Monday's ruling was wrong")
		if !s.is(i-1, "at") && !s.is(i-1, "in") && !s.is(i-1, "during") && !s.is(i-1, "after") && !s.is(i-1, "following") && (i > 0 || !s.dateVehicle(i+1)) {
			return 0, when{}
		}
		var buf [64]byte
		if w := look(stripPossessive(s.word(i)), &buf); w.f&fWeekday != 0 && i+1 < len(toks) && toks[i+1].k == kWord && (!toks[i+1].cap || s.is(i-1, "in") && s.dateVehicle(i-2)) {
			// a paper's name after the day only where the saying is in it: "In an op-ed in Monday's Daily Star"
			return 1, when{kind: wWeekday, weekday: w.num}
		}
		return 0, when{}
	}
	if i < 0 || i >= len(toks) || toks[i].k != kWord || toks[i].w.f&(fDateLead|fWeekday|fMonth|fRelDay) == 0 {
		return 0, when{}
	}
	w := toks[i].w
	var lb [32]byte
	wd := string(lowerInto(&lb, s.t[toks[i].s:toks[i].e])) // token i's word lowered once, on the stack, for the comparisons below (a word, checked above)
	if wd == "on" || wd == "dated" {
		if l, d := s.numericDate(i); l > 0 {
			return l, d // date_numeric.go: "on 2025-03-04", "on 14/3", "a letter dated 14/3"; "on 3/4" gives none
		}
	}
	if wd == "a" || wd == "an" || wd == "the" {
		if l, d := s.eventDate(i); l > 0 {
			return l, d // date_event.go: "in a 2023 interview", "in a June memo"
		}
	}
	if l, d := s.extraPhrase(i, wd); l > 0 {
		return l, d // date_forms.go: "on Christmas Day", "last summer", "over the weekend"
	}
	switch {
	case wd == "on" && s.has(i+2, fMonth) && toks[i+2].cap:
		if l, d := s.dayFirst(i + 1); l > 0 {
			return l + 1, d // day first: "on 3 January 2024", "on 3 Jan. 2024" (date_weekday.go)
		}
	case wd == "on" && i+1 < len(toks) && s.has(i+1, fWeekday|fMonth):
		if l, d := s.dateAt(i + 1); l > 0 && d.kind != wNone {
			return l + 1, d
		}
	case (wd == "early" || wd == "late" || wd == "earlier" || wd == "later") && (s.has(i+1, fWeekday) && toks[i+1].cap || s.is(i+1, "on") && s.weekdayAt(i+2)):
		if l, d := s.dateAt(i + 1); l > 0 {
			return l + 1, d // "early Friday", "late on Tuesday"
		}
	case (wd == "earlier" || wd == "later" || wd == "early" || wd == "late") && (s.is(i+1, "this") || s.is(i+1, "last")) && i+2 < len(toks):
		if l, d := s.dateAt(i + 1); l > 0 {
			return l + 1, d
		}
	case wd == "this" && s.is(i+1, "past"):
		if l, d := s.dateAt(i + 1); l > 0 {
			return l + 1, d // "this past weekend", "this past Sunday"
		}
	case wd == "the" && (s.is(i+1, "previous") || s.is(i+1, "following") || s.is(i+1, "next")) && (s.is(i+2, "week") || s.is(i+2, "month") || s.is(i+2, "year")):
		return 3, when{} // "the previous week": a time counted from one the story told, of no date here
	case (wd == "last" || wd == "this" || wd == "past") && i+1 < len(toks):
		last := wd == "last" || wd == "past"
		rel := 0
		if last {
			rel = -1
		}
		switch {
		case s.has(i+1, fWeekday) && toks[i+1].cap:
			return 2, when{kind: wWeekday, weekday: toks[i+1].w.num, last: last}
		case toks[i+1].k == kWord && toks[i+1].cap && (i > s.from || toks[i].cap):
			return 0, when{} // "ABC's This Week", "Last Week Tonight": a capitalised noun after it makes a show's name, no date
		case s.is(i+1, "month"):
			return 2, when{kind: wRelMonth, rel: rel}
		case s.is(i+1, "year"):
			return 2, when{kind: wRelYear, rel: rel}
		case s.is(i+1, "night") && last:
			return 2, when{kind: wRelPub, rel: -1} // "last night": the evening before publication
		case !last && wd == "this" && (s.is(i+1, "morning") || s.is(i+1, "afternoon") || s.is(i+1, "evening")):
			return 2, when{kind: wRelPub} // "this morning": the day of publication
		case s.is(i+1, "week"):
			return 2, when{kind: wRelWeek, rel: rel}
		case s.is(i+1, "weekend") || s.is(i+1, "night") || s.is(i+1, "fall") || s.is(i+1, "spring") || s.is(i+1, "summer") || s.is(i+1, "winter"):
			return 2, when{}
		}
	case w.f&fWeekday != 0 && toks[i].cap:
		if s.has(i-1, fDet) && i+1 < len(toks) && toks[i+1].k == kWord && toks[i+1].cap && !s.has(i+1, fMonth) {
			return 0, when{} // "told the Sunday Times", "the Tuesday Group": a name
		}
		l := 1
		if toks[i].e-toks[i].s <= 5 && i+1 < len(toks) && toks[i+1].k == kStop && toks[i+1].s == toks[i].e && s.t[toks[i+1].s] == '.' {
			l++ // "Tues." when the splitter left the dot alone
		}
		if s.is(i+1, "night") || s.is(i+1, "morning") || s.is(i+1, "evening") || s.is(i+1, "afternoon") {
			l++
		}
		return s.weekdayTail(i, l, when{kind: wWeekday, weekday: w.num}) // date_weekday.go: "Wednesday 2 December", "Tuesday last week"
	case w.f&fRelDay != 0:
		d := 0
		if wd == "yesterday" {
			d = -1
		}
		if s.is(i+1, "morning") || s.is(i+1, "afternoon") || s.is(i+1, "evening") {
			return 2, when{kind: wRelPub, rel: d} // "yesterday morning"
		}
		return 1, when{kind: wRelPub, rel: d}
	case w.f&fMonth != 0 && toks[i].cap && (w.num != 5 || i > 0 && (s.has(i-1, fPrep) || s.is(i-1, "last"))):
		l := 1
		if i+1 < len(toks) && toks[i+1].k == kStop && toks[i+1].s == toks[i].e && s.t[toks[i+1].s] == '.' {
			l++ // "Sept." when the splitter left the dot alone
		}
		d := when{kind: wMonth, month: w.num}
		if n, ok := s.number(i + l); ok && n >= 1 && n <= 31 {
			d.kind, d.day = wMonthDay, n
			l++
			if s.punct(i+l, ",") {
				if y, ok := s.number(i + l + 1); ok && y > 1900 {
					d.year = y
					l += 2
				}
			} else if y, ok := s.number(i + l); ok && y > 1900 {
				d.year = y
				l++
			}
			return l, d
		}
		if y, ok := s.number(i + l); ok && y > 1900 && y < 2200 {
			d.year = y
			return l + 1, d
		}
		if y, ok := s.number(i + l + 1); ok && s.is(i+l, "of") && y > 1900 && y < 2200 {
			d.year = y
			return l + 2, d // "in March of 2024"
		}
		if i > 0 && (s.is(i-1, "in") || s.is(i-1, "last") || s.is(i-1, "since") || s.is(i-1, "early") || s.is(i-1, "late") || s.is(i-1, "mid") || s.atPartOf(i)) { // date_more.go: "at the end of March"
			if s.is(i-1, "early") || s.firstDaysOf(i) {
				d.day = 1 // "in early January": its first days (resolve)
			}
			return l, d
		}
	case wd == "in" && i+1 < len(toks):
		if y, ok := s.number(i + 1); ok && y > 1900 && y < 2200 {
			return 2, when{kind: wYear, year: y}
		}
	case (wd == "a" || wd == "one" || wd == "the") && s.is(i+1, "day"):
		switch {
		case (s.is(i+2, "after") || s.is(i+2, "before")) && s.has(i+3, fDet) && !s.subjectVerb(i+3, 4):
			return 3, when{} // "The day after the election, Lee said": a day from an event of no date told
		case s.is(i+2, "after") || s.is(i+2, "earlier") || s.is(i+2, "before"):
			return 3, when{kind: wRelRef, rel: -1}
		case s.is(i+2, "later"):
			return 3, when{kind: wRelRef, rel: 1}
		}
	case wd == "the" && (s.is(i+1, "next") || s.is(i+1, "following") || s.is(i+1, "previous")) && s.is(i+2, "day"):
		rel := 1
		if s.is(i+1, "previous") {
			rel = -1
		}
		return 3, when{kind: wRelRef, rel: rel}
	}
	return 0, when{}
}

// resolve turns the phrase into a date: against the publication date pub
// and, for "a day after", the date ref of the statement referred to.
func (w when) resolve(pub, ref digest.Date) digest.Date {
	unknown := digest.Date{Precision: digest.PrecisionUnknown}
	if w.kind == wNone {
		return unknown
	}
	if !pub.Known() || pub.Precision != digest.PrecisionDay {
		switch {
		case w.kind == wMonthDay && w.year > 0:
			return w.withWeekday(dayDate(w.year, w.month, w.day)) // date_weekday.go
		case w.kind == wMonth && w.year > 0:
			return digest.Date{Year: w.year, Month: time.Month(w.month), Precision: digest.PrecisionMonth}
		case w.kind == wYear:
			return digest.Date{Year: w.year, Precision: digest.PrecisionYear}
		case w.kind == wRelRef && ref.Known() && ref.Precision == digest.PrecisionDay:
			return digest.DayDate(ref.Time().AddDate(0, 0, w.rel))
		}
		return unknown
	}
	p := pub.Time()
	switch w.kind {
	case wWeekday:
		d := weekdayUpTo(p, w.weekday) // date_label.go
		if w.last && d.Equal(p) {
			d = d.AddDate(0, 0, -7) // "last Tuesday" read on a Tuesday
		}
		return digest.DayDate(d)
	case wRelPub:
		return digest.DayDate(p.AddDate(0, 0, w.rel))
	case wMonthDay:
		return w.monthDayDate(p) // date_weekday.go
	case wMonth:
		y := w.year
		if y == 0 {
			y = p.Year()
			if w.month > int(p.Month()) || w.month == int(p.Month()) && p.Day() <= 7 && w.day == 0 {
				y-- // a month named alone in its first week is last year's: the week's days are told by weekday ("In January" read on 2 January); not one named by its first days ("in early January")
			}
		}
		return digest.Date{Year: y, Month: time.Month(w.month), Precision: digest.PrecisionMonth}
	case wRelMonth:
		m := time.Date(p.Year(), p.Month(), 1, 0, 0, 0, 0, time.UTC).AddDate(0, w.rel, 0)
		return digest.Date{Year: m.Year(), Month: m.Month(), Precision: digest.PrecisionMonth}
	case wRelYear:
		return digest.Date{Year: p.Year() + w.rel, Precision: digest.PrecisionYear}
	case wYear:
		return digest.Date{Year: w.year, Precision: digest.PrecisionYear}
	case wSeason:
		return digest.Date{Year: seasonYear(w.month, int(p.Month()), p.Year()), Precision: digest.PrecisionYear}
	case wRelWeek:
		// the week's Monday and Sunday: the month or year they share
		mon := p.AddDate(0, 0, -((int(p.Weekday())+6)%7)+7*w.rel)
		sun := mon.AddDate(0, 0, 6)
		if sun.After(p) {
			sun = p // "this week": nothing was said after publication (a week of 28 Dec - 3 Jan read on 30 Dec is December's)
		}
		if !sun.After(mon) {
			return digest.DayDate(mon) // "this week" read on its Monday: that day
		}
		return spanDate(mon, sun)
	case wLastWeekDay, wDayRange, wRecent:
		return w.resolveSpan(p) // date_forms.go
	case wRelRef:
		base := p
		if ref.Known() && ref.Precision == digest.PrecisionDay {
			base = ref.Time()
		} else if ref.Known() {
			return unknown // the story's time is a month or a year ("claimed two weeks ago ... The council said the day before"): no day to count from
		}
		if d := base.AddDate(0, 0, w.rel); !d.After(p) {
			return digest.DayDate(d)
		}
		return unknown // "said two days later" counted from publication: nothing is said after it
	}
	return unknown
}

// dates dates each statement of the sentence from the date phrase in its
// own clause: the words of the attribution (speaker, cue, "told reporters
// on Tuesday") on the cue's side of what was said, never a phrase inside
// what was said or inside another statement, never one that belongs to
// another event ("the tape released Friday", "a meeting that took place in
// January"). A participle that goes on with the sentence's speaker (",
// adding ...") shares the date of the statement before it.
func (s *sentence) dates() {
	if len(s.x.raws) == s.first {
		return
	}
	for k := s.first; k < len(s.x.raws); k++ {
		r := &s.x.raws[k]
		if r.anchor >= 0 || r.clause[1] <= s.toks[0].s {
			continue // a quotation standing alone, or a statement dated in its own sentence ("he declared:")
		}
		s.clauseDate(r, s.x.raws[s.first:])
		r.coming = s.cueToCome(r.cue) // date_coming.go: "will say on Friday that"
		if !r.dated && !r.past {
			s.labelDate(r) // date_label.go: "Tuesday: “We will not be rushed,” said the minister"
		}
		if !r.dated && !r.past && k > s.first && (s.cueIsPart(r.cue) || s.cueJoined(r.cue)) {
			p := s.x.raws[k-1]
			r.when, r.dated, r.past = p.when, p.dated, p.past
		}
		if !r.dated && !r.past && s.cueIsPart(r.cue) {
			r.mainWhen = s.mainClauseDate(*r, s.x.raws[s.first:]) // date_participle.go: "X on Sunday defended Y, saying"
		}
	}
}

// cueIsPart reports whether the cue at span c is a participle: ", adding".
func (s *sentence) cueIsPart(c digest.Span) bool {
	for i := range s.toks {
		if s.toks[i].s == c[0] {
			return s.has(i, fPart)
		}
	}
	return false
}

// clauseDate sets r's date from the phrase in r.clause nearest to its cue,
// and marks r as said in the past ("previously", "earlier", "has long
// said") when its clause says so and gives no date. others are the
// statements of the sentence, whose contents hold no date of r's.
func (s *sentence) clauseDate(r *raw, others []raw) {
	best, bestDist, bestL := -1, 1<<30, 0
	var bw when
	for i := 0; i < len(s.toks); i++ {
		tk := &s.toks[i]
		if tk.k != kWord || tk.s < r.clause[0] || tk.e > r.clause[1] {
			continue // dateAt, agoAt, daysFrom and the past markers read words only
		}
		l, w := s.dateAt(i)
		if l == 0 {
			if l, w = s.agoAt(i); l > 0 && s.agoAfterNoun(i, r.cue) {
				l = 0 // date_event.go: "said two days ago", not "the campaign four years ago"
			}
		}
		if l == 0 {
			l, w = s.daysFrom(i) // date_event.go: "Two days earlier, X had said"
		}
		if l == 0 {
			if s.pastMarker(i) || s.thenMarker(i) && (tk.e <= r.content[0] || tk.s >= r.content[1]) {
				r.past = true
			}
			continue
		}
		sp := s.span(i, i+l)
		j := i
		i += l - 1
		if insideOther(sp, r.cue, others) || s.otherEvent(j, sp, r.cue) && !s.mediumIssued(j, r) || s.opensInterrupted(j, l, r) {
			continue
		}
		pos := sp[0]
		dist := pos - r.cue[0]
		if dist < 0 {
			dist = -dist
		}
		if w.kind == wYear && !w.event && (pos < r.cue[1] || pos-r.cue[1] > 2) && !s.framesSaying(j, l, r) && !s.closesVehicle(j, r) && !s.cueAdverbDate(j, r) {
			continue // "in 2017" away from the cue dates the topic, not the saying
		}
		better := dist < bestDist
		if best >= 0 && (w.kind == wNone) != (bw.kind == wNone) {
			better = w.kind != wNone // a phrase that tells a date wins over one that tells none ("During Saturday night's debate, on the eve of the Super Bowl,")
		}
		if better {
			best, bestDist, bw, bestL = j, dist, w, l
		}
	}
	if best < 0 && !r.past {
		if w, ok := s.objectDate(r); ok {
			best, bw = 0, w // date_object.go: "accused the council on Sunday of ..."
		}
	}
	if best >= 0 {
		r.when, r.dated, r.past = bw, true, false
		r.dayLabel = s.dayLabel(best, bestL, bw) // date_label.go: "Monday: The minister said ..."
	} else if !s.x.lede(r.block) && s.perfectCue(r.cue) {
		r.past = true // date_perfect.go: "has said"
	}
}

// insideAny reports whether sp overlaps the content of one of rs.
func insideAny(sp digest.Span, rs []raw) bool {
	for _, o := range rs {
		if sp[0] < o.content[1] && sp[1] > o.content[0] {
			return true
		}
	}
	return false
}

// otherEvent reports whether the date phrase at token i (span sp) dates
// something other than the saying at cue: it follows a verb form that is not
// the cue ("the tape released Friday", "talks held on Monday"), or "of"
// after a noun that is no saying ("the attacks of Sept. 11"), or a relative
// pronoun, a subordinator or another clause (", and the mayor said")
// stands between it and the cue ("Trump, who met Putin on Friday, said"),
// or it closes a phrase of time before another event (date_event.go).
func (s *sentence) otherEvent(i int, sp, cue digest.Span) bool {
	if s.whenOpening(i, cue) {
		return false // date_forms.go: "When the polls closed on Tuesday, Lee said": the saying's time
	}
	if s.participleAside(i, cue) {
		return true // date_forms.go: "Ann Lee, elected mayor on Sunday, said": the election's date
	}
	if p := i - 1; p >= 0 && s.toks[p].k == kWord && !s.toks[p].cap && s.toks[p].w.f&(fCue|fWeakCue|fCall|fAsk|fAux|fPrep|fDet|fQuoted|fPassive) == 0 && (s.toks[p].e <= cue[0] || s.toks[p].s >= cue[1]) {
		w := s.word(p)
		if len(w) > 3 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en")) && !s.madePublic(p) {
			return true
		}
	}
	if s.timeBefore(i) || s.openingClause(i, cue) {
		return true // date_event.go: "Before the summit on Friday, Kral said"; date_forms.go: "After the flood hit on Sunday, the mayor said"
	}
	if s.is(i-1, "of") && !s.has(i-2, fComment) && !s.timeOfPart(i-2) {
		return true // "the attacks of Sept. 11, 2001": the date of what the noun names
	}
	for k := i - 1; k >= 0 && (s.toks[k].k == kWord || s.currencySign(k)) && s.toks[k].e <= cue[0] != (sp[0] >= cue[1]); k-- {
		if s.is(k, "who") || s.is(k, "which") || s.is(k, "whose") {
			return true // "Bob Hart, who met the mayor on Monday, said"
		}
	}
	lo, hi := sp[1], cue[0]
	if cue[1] <= sp[0] {
		lo, hi = cue[1], sp[0]
	}
	for k := range s.toks {
		tk := s.toks[k]
		if tk.s < lo || tk.e > hi {
			continue
		}
		if tk.k == kQuote && !s.titleQuote(k) || s.relativeBetween(k, sp, cue) ||
			s.is(k, "since") || s.is(k, "when") || s.is(k, "because") || s.is(k, "before") && !s.beforePlace(k) && !s.clockBefore(k) || s.is(k, "as") && !s.is(k+1, "much") || s.is(k, "where") {
			return true // not "after" or "following": "told reporters after the vote on Monday" is dated Monday, the telling followed the vote that day
		}
		if s.punct(k, ";") || s.punct(k, ",") && (s.is(k+1, "and") || s.is(k+1, "but")) && k+2 < len(s.toks) && s.toks[k+2].k == kWord && (s.toks[k+2].cap || s.has(k+2, fDet)) {
			return true // "Police arrested two men on Monday, and the mayor said": another clause's date (not "..., and she said": most often the same person going on)
		}
	}
	return false
}

// currencySign reports whether token k is a currency sign, a word of its
// amount ("which earned $3 billion last year"): the walk back to a relative
// pronoun goes on through it.
func (s *sentence) currencySign(k int) bool {
	if s.toks[k].k != kPunct {
		return false
	}
	switch s.x.t[s.toks[k].s:s.toks[k].e] {
	case "$", "£", "€", "¥":
		return true
	}
	return false
}

// date dates every statement, after speakers are resolved: a statement
// takes the date phrase of its own clause; a quotation standing alone takes
// the date of the statement it continues; a statement without a phrase
// takes the date of a dated mention of its speaker's comments nearby ("The
// comments by Dmitry Peskov on September 13"), else, unless its clause says
// it was said some time ago ("previously"), the publication date: news
// reports what was said as news.
func (x *extractor) date(res []resolved, pub digest.Date) {
	var ref digest.Date // the latest date given, for "a day after"
	refAt := -1         // where the statement that gave it stands
	for i := range x.raws {
		r := &x.raws[i]
		res[i].date, res[i].own = digest.Date{Precision: digest.PrecisionUnknown}, false
		rr := ref
		if r.dated && r.when.kind == wRelRef || r.mainWhen != nil && r.mainWhen.kind == wRelRef {
			if d, ok := x.storyDay(refAt, r.cue[0], pub); ok {
				rr = d // date_ref.go: a day named after that statement, "A judge on Tuesday cleared ..."
			}
		}
		switch {
		case r.coming:
			continue // date_coming.go: nothing said yet, no date (and none from a nearby mention or publication)
		case r.anchor >= 0:
			res[i].date = res[r.anchor].date
		case r.dated:
			res[i].date, res[i].own = r.when.resolve(pub, rr), true
		case r.mainWhen != nil:
			res[i].date, res[i].own = r.mainWhen.resolve(pub, rr), true
		}
		if res[i].own && res[i].date.Known() {
			ref, refAt = res[i].date, r.cue[0]
		}
	}
	x.labelDays(res, pub) // date_label.go: a round-up's "Monday:", "Wednesday:", "Friday:" run in order
	for _, ev := range x.events {
		d := ev.when.resolve(pub, digest.Date{})
		if !d.Known() {
			continue
		}
		var who resolved
		if ev.speaker.kind == mPronoun {
			for i := len(x.raws) - 1; i >= 0; i-- {
				if x.raws[i].block <= ev.block && !res[i].org {
					who = res[i]
					break
				}
			}
		} else {
			who = x.name(ev.speaker, res, -1, -1, nil)
		}
		for i := range x.raws {
			r := &x.raws[i]
			if !r.dated && !r.past && !r.coming && r.mainWhen == nil && r.anchor < 0 && ev.block-r.block <= 1 && ev.block >= r.block && compatible(who, res[i]) {
				res[i].date = d
			}
		}
	}
	for i := range x.raws {
		r := &x.raws[i]
		if r.anchor >= 0 {
			res[i].date = res[r.anchor].date
			continue
		}
		if !res[i].date.Known() && !r.dated && !r.past && !r.coming && pub.Known() {
			res[i].date = pub
		}
	}
}

// wordOfLen reports whether token i is a word whose length in bytes is
// one of the bits set in lens (below 64): a test cheap enough to go before
// a list of s.is.
func (s *sentence) wordOfLen(i int, lens uint64) bool {
	if uint(i) >= uint(len(s.toks)) {
		return false
	}
	tk := &s.toks[i]
	n := uint(tk.e - tk.s)
	return tk.k == kWord && n < 64 && lens&(1<<n) != 0
}
