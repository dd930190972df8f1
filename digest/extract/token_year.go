package extract

import "unicode/utf8"

// An apostrophe before two digits stands for the century left out of a
// year ("in ‘08", "the '90s", "‘16 And President"): it is part of the word,
// not a quotation mark, whichever of ' ‘ ’ was printed.

// elidedYearAt returns the end of the word when the mark r of width n at
// i opens an elided year: two digits follow it, then no further digit or
// letter but a plural "s" ("’90s"). It returns 0 otherwise.
func elidedYearAt(t string, i, end int, r rune, n int) int {
	if r != '\'' && r != '‘' && r != '’' {
		return 0
	}
	if i > 0 {
		if b, _ := utf8.DecodeLastRuneInString(t[:i]); isLetter(b) {
			return 0 // "Jones’08" is no year
		}
	}
	d := i + n
	if d+2 > end || !isDigit(t[d]) || !isDigit(t[d+1]) {
		return 0
	}
	j := d + 2
	if j < end && t[j] == 's' {
		j++
	}
	if j < end {
		if r2, _ := runeAt(t, j); isLetter(r2) {
			return 0
		}
	}
	return j
}
