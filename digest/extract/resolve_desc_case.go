package extract

import "strings"

// spelledLower reports whether a description writes in lower case the
// words a capitalised run before its head noun gives: "the coast guard"
// after a headline or a sentence that opens "Coast guard ..." is the same
// common noun phrase, its capital the opener's and no name's; "the Danish
// coast guard" or "the Clinton campaign" after "Clinton campaign" keep
// theirs, as the description does not spell "clinton".
func spelledLower(phrase, name string) bool {
	words := strings.Fields(phrase)
	names := strings.Fields(name)
	if len(names) == 0 || len(words) < len(names)+1 {
		return false
	}
	before := words[len(words)-1-len(names) : len(words)-1]
	for i, w := range names {
		if before[i] == w || strings.ToLower(w) != before[i] {
			return false
		}
	}
	return true
}
