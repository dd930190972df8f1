package extract

import "unicode/utf8"

// A plural or a name ending in s takes its possessive as a bare apostrophe
// ("Fox News’ On the Record", "the Joneses’ lawyer", "the players' union").
// Outside a headline, single quotation marks are no quotation marks at all
// (token.go), so such an apostrophe only splits the word from what it owns.

// possessiveS returns the end of the word t[i:j] with the apostrophe after
// its final s when one follows, with a space and a letter or digit after
// it: "News’ On". Else it returns j.
func possessiveS(t string, i, j, end int) int {
	if j-i < 2 || j >= end || t[j-1] != 's' && t[j-1] != 'S' {
		return j
	}
	r, n := utf8.DecodeRuneInString(t[j:end])
	if r != '’' && r != '\'' || j+n+1 >= end || t[j+n] != ' ' {
		return j
	}
	after, _ := utf8.DecodeRuneInString(t[j+n+1 : end])
	if !isLetter(after) { // a digit too: isLetter holds them
		return j
	}
	return j + n
}
