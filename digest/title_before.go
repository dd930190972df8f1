package digest

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// titleBefore reports whether a speaker's title reads before the name,
// as a title of address the clipping wrote there: every word capitalised
// ("Senator", "Judge", "Health Secretary", "U.S. District Judge"), at most
// four words, no link word ("of", "and", "for") and no possessive. News
// style writes a role after a name in lower case ("Tom Ellis, the health
// secretary"), so "Tom Ellis, Health Secretary, said" is a title taken
// from before the name, and the line gives it back its place: "Health
// Secretary Tom Ellis said". A role with the body it serves ("CEO of
// Acme Robotics", "Chairman and CEO") stays after the name.
func titleBefore(title string) bool {
	words := strings.Fields(title)
	if len(words) == 0 || len(words) > 4 {
		return false
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || strings.ContainsAny(w, ",;:’'\"()") {
			return false
		}
		switch strings.ToLower(w) {
		case "of", "and", "for", "at", "the", "former":
			return false
		}
	}
	return true
}
