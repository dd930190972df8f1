// A stretch of time counted back or on, between a subject and its verb of
// speech: "The department less than two weeks ago said ...", "When the
// chief a month later announced ...", "Surveys late last week indicated
// ...". The phrase tells when; it never speaks, and the subject is the
// noun phrase before it.

package extract

// countedTime returns where the time phrase that ends at token k starts,
// or -1 when none does: a count of a unit of time with "ago", "later" or
// "earlier" after it ("two weeks ago", "a month later", "less than three
// years earlier"), or "late" / "early" before a date phrase ("late last
// week").
func (s *sentence) countedTime(k int) int {
	if (s.is(k, "late") || s.is(k, "early")) && k-1 > s.from {
		if l, _ := s.dateAt(k + 1); l > 0 {
			return k // the date phrase after it was read as such before
		}
	}
	if s.timeNoun(k) && (s.is(k+1, "later") || s.is(k+1, "earlier")) {
		k++ // read as adverbs before the verb already: "a month later announced"
	}
	if !(s.is(k, "ago") || s.is(k, "later") || s.is(k, "earlier")) || !s.timeNoun(k-1) || s.is(k-1, "ago") || s.is(k-1, "later") {
		return -1
	}
	c := k - 2 // the count: "two", "13", "a", "several"
	if c <= s.from || s.toks[c].k != kWord || s.toks[c].cap {
		return -1
	}
	if _, ok := s.number(c); !ok && !countWord(lowerASCII(s.word(c))) && s.toks[c].w.f&fQuant == 0 {
		return -1
	}
	if s.is(c-1, "than") && (s.is(c-2, "less") || s.is(c-2, "more")) {
		c -= 2 // "less than two weeks ago"
	} else if s.is(c-1, "about") || s.is(c-1, "nearly") || s.is(c-1, "only") || s.is(c-1, "just") {
		c--
	}
	if c-1 <= s.from {
		return -1 // nothing before the phrase to speak
	}
	return c
}

// countWord reports whether lower-case w counts a unit of time in words.
func countWord(w string) bool {
	return countValue(w) > 0
}

// countValue returns the count of units of time lower-case w spells ("a",
// "an" and "one" are 1, "dozen" 12), or 0: countedTime, daysFrom and
// agoAt (date_event.go) read it.
func countValue(w string) int {
	switch w {
	case "a", "an", "one":
		return 1
	case "two":
		return 2
	case "three":
		return 3
	case "four":
		return 4
	case "five":
		return 5
	case "six":
		return 6
	case "seven":
		return 7
	case "eight":
		return 8
	case "nine":
		return 9
	case "ten":
		return 10
	case "eleven":
		return 11
	case "twelve", "dozen":
		return 12
	case "twenty":
		return 20
	case "thirty":
		return 30
	case "fifty":
		return 50
	case "hundred":
		return 100
	}
	return 0
}
