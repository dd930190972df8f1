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

// sameSurnameSpoke returns, among namesakes ids, the one that the bare
// surname w named in the latest statement before pos resolved in res, or
// -1 (res is whole when an event's speaker is read, date.go). A
// writer keeps a bare surname for one person: "Smith said" paragraphs
// after the mother last spoke as "Smith" is still the mother, however
// often her son's name came up; "Ebeling said" stays the friend the story
// follows when her husband was last called "Tom".
func (x *extractor) sameSurnameSpoke(res []resolved, ids []int, w string, pos int) int {
	for k := min(len(res), len(x.raws)) - 1; k >= 0; k-- {
		sp := &x.raws[k].speaker
		if e := res[k].ent - 1; e >= 0 && sp.span[0] < pos && slices.Contains(ids, e) && x.ents.namelike(e) && sp.kind == mName && len(sp.words) == 1 && sp.words[0] == w {
			return e
		}
	}
	return -1
}

// dropCommonOpeners returns ids without the entities whose name opens
// with a common word (commonOpener), unless that would leave none. It
// filters ids in place.
func (es *entities) dropCommonOpeners(t string, ids []int) []int {
	kept := ids[:0:len(ids)]
	for _, id := range ids {
		if !es.commonOpener(t, id) {
			kept = append(kept, id)
		}
	}
	if len(kept) == 0 {
		return ids
	}
	return kept
}

// commonOpener reports whether the name of entity id opens with a word
// that is no first name the table knows, that t also writes in lower
// case, and that t capitalises only where a sentence or a bracket opens:
// "(See Sexton’s full timeline below.)" and "Even Rendell said" name no
// one called See or Even, while "Former President Bill Clinton" keeps
// Bill a name whatever "the bill" says. t is the whole clipping, and the
// answer, which depends on the first word alone, is kept for it
// (es.openerUse): two thirds of the calls on PolNeAR train ask again of a
// first word asked before, each a search through the text.
func (es *entities) commonOpener(t string, id int) bool {
	w := es.list[id].words
	if len(w) < 2 {
		return false
	}
	if used, ok := es.openerUse[w[0]]; ok {
		return used
	}
	used := openerWord(t, w[0])
	if es.openerUse == nil {
		es.openerUse = map[string]bool{}
	}
	es.openerUse[w[0]] = used
	return used
}

// openerWord is commonOpener for a name's first word w.
func openerWord(t, w string) bool {
	if knownFirstName(w) {
		return false
	}
	lw := lowerASCII(w)
	if lw == w || wordAt(t, lw, nil) < 0 {
		return false
	}
	return wordAt(t, w, midSentence) < 0
}

// wordAt returns the index of the first whole-word w in t for which ok
// (nil: any) holds, or -1.
func wordAt(t, w string, ok func(t string, i int) bool) int {
	for at := 0; ; {
		i := strings.Index(t[at:], w)
		if i < 0 {
			return -1
		}
		i += at
		before, _ := utf8.DecodeLastRuneInString(t[:i])
		after, _ := utf8.DecodeRuneInString(t[i+len(w):])
		if !unicode.IsLetter(before) && !unicode.IsLetter(after) && (ok == nil || ok(t, i)) {
			return i
		}
		at = i + 1
	}
}

// midSentence reports whether the word at i follows a word, a figure, a
// comma or a semicolon in its sentence, or a quotation that a comma, a
// question mark or an exclamation mark closes ("“We won,” Bill Clinton
// said"); not a sentence's end, a bracket, an opening quote mark or a
// line's start.
func midSentence(t string, i int) bool {
	s := strings.TrimRight(t[:i], " \t")
	r, n := utf8.DecodeLastRuneInString(s)
	if r == '”' || r == '’' || r == '"' || r == '\'' {
		p, _ := utf8.DecodeLastRuneInString(s[:len(s)-n])
		return p == ',' || p == '?' || p == '!'
	}
	return s != "" && (unicode.IsLetter(r) || unicode.IsDigit(r) || r == ',' || r == ';')
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
