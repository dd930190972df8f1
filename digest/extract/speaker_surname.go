package extract

import (
	"strings"
	"unicode/utf8"
)

// Which word of a full name the news calls a person by again: the first
// of a name written family name first ("Li Wen ... Li said", "Park
// Min-jun"), which the index by last word does not know, and the one
// before a generational suffix ("Bernie Moreno Jr. ... Moreno said").

// surnameFirst returns the one person whose two-word name opens with w,
// when w may be a family name written first: no first name of the table
// (a lone "Donald" is left to the speaker's own resolution), no role,
// title, body or place word, and no one's last word. It returns -1
// otherwise, or when two people's names open with w.
func (es *entities) surnameFirst(w string) int {
	if len(w) < 2 {
		return -1
	}
	// the one two-word name first: most words have none, and the tests
	// of the word below cost more than this scan
	found := -1
	for id := range es.list {
		if e := &es.list[id]; len(e.words) == 2 && e.words[0] == w {
			if found >= 0 {
				return -1
			}
			found = id
		}
	}
	if found < 0 || knownFirstName(w) || len(es.byLast[w]) > 0 || isPlace(w) {
		return -1
	}
	var buf [64]byte
	if look(w, &buf).f&(fRole|fHon|fOrgHead|fStarter|fWeekday|fMonth|fPrep|fDet|fSub|fPronoun) != 0 {
		return -1
	}
	return found
}

// surnameOf returns the word a name is indexed by: its last, or the one
// before a generational suffix ("Bernie Moreno Jr." is called "Moreno").
func surnameOf(words []string) string {
	n := len(words)
	if n >= 3 && generational(words[n-1]) {
		return words[n-2]
	}
	return words[n-1]
}

// generational reports whether w is a generational suffix of a name.
func generational(w string) bool {
	switch w {
	case "Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV":
		return true
	}
	return false
}

// sameSuffix reports whether two names of one first name and surname end
// alike: "Donald Trump Jr." is not Donald Trump.
func sameSuffix(a, b []string) bool {
	return (surnameOf(a) != a[len(a)-1]) == (surnameOf(b) != b[len(b)-1])
}

// firstWithSuffix returns the one person a first name and a generational
// suffix stand for ("Donald Jr." after "Donald Trump Jr."), or -1.
func (es *entities) firstWithSuffix(words []string) int {
	if len(words) != 2 || !generational(words[1]) {
		return -1
	}
	found := -1
	for id, e := range es.list {
		if len(e.words) >= 3 && e.words[0] == words[0] && e.words[len(e.words)-1] == words[1] {
			if found >= 0 {
				return -1
			}
			found = id
		}
	}
	return found
}

// capsSurname returns the surname as the clipping writes it of an all-caps
// word that matches one known surname but for case ("WHITFIELD" for Dana
// Whitfield, "MCCAIN" for McCain), or "".
func (es *entities) capsSurname(w string) string {
	if !allCaps(w) || strings.ContainsRune(w, ' ') || utf8.RuneCountInString(w) < 3 {
		return ""
	}
	found := ""
	for last := range es.byLast {
		if last != w && strings.EqualFold(last, w) {
			if found != "" {
				return ""
			}
			found = last
		}
	}
	return found
}
