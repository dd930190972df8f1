package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// recentSubject returns, among namesakes ids, the one named last as a
// subject before pos in the block of pos or the one before it: "Patricia Smith, mother of Benghazi victim Sean
// Smith, rejected ..." then "Smith said" is Patricia, not Sean, whose name
// hangs on "of". Falls back to the one named last at all in this block or
// the one before (recent), or -1.
func (es *entities) recentSubject(t string, ids []int, pos int) int {
	b := es.blockOf(pos)
	for i := es.from(pos) - 1; i >= 0; i-- {
		m := es.order[i]
		if es.blockOf(m.pos) < b-1 {
			break
		}
		if slices.Contains(ids, m.id) && !dependentName(t, m.pos) && es.namelike(m.id) {
			return m.id
		}
	}
	return es.recent(ids, pos)
}

// dependentName reports whether the name at pos hangs on a preposition:
// one of the four words before it, with no punctuation, verb or
// auxiliary between ("mother of Benghazi victim Sean Smith").
func dependentName(t string, pos int) bool {
	var buf [64]byte
	s := t[max(0, pos-80):pos]
	for n := 0; n < 4; n++ {
		s = strings.TrimRight(s, " ")
		if s == "" {
			return false
		}
		if r, _ := utf8.DecodeLastRuneInString(s); !unicode.IsLetter(r) && r != '.' {
			return false // a comma, a quote, a dash: the name opens its phrase
		}
		i := strings.LastIndexAny(s, " \n\t")
		w := s[i+1:]
		s = s[:i+1]
		lw := strings.ToLower(w)
		if lw == "of" || lw == "for" || lw == "by" || lw == "with" || lw == "to" || look(lw, &buf).f&fPrep != 0 {
			return true
		}
		if look(lw, &buf).f&(fCue|fWeakCue|fAux|fSub|fPassive|fNeg) != 0 || strings.HasSuffix(lw, "ed") {
			return false // "said Sean Smith", "was Sean Smith"
		}
	}
	return false
}

// namelike reports whether an entity's name opens with a first name or a
// word the lexicon does not know ("Top Clinton" is a misread title).
func (es *entities) namelike(id int) bool {
	w := es.list[id].words
	var buf [64]byte
	return len(w) < 2 || knownFirstName(w[0]) || look(w[0], &buf).f == 0
}
