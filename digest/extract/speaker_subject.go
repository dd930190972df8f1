package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A full name the first-name table does not know ("Jannik Moser") is
// still a person's when the clipping opens a sentence with the surname
// alone and a verb ("Moser smiled."): bodies and places are seldom called
// by the last word of their name alone at a sentence's head.

// surnameSubject reports whether entity id has a name of two words or more
// whose last word alone opens a sentence of t before a lower-case word.
func (es *entities) surnameSubject(t string, id int) bool {
	e := &es.list[id]
	if len(e.words) < 2 || isPlace(e.name) {
		return false
	}
	last := surnameOf(e.words)
	for _, pos := range e.mentions {
		if _, found := slices.BinarySearch(es.sents, pos); !found || !strings.HasPrefix(t[pos:], last+" ") {
			continue
		}
		r, _ := utf8.DecodeRuneInString(t[pos+len(last)+1:])
		if unicode.IsLower(r) {
			return true
		}
	}
	return false
}
