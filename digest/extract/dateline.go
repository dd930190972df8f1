// What stands before a sentence's own words and is no part of its
// subject: a wire dateline ("WASHINGTON (AP) — ", "ORLANDO, Fla.
// (Reuters) - ") or a live blog's time stamp ("9:12 p.m. ET — ",
// "10:42: "). subject.go reads the subject after it, attrib.go starts
// reading after a time stamp, and emit.go, learn.go and patterns.go keep
// it out of what was said.

package extract

// datelineEnd returns the first token after a wire dateline opening the
// sentence ("WASHINGTON (AP) — ", "ORLANDO, Fla. (Reuters) - ") or a live
// blog's time stamp ("9:12 p.m. ET — "): a word in capitals, or a clock
// time, then a dash within a few tokens, or a little further after the
// wire's name ("BOSTON, Mass., Dec. 11 (UPI) — "); 0 when there is none.
func (s *sentence) datelineEnd() int {
	if len(s.toks) < 3 {
		return 0
	}
	if d := s.clockStampEnd(); d > 0 {
		return d
	}
	for i := 0; i <= 3 && i+3 < len(s.toks); i++ {
		if s.punct(i, "(") && s.punct(i+2, ")") && (s.punct(i+3, "—") || s.punct(i+3, "–") || s.punct(i+3, "-")) && (i == 0 || s.toks[0].cap) {
			return i + 4 // "(Reuters) - ", after a city the splitter cut off; "Washington (AFP) – "
		}
	}
	if s.toks[0].k != kWord {
		return 0
	}
	w := s.word(0)
	if !noLower(w) || !s.toks[0].cap || len(w) < 3 && !(len(s.toks) > 1 && s.toks[1].k == kWord && len(s.word(1)) >= 3 && noLower(s.word(1))) {
		return 0 // "LA CROSSE, Wisc. — ": two words in capitals
	}
	for i := 1; i < len(s.toks) && i <= 13; i++ {
		if s.punct(i, "—") || s.punct(i, "–") || s.punct(i, "-") {
			if i > 8 && !(s.punct(i-1, ")") && s.punct(i-3, "(") && s.toks[i-2].k == kWord && s.toks[i-2].cap) {
				return 0 // far from the first word, only a wire's "(UPI) —" ends a dateline
			}
			return i + 1
		}
		if s.toks[i].k == kQuote || s.toks[i].k == kStop && s.toks[i-1].e != s.toks[i].s {
			return 0
		}
	}
	return 0
}

// clockStampEnd returns the first token after a clock time and a dash
// or a colon opening the sentence ("9:12 p.m. — ", "14:05 GMT - ", "2:15pm
// — ", "10:42: "), as live blogs stamp each entry, or with no dash before
// a capitalised word when the time opens its paragraph ("12:42 Shadow
// chancellor ..."); 0 when there is none.
// Only "a.m."/"p.m." and a zone in capitals may stand between the time
// and the dash.
func (s *sentence) clockStampEnd() int {
	if !s.clockDigits(0) || !s.punct(1, ":") || !s.clockDigits(2) {
		return 0
	}
	for i := 3; i < len(s.toks) && i <= 5; i++ {
		if s.dash(i) || s.punct(i, ":") && i+1 < len(s.toks) && s.toks[i+1].k != kQuote {
			return i + 1 // "9:12 p.m. — ", "10:42: " (a colon before a quotation leads it in: colon())
		}
		if s.toks[i].k == kWord && s.toks[i].cap && !noLower(s.word(i)) && s.x.startsBlock(s.toks[0].s) {
			return i // "12:42 Shadow chancellor Ben Hart responded, ...": a paragraph's stamp with no dash, then its first word
		}
		if s.toks[i].k != kWord || !(s.is(i, "a.m.") || s.is(i, "p.m.") || s.is(i, "am") || s.is(i, "pm") || noLower(s.word(i))) {
			return 0
		}
	}
	return 0
}

// clockDigits reports whether token i is a clock's hours or minutes: one
// or two digits, the minutes perhaps with "am"/"pm" joined ("15pm").
func (s *sentence) clockDigits(i int) bool {
	if i >= len(s.toks) || s.toks[i].k != kWord {
		return false
	}
	w := s.word(i)
	n := 0
	for n < len(w) && isDigit(w[n]) {
		n++
	}
	if n < 1 || n > 2 {
		return false
	}
	rest := w[n:]
	return rest == "" || i > 0 && (equalFold(rest, "am") || equalFold(rest, "pm"))
}
