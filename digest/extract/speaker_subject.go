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
// by the last word of their name alone at a sentence's head, nor followed
// by ", who".

// surnameSubject reports whether entity id has a name of two words or more
// whose last word alone opens a sentence of t before a lower-case word,
// or stands anywhere before ", who".
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
	for _, pos := range e.mentions {
		if strings.HasPrefix(t[pos:], last+", who ") {
			return true // "Medvedev, who lost the final, ...": who is said of people
		}
	}
	return false
}

// opensSentence reports whether the name at pos opens the sentence that
// starts at start, after a wire's dateline and nothing but capitalised
// words (a title: "City
// planner Daniel Ortiz" does not, "Planning Director Daniel Ortiz" does):
// the subject, not an object or a name after a preposition ("a deal with
// Compaq Computer ... she").
func opensSentence(t string, start, pos int) bool {
	if start < 0 || pos < start || pos-start > 80 {
		return false
	}
	prefix := t[start:pos]
	prefix = prefix[datelineLen(prefix):]
	for w := range strings.FieldsSeq(prefix) {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || strings.ContainsAny(w, ",;:") {
			return false
		}
	}
	return true
}

// datelineLen returns the length of a wire's dateline opening s, the
// writer's and not the sentence's ("MELBOURNE, Australia (AP) — "): a
// first word in capitals and a dash within eight words; 0 when there is
// none.
func datelineLen(s string) int {
	if first, _, _ := strings.Cut(s, " "); len(first) < 3 || !allCaps(first) {
		return 0
	}
	for _, dash := range []string{" — ", " – ", " - "} {
		if k := strings.Index(s, dash); k > 0 && strings.Count(s[:k], " ") < 8 {
			return k + len(dash)
		}
	}
	return 0
}
