// The date of the saying, and dates of other things near its cue.
//
// A year, a month or a day written before a noun for a saying ("in a 2019
// interview", "In a June memo, Kane wrote", "in a Feb. 20 letter") dates
// what was said in it, wherever the phrase stands in the clause; after
// "citing" or "referring to" the thing named is someone's earlier saying,
// not this one, so only "in" or "during" before the phrase lets it date.
// A participle of making public after such a noun ("in an interview
// published Sunday", "in a statement released Friday") dates the saying
// too; after any other noun ("the tape released Friday") it dates the
// thing released. A phrase of time opened by "before", "ahead of",
// "until" or "since" ("Before the summit on Friday, Kral said") tells when
// the other event is, and the saying only that it came at another time.
// A count back from publication ("said two days ago") dates the saying as
// "last week" or "last month" do. A year that opens the sentence, or
// closes its opening phrase of the occasion ("In 2016, Park said", "At a
// rally in 2019, Park said"), frames the saying too (framesSaying).

package extract

import (
	"strings"

	"github.com/whosaid/whosaid/digest"
)

// sayingNoun reports whether token i names a saying or a text that carries
// one: "interview", "statement", "memo", "letter", "speech".
func (s *sentence) sayingNoun(i int) bool {
	if s.has(i, fComment) {
		return true
	}
	if i < 0 || i >= len(s.toks) || s.toks[i].k != kWord {
		return false
	}
	var lb [32]byte
	switch string(lowerInto(&lb, s.word(i))) {
	case "memo", "letter", "speech", "essay", "op-ed", "column", "post", "tweet", "testimony", "address", "memoir", "podcast", "editorial", "filing":
		return true
	}
	return false
}

// eventDate reads "a 2019 interview", "a June memo", "an Aug. 3 letter" at
// token i (the article) for datePhrase: the date of the saying the noun
// names, when "in" or "during" stands before the article. It returns 0
// when the phrase is no such date.
func (s *sentence) eventDate(i int) (int, when) {
	if i > 0 && !s.is(i-1, "in") && !s.is(i-1, "during") {
		return 0, when{} // "citing a June memo": another saying; opening the sentence, it is the speaker ("A 2021 report by the agency said")
	}
	p := i + 1
	var w when
	if y, ok := s.number(p); ok && y > 1900 && y < 2200 {
		w, p = when{kind: wYear, year: y}, p+1
	} else if p < len(s.toks) && s.has(p, fMonth) && s.toks[p].cap {
		w = when{kind: wMonth, month: s.toks[p].w.num}
		p++
		if p < len(s.toks) && s.toks[p].k == kStop && s.toks[p].s == s.toks[p-1].e && s.t[s.toks[p].s] == '.' {
			p++ // "Aug." when the splitter left the dot alone
		}
		if d, ok := s.number(p); ok && d >= 1 && d <= 31 {
			w.kind, w.day = wMonthDay, d
			p++
		}
	} else {
		return 0, when{}
	}
	if !s.dateVehicle(p) && !(s.is(i-1, "during") && s.occasionNoun(p)) {
		return 0, when{}
	}
	w.event = true
	return p - i + 1, w
}

// madePublic reports whether token p, a verb form before a date phrase,
// is a participle of making public after a noun for a saying: "an
// interview published Sunday", "a statement released Friday".
func (s *sentence) madePublic(p int) bool {
	return issuedWords[lowerASCII(s.word(p))] && s.dateVehicle(p-1)
}

// timeBefore reports whether the date phrase at token i ends a phrase
// opened by "ahead of", "prior to", "until" or "since" within six words of
// it ("ahead of his presidency in January"), or by a "before" that opens
// the sentence ("Before the summit on Friday, Kral said"): the date of the
// event the phrase names. Elsewhere "before" is as often a place:
// "testified before the committee on Tuesday", "Appearing before
// supporters Monday, Suu Kyi said".
func (s *sentence) timeBefore(i int) bool {
	for k, n := i-1, 0; k >= 0 && n < 6 && s.toks[k].k == kWord && !s.has(k, fCue|fWeakCue|fTell); k, n = k-1, n+1 {
		switch {
		case s.is(k, "before") && k == 0 && !s.beforePlace(k) || s.is(k, "until") || s.is(k, "since"):
			return true
		case s.is(k, "of") && s.is(k-1, "ahead"), s.is(k, "to") && s.is(k-1, "prior"):
			return true
		}
	}
	return false
}

// beforePlace reports whether "before" at token k names where, not when:
// before a name, an audience or a body that hears ("testified before the
// Senate on Tuesday", "Appearing before supporters", "before the
// committee"), not before an event ("before the vote on Friday").
func (s *sentence) beforePlace(k int) bool {
	a := k + 1
	if s.has(a, fDet) {
		a++
	}
	if a >= len(s.toks) || s.toks[a].k != kWord {
		return false
	}
	if s.toks[a].cap && !s.has(a, fWeekday|fMonth) || s.has(a, fAudience) {
		return true
	}
	switch lowerASCII(s.word(a)) {
	case "committee", "panel", "court", "judge", "jury", "parliament", "congress", "senate", "house", "council", "board", "cameras":
		return true
	}
	return false
}

// maxSpelledCount bounds the counts in words that daysFrom and agoAt
// read, as agoAt did when it was written ("six days ago"). Reading up to
// "hundred" as countedTime does added one statement on train that no
// annotation has ("..., the Post reported ten days ago." inside another
// source's content); it is left for a change measured on its own.
const maxSpelledCount = 6

// daysFrom reads a count of days before or after the day the story has
// reached at token i: "Two days earlier", "three days later", "two days
// before". It returns 0 when token i opens no such phrase.
func (s *sentence) daysFrom(i int) (int, when) {
	if i+2 >= len(s.toks) || !s.is(i+1, "days") || s.toks[i].k != kWord {
		return 0, when{}
	}
	n, ok := s.number(i)
	if !ok {
		if n = countValue(lowerASCII(s.word(i))); n < 2 || n > maxSpelledCount {
			return 0, when{} // "one day earlier" has no "days"
		}
	}
	switch {
	case s.is(i+2, "earlier") || s.is(i+2, "before") && !s.has(i+3, fDet):
		return 3, when{kind: wRelRef, rel: -n}
	case s.is(i+2, "later"):
		return 3, when{kind: wRelRef, rel: n}
	}
	return 0, when{}
}

// agoAt reads a count of units of time back from publication at token i,
// in the clause of a saying: "two days ago" a day, "three weeks ago" the
// week's month (as "last week"), "two months ago" a month, "five years
// ago" a year. It returns 0 when token i opens no such phrase.
func (s *sentence) agoAt(i int) (int, when) {
	if l := s.vagueAgo(i); l > 0 {
		return l, when{} // date_more.go: "years ago", "a few weeks ago": some time back, no date
	}
	if l, w := s.shortlyFrom(i); l > 0 {
		return l, w // date_more.go: "hours after the vote", "Minutes later,"
	}
	if i+2 >= len(s.toks) || !s.is(i+2, "ago") || s.toks[i].k != kWord {
		return 0, when{}
	}
	n, ok := s.number(i)
	if !ok {
		if n = countValue(lowerASCII(s.word(i))); n == 0 || n > maxSpelledCount {
			return 0, when{}
		}
	}
	switch lowerASCII(s.word(i + 1)) {
	case "day", "days":
		return 3, when{kind: wRelPub, rel: -n}
	case "week", "weeks":
		return 3, when{kind: wRelWeek, rel: -n}
	case "fortnight":
		return 3, when{kind: wRelWeek, rel: -2 * n} // "a fortnight ago": two weeks
	case "month", "months":
		return 3, when{kind: wRelMonth, rel: -n}
	case "year", "years":
		return 3, when{kind: wRelYear, rel: -n}
	}
	return 0, when{}
}

// cueJoined reports whether the cue at span c is a verb joined to the one
// before by "and" or "but" ("said Tuesday that ..., and added that ..."):
// it shares that verb's subject and its time. Not with an adverb of its
// own between ("and later told"): that tells another time.
func (s *sentence) cueJoined(c digest.Span) bool {
	for i := range s.toks {
		if s.toks[i].s == c[0] {
			if s.is(i-1, "also") {
				i--
			}
			return s.is(i-1, "and") || s.is(i-1, "but")
		}
	}
	return false
}

// agoAfterNoun reports whether the count back at token i follows a
// common noun, which it then dates ("the chief strategist for Romney's
// campaign four years ago"), rather than the saying ("said two days ago",
// "The department less than two weeks ago said").
func (s *sentence) agoAfterNoun(i int, cue digest.Span) bool {
	k := i - 1
	for k >= 0 && (s.is(k, "than") || s.is(k, "less") || s.is(k, "more") || s.is(k, "about") || s.is(k, "nearly") || s.is(k, "some") || s.is(k, "almost") || s.is(k, "just") || s.is(k, "only")) {
		k--
	}
	if k < 0 || s.toks[k].k != kWord || s.toks[k].cap || s.toks[k].s >= cue[0] && s.toks[k].e <= cue[1] {
		return false
	}
	w := lowerASCII(s.word(k))
	return s.toks[k].w.f&(fAux|fCue|fWeakCue|fCall|fAsk|fTell|fPart|fSub|fPrep|fPronoun|fObject|fAudience) == 0 && !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing")
}

// framesSaying reports whether the date phrase of l tokens at token j
// opens the sentence, set off by a comma before its subject, and so
// frames the whole sentence, the saying too: "In 2016, Park said the
// policy was lawful", or closes an opening phrase of the occasion ("At a
// rally in 2019, Park said", "Speaking to students in 2019, Park said").
// Not when the attribution is set off inside what was said ("In 2008,
// Trump said, the donation ..."): the phrase is then the content's.
func (s *sentence) framesSaying(j, l int, r *raw) bool {
	if j != 0 && !s.occasionOpener(j) || !s.punct(j+l, ",") || r.content[0] < r.cue[1] {
		return false
	}
	return !strings.Contains(s.x.t[r.cue[1]:r.content[0]], ",")
}

// maxOpener bounds the words of an opening phrase of the occasion before
// its date ("Speaking at a town hall meeting in Ohio in 2019,").
const maxOpener = 10

// occasionOpener reports whether tokens 0 to j-1 open the sentence with
// where or how the saying happened, so that a date closing the phrase is
// the saying's: "At a rally in 2019,", "During a visit to Kyiv in 2022,",
// "On the campaign trail in 2016,", "Speaking to students in 2019,",
// "Asked about the mine in 2021,". Not a phrase of another event's time
// ("After his defeat in 2019,", "In the years since 2016,") nor one with a
// clause of its own ("At a time when prices rose in 2022,").
func (s *sentence) occasionOpener(j int) bool {
	if j > maxOpener || s.toks[0].k != kWord {
		return false
	}
	switch w := lowerASCII(s.word(0)); w {
	case "at", "during", "in", "on":
	default:
		if !occasionParticiples[w] { // join_frame.go: "speaking", "asked", "reached"
			return false
		}
	}
	for k := 1; k < j; k++ {
		if s.toks[k].k != kWord {
			if s.punct(k, ",") {
				return false
			}
			continue
		}
		switch lowerASCII(s.word(k)) {
		case "after", "before", "since", "until", "ahead", "prior", "following", "when", "who", "which", "that", "where", "while":
			return false
		}
		if s.has(k, fCue|fWeakCue|fAux) {
			return false
		}
	}
	return true
}
