// Words a sentence capitalises only because they open it ("Six Trump
// supporters", "Perhaps Comey", "Even Republicans"), which entities.go
// keeps out of the name that follows, and speaker_opener.go out of a
// speaker phrase.

package extract

import (
	"bytes"
	"slices"
	"strings"
)

// sentenceFirst reports whether token i opens a sentence of the block
// whose later sentences start at ends (entities.collect's ends, in
// ascending order).
func sentenceFirst(toks []token, ends []int, i int) bool {
	if _, found := slices.BinarySearch(ends, i); i == 0 || found { // ends ascend: a long paragraph has thousands
		return true
	}
	// after an opening quote mark: “Maybe Trump ...
	return i == 1 && toks[0].k != kWord
}

// openingWord reports whether w, capitalised at the start of a sentence
// before the name word next, is a word that sentence capitalised and no
// part of the name: a function word the lexicon knows (a number, a
// preposition, a subordinator, a day named from today: "Six Trump
// supporters", "Among Democrats", "Whether Cruz ...", "Yesterday Lee
// said"); a preposition the lexicon has no class for before an owner
// ("Outside Carrier's plant"); or weakOpening's words before a person or
// a party's members.
func openingWord(w, next string, f flag) bool {
	if knownFirstName(w) || f&(fRole|fOrgHead|fMedia|fHon|fMod) != 0 {
		return false
	}
	if f&(fNumber|fPrep|fSub|fNeg|fQuant|fDet|fAux|fClauseEnd|fStarter|fRelDay) != 0 {
		return true
	}
	if possessive(next) {
		var lb [32]byte
		if lw := lowerBytes(&lb, w); openingPreps[string(lw)] || openers[string(lw)] { // no copy: asked before many a name
			return true // "Outside Carrier's plant, ...": the preposition governs the owner's noun phrase
		}
	}
	return weakOpening(w, next)
}

// sentenceAdverb reports whether w, capitalised at a sentence's start
// before a name, is an interjection or an adverb in -ly of seven letters
// or more that t also writes in lower case: "Accordingly Turkey said",
// "Ah Bartleby" name no one called Accordingly or Ah. The lower-case use
// keeps names in -ly ("Anatoly Antonov", a column called "Technically
// Literate"); -erly names stay too ("Kimberly", "Beverly"), and so does
// a Korean family name before its given name ("Oh Se-hoon"). Whether t
// writes a word in lower case is looked up in t once a word and kept
// (es.lowerUse): every sentence and every speaker may ask again.
func (es *entities) sentenceAdverb(t, w, next string) bool {
	if givenHyphenated(next) {
		return false
	}
	var lb [32]byte
	b := lowerBytes(&lb, w) // no copy: this is asked at every sentence's opening and for every speaker
	if interjections[string(b)] {
		return true
	}
	if len(b) < 7 || !bytes.HasSuffix(b, []byte("ly")) || bytes.HasSuffix(b, []byte("erly")) {
		return false
	}
	used, ok := es.lowerUse[string(b)]
	if !ok {
		if es.lowerUse == nil {
			es.lowerUse = map[string]bool{}
		}
		lw := string(b)
		used = wordAt(t, lw, nil) >= 0
		es.lowerUse[lw] = used
	}
	return used
}

// interjections open a sentence before a name they address or exclaim at.
var interjections = wordSet("ah oh alas yes well hey")

// weakOpening reports whether w, capitalised before next at the start of
// a sentence, is a word the train articles mostly write in lower case
// before a name (introducer: "Maybe Trump", "Even Republicans"), an
// adverb in -ly ("Shortly"), a verb in -ing before its object
// ("Entrusting Donald Trump with ...") or a sentence adverb or
// preposition (openers: "Perhaps Comey"), and next is a first name, a
// surname the train articles know or a party's members. A known first
// name stays ("Frank Luntz"), and so does a word before a name the
// articles do not know ("Ban Ki-moon", "Black Lives Matter", "Founding
// Fathers").
func weakOpening(w, next string) bool {
	next = stripPossessive(next)
	if knownFirstName(w) || partyLabel(w) || !knownFirstName(next) && len(known.bySurname[next]) == 0 && !partyLabel(strings.TrimSuffix(next, "s")) {
		return false
	}
	var lb [32]byte
	lw := toLowerInto(&lb, w) // strings.ToLower(w), on the stack when ASCII
	return introducers[string(lw)] || openers[string(lw)] || len(lw) >= 6 && (bytes.HasSuffix(lw, []byte("ly")) || bytes.HasSuffix(lw, []byte("ing")))
}

// openers are sentence adverbs and prepositions the lexicon has no class
// for, which open a sentence before a name: "Perhaps Comey ...", "Plus
// Democrats are ...", "Outside Carrier's plant ...".
var openers = wordSet("perhaps maybe plus given outside alongside beyond absent besides")
