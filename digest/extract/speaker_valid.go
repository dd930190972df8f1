package extract

import (
	"github.com/whosaid/whosaid/digest"
	"strings"
	"unicode"
	"unicode/utf8"
)

// validSpeaker checks the speaker string a statement resolved to against
// the contract (DESIGN.md: a name or a described body, never a pronoun or a
// fragment) and repairs it where the text says how, or clears it: a
// statement whose speaker stays unresolved is not given out.
//
// Well-formed means: no personal pronoun ("them", "they reversed
// themselves"), no leading conjunction or preposition ("but John Kasich's
// campaign", "of Democratic primary voters"), no trailing preposition
// ("new poll by"), no bare verb form ("released"), and not a place
// ("New Hampshire", see speaker_place.go).
func (x *extractor) validSpeaker(r resolved, m mention, cue digest.Span) resolved {
	if x.ownsCue(m, cue) || x.objectRelative(m) || x.bareAfterIndefinite(m, cue) {
		return resolved{}
	}
	if r.name == "" || len(r.members) > 0 {
		return r
	}
	r.title = nounTitle(r.title)
	if v, ok := x.stripOpener(r); ok {
		r = v // "When Fiorina" (speaker_opener.go)
	}
	if first, _, _ := strings.Cut(r.name, " "); pronounVerb(first) {
		return resolved{} // "I'm old enough to remember ...", "It’s grimly funny to watch ...": a clause, no one named
	}
	if wellFormed(r.name) {
		return r // the common case, checked without allocating
	}
	v := x.repairSpeaker(r, m)
	v.date, v.own = r.date, r.own // the date is the statement's, whoever said it
	if v.name == "" {
		// a person named inside the phrase ("Slate technology columnist
		// David Auerbach went so far as to")
		if id := x.ents.personIn(m.span); id >= 0 {
			e := x.ents.list[id]
			return resolved{name: canonicalName(e.name, e.sex, x.famous), title: e.title, sex: e.sex, ent: id + 1, date: r.date, own: r.own}
		}
	}
	if v.name == "" && m.kind == mPronoun && sexOf(m.pron) != unknownSex {
		// a pronoun or a place the text does not repair: the person named
		// last in this paragraph or the one before, marked unsure, as a
		// pronoun across a paragraph break is; with none, the statement is
		// dropped
		if id := x.ents.lastBefore(x.t, m.span[0], sexOf(m.pron)); id >= 0 && x.ents.isPerson(id) && x.ents.blockOf(m.span[0])-x.ents.blockOf(x.ents.list[id].mentions[len(x.ents.list[id].mentions)-1]) <= 1 {
			e := x.ents.list[id]
			if !isPlace(e.name) {
				return resolved{name: canonicalName(e.name, e.sex, x.famous), title: e.title, sex: e.sex, ent: id + 1, unsure: true, date: r.date, own: r.own}
			}
		}
		return resolved{}
	}
	return v
}

// ownsCue reports whether the speaker phrase ends in a possessive that
// the cue word follows right after ("Mr. Trump's claims", "his urging",
// "Donald Trump's writing"): the cue is then a noun the possessive owns, and
// the phrase names no one who speaks. A pronoun with a verb run into it
// ("he's said") is no possessive.
func (x *extractor) ownsCue(m mention, cue digest.Span) bool {
	if m.span[1] <= m.span[0] || cue[0] <= m.span[1] || cue[0] > len(x.t) || strings.TrimLeft(x.t[m.span[1]:cue[0]], " ") != "" {
		return false
	}
	phrase := x.t[m.span[0]:m.span[1]]
	last := phrase[strings.LastIndexAny(phrase, " \n\t")+1:]
	var lb [32]byte
	if l := toLowerInto(&lb, last); possessivePronoun(string(l)) && string(l) != "her" {
		return true // "her" may be the object: "told her"
	}
	return possessive(last) && !contraction(last) && startsUpper(last)
}

// bareAfterIndefinite reports whether the speaker phrase is one indefinite
// noun phrase ("a sustained clarion", "a wake-up") and the cue right after
// it is a bare form, which cannot agree with it as its verb: the cue is
// the phrase's own noun ("a sustained clarion call for ...", "a wake-up
// call for ...") or an infinitive another verb governs ("helped an
// editor write a book"). A partitive or a number ("a majority of voters
// say", "a mere 9 percent say") is plural and left alone.
func (x *extractor) bareAfterIndefinite(m mention, cue digest.Span) bool {
	if m.span[1] <= m.span[0] || cue[0] <= m.span[1] || cue[1] > len(x.t) || strings.TrimLeft(x.t[m.span[1]:cue[0]], " ") != "" {
		return false
	}
	phrase := x.t[m.span[0]:m.span[1]]
	if !hasPrefixFold(phrase, "a ") && !hasPrefixFold(phrase, "an ") || strings.ContainsAny(phrase, ",%0123456789") {
		return false // no lower-casing yet: no other letter lowers to these
	}
	phrase = strings.ToLower(phrase)
	for w := range strings.FieldsSeq(phrase) {
		switch w {
		case "of", "who", "that", "which", "percent", "number", "majority", "lot", "couple", "handful", "few":
			return false
		}
	}
	w := x.t[cue[0]:cue[1]]
	if i := strings.IndexByte(w, ' '); i >= 0 {
		w = w[:i]
	}
	if w == "" || !lowerWord(w) || irregularPast(w) {
		return false
	}
	return !strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing")
}

// objectRelative reports whether the speaker phrase opens with "which" or
// "what" and a subject of its own ("“...,” which Doe thinks will lead to
// cuts", "which the group tried to stop and which Trump criticized"): the
// relative is the verb's object, the clause says what someone thinks of
// the words before it, and it attributes no quotation.
func (x *extractor) objectRelative(m mention) bool {
	if m.ante != nil || m.span[1] <= m.span[0] {
		return false
	}
	phrase := x.t[m.span[0]:m.span[1]]
	return strings.HasPrefix(phrase, "which ") || strings.HasPrefix(phrase, "what ")
}

// repairSpeaker returns r with its speaker string made well formed, or an
// empty name when the text does not say how.
func (x *extractor) repairSpeaker(r resolved, m mention) resolved {
	var wb [8]string
	words := fieldsInto(&wb, r.name) // fields_stack.go
	var buf [64]byte
	// a leading conjunction is the clause's, not the speaker's
	for len(words) > 1 && lowerWord(words[0]) && look(words[0], &buf).f&(fSub|fClauseEnd) != 0 && look(words[0], &buf).f&fPrep == 0 {
		words = words[1:]
	}
	// "of Democratic primary voters" ("half of ..."), "in 10" ("three in 10")
	if len(words) > 1 && lowerWord(words[0]) && (look(words[0], &buf).f&fPrep != 0 || words[0] == "of" || words[0] == "by" || words[0] == "for") {
		if startsDigitOrNumber(words[1]) {
			if q := x.wordBeforeIn(m, words[0]); q != "" && startsDigitOrNumber(q) {
				return resolved{name: q + " " + strings.Join(words, " "), vague: true, org: true}
			}
			return resolved{}
		}
		words = words[1:]
		for len(words) > 1 && lowerWord(words[0]) && look(words[0], &buf).f&fDet != 0 {
			words = words[1:] // "of those advisers"
		}
	}
	if len(words) == 2 && startsUpper(words[0]) && strings.HasSuffix(words[1], "self") {
		words = words[:1] // "Cruz himself"
		if id := x.ents.find(words); id >= 0 {
			e := x.ents.list[id]
			return resolved{name: canonicalName(e.name, e.sex, x.famous), title: e.title, sex: e.sex, ent: id + 1}
		}
	}
	if strings.HasPrefix(words[0], "who") {
		return x.nounBefore(m.span[0]) // "members of 9/11 victims, many of whom say"
	}
	if hasPronoun(joinedIn(r.name, 0, words)) {
		return resolved{} // "them", "they reversed themselves": never a speaker's name
	}
	if len(words) == 1 && lowerWord(words[0]) && (look(words[0], &buf).f&fQuant != 0 || indefinites[words[0]]) {
		return r // "some say", "yet another said": a vague quantity, as before
	}
	if last := words[len(words)-1]; lowerWord(last) && (look(last, &buf).f&(fPrep|fDet|fSub) != 0 || last == "of" || last == "by" || last == "for" || last == "as") {
		// "a new poll by Quinnipiac": the body named after the preposition
		if last == "by" || last == "of" {
			if name := capsAfter(x.t[m.span[1]:]); name != "" && !isPlace(name) {
				return resolved{name: name, org: true}
			}
		}
		for len(words) > 0 && lowerWord(words[len(words)-1]) && (look(words[len(words)-1], &buf).f&(fPrep|fDet|fSub) != 0 || words[len(words)-1] == "of" || words[len(words)-1] == "as") {
			words = words[:len(words)-1]
		}
		if len(words) == 0 || last == "of" || !speakingNoun(words[len(words)-1]) {
			// "a series of", "the face of": the head is what follows
			if id := x.ents.personIn(m.span); id >= 0 {
				e := x.ents.list[id]
				return resolved{name: canonicalName(e.name, e.sex, x.famous), title: e.title, sex: e.sex, ent: id + 1} // "Palin posted her message under a headline that"
			}
			for w := range strings.FieldsSeq(x.t[m.span[0]:m.span[1]]) {
				if lowerWord(w) && look(w, &buf).f&fSourceNoun != 0 {
					return resolved{name: w, vague: true, org: true} // "a letter from his doctor Friday afternoon that says"
				}
			}
			return x.nounBefore(m.span[0])
		}
	}
	if n := len(words); n >= 2 && lowerWord(words[n-1]) && verbForm(words[n-1]) && look(words[n-2], &buf).f&fSourceNoun != 0 && look(words[n-2], &buf).f&fRole == 0 && !isPlural(words[n-2]) && !strings.EqualFold(words[n-2], "people") {
		words = words[:n-1] // "a study published Monday": the document, not its participle ("people briefed" stay)
	}
	if len(words) == 1 && lowerWord(words[0]) && verbForm(words[0]) {
		// "those surveyed", "the experts I interviewed", "a poll released
		// Friday": the people or the document before the participle
		if q := x.wordBeforeIn(m, words[0]); strings.EqualFold(q, "those") {
			return resolved{name: "those " + words[0], vague: true, org: true}
		}
		return x.nounBefore(m.span[0])
	}
	name := joinedIn(r.name, 0, words) // r.name itself when no word was cut
	if name != r.name {
		r.name = name
		r.vague = r.vague || strings.IndexFunc(name, unicode.IsUpper) < 0
	}
	if isPlace(r.name) {
		if id := x.ents.personAround(x.t, m.span); id >= 0 {
			e := x.ents.list[id]
			return resolved{name: canonicalName(e.name, e.sex, x.famous), title: e.title, sex: e.sex, ent: id + 1}
		}
		// "in Salem, New Hampshire, Trump went": the name after the place
		rest := x.t[m.span[1]:min(len(x.t), m.span[1]+80)]
		if k := strings.IndexFunc(rest, func(r rune) bool { return unicode.IsLetter(r) }); k > 0 && strings.Trim(rest[:k], " ,-–—:") == "" && strings.TrimSpace(rest[:k]) != "" {
			if name := capsAfter(" " + rest[k:]); name != "" && !isPlace(name) {
				if ids := x.ents.byLast[name]; len(ids) > 0 {
					e := x.ents.list[ids[0]]
					return resolved{name: canonicalName(e.name, e.sex, x.famous), title: e.title, sex: e.sex, ent: ids[0] + 1}
				}
				return resolved{name: name}
			}
		}
		return resolved{}
	}
	if len(words) == 1 && theNames[strings.ToLower(words[0])] && strings.Contains(x.t[max(0, m.span[0]-4):m.span[1]], "The "+words[0]) {
		r.name = "The " + words[0] // "The Hill": the article is part of the name
	}
	return r
}

// lowerWord reports whether w starts with a lower-case letter.
func lowerWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r)
}

// startsDigitOrNumber reports whether w is a number, in digits or words.
func startsDigitOrNumber(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	if unicode.IsDigit(r) {
		return true
	}
	var buf [64]byte
	return look(w, &buf).f&fNumber != 0 || strings.EqualFold(w, "one")
}

// personalPronouns are the pronouns that never name a speaker in the
// speaker field.
var personalPronouns = map[string]bool{"i": true, "me": true, "we": true, "us": true, "you": true,
	"he": true, "him": true, "she": true, "they": true, "them": true, "it": true,
	"himself": true, "herself": true, "itself": true, "themselves": true, "ourselves": true,
	"yourself": true, "myself": true}

// hasPronoun reports whether a speaker string holds a personal pronoun
// outside a relative clause ("sources who have seen it" is well formed).
func hasPronoun(name string) bool {
	var lb [32]byte
	for w := range strings.FieldsSeq(name) {
		if strings.HasPrefix(w, "who") || w == "that" || w == "which" {
			return false
		}
		if personalPronouns[string(toLowerInto(&lb, w))] && (!allCaps(w) || stressedPronoun(w)) { // ("US officials": an acronym, token_acronym.go)
			return true
		}
	}
	return false
}

// verbForm reports whether a lower-case word is a past participle that the
// lexicon does not know as a speaking noun ("released", "surveyed").
func verbForm(w string) bool {
	var buf [64]byte
	if look(w, &buf).f&(fSourceNoun|fRole|fAudience) != 0 {
		return false
	}
	return strings.HasSuffix(w, "ed") && len(w) > 4
}

// wordBefore returns the word right before byte offset pos, "" at the start.
func (x *extractor) wordBefore(pos int) string {
	s := strings.TrimRight(x.t[:pos], " ")
	i := strings.LastIndexAny(s, " \n\t")
	return strings.Trim(s[i+1:], ",;:\"“”")
}

// personAround returns the person a place mention stands beside within its
// sentence: one named inside the mention's phrase, else the one right before it ("Stacy Baker of Columbia, South
// Carolina says") when only capitals, commas and of/from/in come between,
// else the first named after it before the sentence ends ("in Salem, New
// Hampshire, Trump went after Bush"). -1 when there is none.
func (es *entities) personAround(t string, span [2]int) int {
	if id := es.personIn(span); id >= 0 {
		return id // "WASHINGTON -- President Obama, dedicating ...": inside the phrase
	}
	if len(es.sents) == 0 {
		return -1
	}
	lo := es.sents[max(0, es.sentOf(span[0]))]
	for i := es.from(span[0]) - 1; i >= 0 && es.order[i].pos >= lo; i-- {
		o := es.order[i]
		if isPlace(es.list[o.id].name) || o.pos > span[0] {
			continue
		}
		end := o.pos + len(es.list[o.id].words[len(es.list[o.id].words)-1])
		if j := strings.Index(t[o.pos:span[0]], es.list[o.id].words[len(es.list[o.id].words)-1]); j >= 0 {
			end = o.pos + j + len(es.list[o.id].words[len(es.list[o.id].words)-1])
		}
		if end <= span[0] && placeGap(t[end:span[0]]) && (len(es.list[o.id].words) >= 2 || es.isPerson(o.id)) {
			return o.id
		}
		break
	}
	for i := es.from(span[1]); i < len(es.order); i++ {
		o := es.order[i]
		if es.sentOf(o.pos) != es.sentOf(span[0]) {
			break
		}
		if o.pos < span[1] {
			continue // a mention overlapping the place's own phrase
		}
		if gap := strings.TrimSpace(t[span[1]:o.pos]); gap != "" && strings.Trim(gap, ",-–—:") == "" && es.isPerson(o.id) {
			return o.id
		}
	}
	return -1
}

// placeGap reports whether the text between a name and a place is what
// joins a person to where they are from: "of" or "from", then only
// commas and capitalised words ("of Columbia, ").
func placeGap(s string) bool {
	ws := strings.Fields(s)
	if len(ws) == 0 || ws[0] != "of" && ws[0] != "from" {
		return false
	}
	for _, w := range ws[1:] {
		if w = strings.Trim(w, ","); w != "" && !startsUpper(w) {
			return false
		}
	}
	return true
}

// speakingNoun reports whether a lower-case word heads a phrase that may
// speak: a document, a role, a group ("poll", "spokesman", "experts").
func speakingNoun(w string) bool {
	var buf [64]byte
	return look(w, &buf).f&(fSourceNoun|fRole) != 0 || isPlural(w) && len(w) > 3 && look(w, &buf).f&fAudience == 0
}

// nounBefore returns the speaking noun among the four words before pos in
// its sentence, vague, or named by the capitals before it ("a new Latino
// Decisions poll released Friday" -> "Latino Decisions poll"); an
// unresolved speaker when there is none.
func (x *extractor) nounBefore(pos int) resolved {
	s := x.t[max(0, pos-120):pos]
	if i := strings.LastIndexAny(s, ".;!?\n\"“”"); i >= 0 {
		s = s[i+1:]
	}
	ws := strings.Fields(s)
	for k := len(ws) - 1; k >= 0 && k >= len(ws)-4; k-- {
		w := strings.Trim(ws[k], ",")
		if w != ws[k] && k < len(ws)-1 {
			break // a comma ends the phrase
		}
		if !lowerWord(w) || !speakingNoun(w) {
			continue
		}
		if body := namedHead(strings.Join(ws[:k+1], " ")); body != "" {
			return resolved{name: body, org: true}
		}
		return resolved{name: w, vague: true, org: true}
	}
	return resolved{}
}

// wordBeforeIn returns the word before the last use of w in a mention's
// phrase ("Two in three": "Two"), or the word before the phrase.
func (x *extractor) wordBeforeIn(m mention, w string) string {
	text := x.t[m.span[0]:m.span[1]]
	if i := strings.LastIndex(text, w); i > 0 {
		ws := strings.Fields(text[:i])
		if len(ws) > 0 {
			return strings.Trim(ws[len(ws)-1], ",;:")
		}
	}
	return x.wordBefore(m.span[0])
}

// isPerson reports whether entity id shows it is a person: not a place,
// and a sex, a title or a known first name.
func (es *entities) isPerson(id int) bool {
	e := &es.list[id]
	if isPlace(e.name) {
		return false
	}
	if len(e.words) >= 2 {
		return knownFirstName(e.words[0]) || e.title != ""
	}
	return e.sex != unknownSex || e.title != "" // "Mr. Wiley"
}

// personIn returns the first person named inside span, or -1.
func (es *entities) personIn(span [2]int) int {
	for i := es.from(span[0]); i < len(es.order) && es.order[i].pos < span[1]; i++ {
		if id := es.order[i].id; es.isPerson(id) {
			return id
		}
	}
	return -1
}

// wellFormed reports, without allocating, whether a speaker string needs
// no repair: its first and last words capitalised ("Hillary Clinton",
// "New York Times poll" is not), not a place, not a name kept with its
// article.
func wellFormed(name string) bool {
	first, last := name, name
	if i := strings.IndexByte(name, ' '); i >= 0 {
		first = name[:i]
		last = name[strings.LastIndexByte(name, ' ')+1:]
	}
	if first == "" || last == "" || !startsUpper(first) || !startsUpper(last) || isPlace(name) {
		return false
	}
	for rest := name; rest != ""; {
		w := rest
		if i := strings.IndexByte(rest, ' '); i >= 0 {
			w, rest = rest[:i], rest[i+1:]
		} else {
			rest = ""
		}
		if len(w) <= 10 {
			var lb [32]byte
			if personalPronouns[string(lowerInto(&lb, w))] {
				return false // "Ben Carson Defends Himself Against"
			}
		}
	}
	var lb [32]byte
	return first != last || len(first) > 32 || !theNames[string(lowerInto(&lb, first))]
}

// indefinites are the pronouns of quantity that speak for some of a group
// named before ("Two Republicans said ... Yet another said"): vague, but
// speakers.
var indefinites = map[string]bool{"another": true, "one": true, "each": true, "either": true, "neither": true, "none": true}

// reflexive reports whether w is a reflexive pronoun ("herself").
func reflexive(w string) bool {
	var lb [32]byte
	return (strings.HasSuffix(w, "self") || strings.HasSuffix(w, "selves")) && personalPronouns[string(lowerInto(&lb, w))]
}

// nounTitle returns a title cut before the first word that opens a clause
// in it (a pronoun, a relative, a conjunction of a clause, a form of "be",
// a pronoun with its verb run into it: "insider who’s on the slate",
// "Lane was in the office when ..."), or "" when no role word stands
// before that word: a title is a noun phrase, and a wrong one is worse
// than none.
func nounTitle(t string) string {
	var buf [64]byte
	cut, role := -1, false
	for i := 0; i < len(t); {
		j := i
		for j < len(t) && t[j] != ' ' {
			j++
		}
		w := strings.Trim(t[i:j], ",;")
		f := look(w, &buf).f // look folds case itself
		if f&(fPronoun|fRelative|fPassive) != 0 || f&fSub != 0 && f&fPrep == 0 && !strings.EqualFold(w, "and") || contraction(w) {
			cut = i
			break
		}
		role = role || f&fRole != 0
		i = j + 1
	}
	if cut < 0 {
		return t
	}
	if !role {
		return ""
	}
	return strings.TrimRight(t[:cut], " ,")
}

// pronounVerb reports whether w is a pronoun with a verb run into it
// ("It’s", "I'm", "They’re", "we'll"): a clause's opening, never a name.
func pronounVerb(w string) bool {
	if contraction(w) || len(w) > 4 && youContracted(w) {
		return true
	}
	for _, suf := range []string{"’m", "'m", "’re", "'re", "’ll", "'ll"} {
		if p, ok := strings.CutSuffix(w, suf); ok && p != "" {
			var buf [64]byte
			return look(p, &buf).f&fPronoun != 0
		}
	}
	return false
}
