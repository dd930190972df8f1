package extract

import (
	"strings"
	"unicode/utf8"
)

// canonicalName returns the form of a person's name a clipping's statements
// carry: words that only introduce the name dropped ("Democrat Hillary
// Clinton", "Neither Donald J. Trump", "Sens. Jon Tester"), and middle
// initials dropped ("Loretta E. Lynch" is "Loretta Lynch"), so that one
// person has one name across outlets that do and do not write initials.
func canonicalName(name string) string {
	words := strings.Fields(name)
	if len(words) < 2 {
		return name
	}
	changed := false
	var buf [64]byte
	for len(words) >= 2 {
		w := words[0]
		if knownFirstName(w) {
			break
		}
		f := look(w, &buf).f
		abbrev := strings.HasSuffix(w, ".") && utf8.RuneCountInString(w) > 2 && len(words) >= 3
		function := f&(fAux|fDet|fPrep|fSub|fNeg|fCue|fWeakCue|fStarter|fQuant|fRelative) != 0
		// an introducing word before a known first name: "Rival Hillary Clinton"
		before := len(words) >= 3 && knownFirstName(words[1])
		if !abbrev && !function && !before {
			break
		}
		words = words[1:]
		changed = true
	}
	if len(words) >= 3 && !isInitial(words[0]) {
		kept := words[:1]
		for _, w := range words[1 : len(words)-1] {
			if isInitial(w) {
				changed = true
				continue
			}
			kept = append(kept, w)
		}
		words = append(kept, words[len(words)-1])
	}
	if !changed {
		return name
	}
	return strings.Join(words, " ")
}

// isInitial reports whether w is one letter and a dot: "E.".
func isInitial(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	return n > 0 && len(w) == n+1 && w[n] == '.' && r != '.'
}
