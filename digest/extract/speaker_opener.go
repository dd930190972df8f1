// A speaker phrase read from a sentence's first words may keep the
// conjunction that opens the sentence: "When Fiorina a month later
// announced ...", "While Trump praised ...", or another word the sentence
// capitalised ("Even Republicans who ... warned"). A conjunction is never
// part of a name, and a digest line "When Lee: 300 layoffs" names no one.

package extract

import "strings"

// stripOpener returns r with a capitalised conjunction opening its
// speaker string cut off when more words follow ("When Lee" → "Lee", or
// the fuller name the clipping gives, "Ann Lee"), and whether it cut one.
func (x *extractor) stripOpener(r resolved) (resolved, bool) {
	first, rest, ok := strings.Cut(r.name, " ")

	if !ok || rest == "" || !startsUpper(first) {
		return r, false
	}
	var buf [64]byte
	next, _, _ := strings.Cut(rest, " ")
	f := look(first, &buf).f
	if (f&fSub == 0 || len(first) > 8) && (f&(fRole|fOrgHead|fMedia|fHon|fMod|fNumber|fQuant|fDet) != 0 || !weakOpening(first, next) && !x.ents.sentenceAdverb(x.t, first, next)) && !timeOpener(first, next) || strings.EqualFold(first, "that") {
		return r, false // "Even Republicans", "Perhaps Comey": words that open a sentence (entity_opening.go)
	}
	var wb [8]string
	if id := x.ents.find(fieldsInto(&wb, rest)); id >= 0 {
		e := x.ents.list[id]
		return resolved{name: canonicalName(e.name, e.sex, x.famous), title: e.title, sex: e.sex, ent: id + 1, date: r.date, own: r.own, unsure: r.unsure}, true
	}
	r.name = rest
	return r, true
}

// timeOpener reports whether first, capitalised at a sentence's start, is
// an adverb of time that stands before the clause's subject ("Then Rubin
// said", "Now Lee says", verbAdverb's words, or "Yesterday Lee said", a
// day named from the clipping's) and next is a name: an adverb names no
// one. A first name spelt the same ("Soon", "Just") stays, and so
// does "then" before a title, which dates the title ("Then Secretary of
// State Clinton", lexicon.go's fMod).
func timeOpener(first, next string) bool {
	var buf [64]byte
	var lb [32]byte
	low := toLowerInto(&lb, first) // strings.ToLower(first), on the stack when ASCII: asked of every capitalised opener
	return (verbAdverb(string(low)) || look(string(low), &buf).f&fRelDay != 0) && !knownFirstName(first) && look(next, &buf).f&(fRole|fMod|fOrgHead|fHon|fAbbr|fMedia) == 0
}
