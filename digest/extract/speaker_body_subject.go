package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// "Orbis rejected the charges. “...,” the company said in a statement":
// a definite description of a body ("the company", "the bank") that the
// clipping never wrote with a name stands for the body its paragraph's
// last sentence opened with as subject.

// firmHeads are the heads of a description of a business.
var firmHeads = map[string]bool{"company": true, "firm": true, "corporation": true, "bank": true, "group": true}

// measureWords are the quantities a business report opens sentences with
// ("Sales fell", "Revenue rose", "Shares slid"): never the company's name.
var measureWords = wordSet(`sales revenue revenues profit profits earnings income shares
	stock stocks prices price costs cost spending output production exports imports
	orders deliveries demand supply losses loss margins margin growth inflation
	unemployment wages dividends bookings traffic volumes volume turnover`)

// unknownWords reports whether every word of name is unknown to the
// lexicon and holds no apostrophe: a name, not "Late" or "That’s".
func unknownWords(name string) bool {
	var buf [64]byte
	for w := range strings.FieldsSeq(name) {
		if strings.ContainsAny(w, "'’") || look(w, &buf).f != 0 {
			return false
		}
	}
	return true
}

// subjectBody returns the name that opens, as a subject before a
// lower-case verb, the nearest earlier sentence of the paragraph of m when
// m is "the" and a body's head ("the company"), and that name is neither
// a person's nor a place's; "" otherwise.
func (x *extractor) subjectBody(m mention, head string) string {
	if !firmHeads[head] {
		return ""
	}
	es := &x.ents
	b := es.blockOf(m.span[0])
	i, _ := slices.BinarySearch(es.sents, m.span[0])
	for i--; i >= 0 && es.blockOf(es.sents[i]) == b; i-- {
		pos := es.sents[i]
		if pos >= m.span[0] {
			continue
		}
		pos += datelineLen(x.t[pos:m.span[0]]) // "NEW YORK (Reuters) — Acme Corp ..."
		name := capsAfter(" " + x.t[pos:min(len(x.t), pos+200)])
		if name == "" || strings.ContainsAny(name, "“\"") {
			continue
		}
		rest := x.t[pos+len(name):]
		if strings.HasPrefix(rest, ". ") && firmSuffix(name[strings.LastIndexByte(name, ' ')+1:]) {
			name, rest = name+".", rest[1:] // "Acme Corp. cut 500 jobs": the abbreviation's dot ends no sentence
		}
		if of, ok := strings.CutPrefix(rest, " of "); ok && wordCount(name) == 1 {
			// "Shares of Orbis fell ... after the company said": the
			// business the subject's noun belongs to
			name, rest = capsAfter(" "+of), ""
			if name == "" {
				continue
			}
			rest = " " + strings.TrimPrefix(of[len(name):], " ")
		}
		if measureWords[strings.ToLower(name)] {
			continue // "Revenue rose 5 percent, the company said": what is measured, not who
		}
		r, _ := utf8.DecodeRuneInString(strings.TrimPrefix(rest, " "))
		if !strings.HasPrefix(rest, " ") || !unicode.IsLower(r) || prepNext(rest) {
			continue // "Orbis rejected": a verb follows its subject, not "of" ("Talks with the union")
		}
		if es.find(strings.Fields(name)) >= 0 && !firmName(name) || isPlace(name) || !unknownWords(name) && !firmName(name) {
			return "" // a person, a place or a word of the language ("Just", "Workers") is no company; "Acme Corp." is one
		}
		if !strings.Contains(name, " ") && commonWordOpens(name, rest) && !x.capitalisedElsewhere(name, pos) {
			return "" // "Rates will rise, the bank said": a word capitalised only because it opens the sentence
		}
		return name
	}
	return ""
}

// commonWordOpens reports whether the one word name that opens a sentence,
// with rest after it, reads as a common noun: a plural ("Rates will
// rise"), or a modifier of the noun after it that an auxiliary follows
// ("Interest rates will rise").
func commonWordOpens(name, rest string) bool {
	if sForm(strings.ToLower(name)) && len(name) > 3 {
		return true
	}
	w0, r, _ := strings.Cut(strings.TrimPrefix(rest, " "), " ")
	w1, _, _ := strings.Cut(r, " ")
	var buf [64]byte
	return w1 != "" && look(w1, &buf).f&fAux != 0 && look(w0, &buf).f&fAux == 0
}

// capitalisedElsewhere reports whether the word name stands in the
// clipping, apart from at pos, where no sentence opens (after a lower-case
// word or a comma): written with a capital there, it is a name. The
// places are read once a clipping for each word (x.midCaps): every
// sentence opening with the word asks, and a scan of the text each time
// made a long clipping of them quadratic.
func (x *extractor) capitalisedElsewhere(name string, pos int) bool {
	at, ok := x.midCaps[name]
	if !ok {
		at = midSentenceCaps(x.t, name)
		if x.midCaps == nil {
			x.midCaps = capPlaces{}
		}
		x.midCaps[name] = at
	}
	return at[0] >= 0 && at[0] != pos || at[1] >= 0
}

// capPlaces holds midSentenceCaps' answer for each word asked.
type capPlaces map[string][2]int

// midSentenceCaps returns the first two offsets where the word name stands
// in t after a lower-case word or a comma, -1 for each there is not.
func midSentenceCaps(t, name string) [2]int {
	at, n := [2]int{-1, -1}, 0
	for i := 0; i < len(t) && n < len(at); {
		k := strings.Index(t[i:], name)
		if k < 0 {
			break
		}
		k += i
		i = k + len(name)
		if i < len(t) && isLetterByte(t[i]) || k < 2 || t[k-1] != ' ' {
			continue
		}
		if c := t[k-2]; c >= 'a' && c <= 'z' || c == ',' {
			at[n] = k
			n++
		}
	}
	return at
}

// prepNext reports whether rest, after a space, opens with a preposition
// or "of": the capitalised word before it heads a longer noun phrase
// ("Shares of Acme", "Talks with the union") and is no body's name.
func prepNext(rest string) bool {
	w, _, _ := strings.Cut(strings.TrimPrefix(rest, " "), " ")
	var buf [64]byte
	return w == "of" || look(w, &buf).f&fPrep != 0
}

// firmName reports whether name is a business's by its last word, after a
// first word the lexicon does not know: "Acme Corp", "Orbis Group".
func firmName(name string) bool {
	words := strings.Fields(name)
	if len(words) < 2 || strings.ContainsAny(name, "'’") {
		return false
	}
	var buf [64]byte
	if look(words[0], &buf).f != 0 {
		return false
	}
	last := strings.TrimSuffix(words[len(words)-1], ".")
	return look(last, &buf).f&fOrgHead != 0 || firmSuffix(last)
}

// firmSuffix reports whether w is the abbreviation that ends a business's
// name, with or without its dot: "Inc", "Corp.", "Ltd".
func firmSuffix(w string) bool {
	switch strings.ToLower(strings.TrimSuffix(w, ".")) {
	case "inc", "corp", "co", "ltd", "llc", "plc":
		return true
	}
	return false
}
