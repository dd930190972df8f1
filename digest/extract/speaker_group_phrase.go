// "Two people familiar with the matter said", "Officials in Ohio said",
// "critics of the plan say": a group the clipping never names is known by
// the words that describe it, after its head noun and in its count. The
// subject reader takes the head noun for the mention's text ("people",
// "Officials") and keeps the whole phrase as its span; a reader shown
// "people" learns nothing, so a vague speaker keeps what its span says
// after the head, when that is one short prepositional phrase, or a
// "close to", "familiar with" or participle's phrase ("briefed on the
// talks"), and the count before a plural head ("two", "several").

package extract

import (
	"strings"
	"unicode"
)

// groupPhraseMax bounds the words a group's describing phrase may have
// after its head noun: "familiar with the thinking of the committee" is
// seven.
const groupPhraseMax = 8

// groupPhrase returns the speaker name for a vague mention whose text is
// name: the name with the count before it and the describing phrase after
// it that the mention's span holds, else name as it is.
func (x *extractor) groupPhrase(m mention, name string) string {
	if m.span[1] <= m.span[0] || m.span[1] > len(x.t) || name == "" {
		return name
	}
	phrase := fold(x.t[m.span[0]:m.span[1]])
	i := strings.Index(phrase, name)
	if i < 0 {
		return name
	}
	before, after := phrase[:i], phrase[i+len(name):]
	whole := name
	if sp := strings.LastIndexByte(name, ' '); sp > 0 {
		if w := name[sp+1:]; w == "close" || w == "familiar" || w == "privy" || pastParticiple(w) && lowerWord(w) {
			// "according to three officials briefed on the talks": the
			// phrase reader ended on the participle that opens the phrase
			name, after = name[:sp], name[sp:]+after
		}
	}
	head := name[strings.LastIndexByte(name, ' ')+1:]
	if !groupNoun(head) || strings.Contains(name, ",") || groupHead(name) != name {
		return whole // a list, or a phrase that goes on past its head already ("poll conducted by voters")
	}
	rest := describingPhrase(after)
	if rest == "" {
		rest = describingPhrase(beforeRelative(after)) // "a lawyer for the company that owns the plant": whose, without the clause on it
	}
	if rest != "" && !(strings.HasPrefix(rest, "for ") && !isPlural(head) && !whoseBody(rest)) {
		name += " " + rest // (a spokesman for someone is read by spokesBody and roleOfNamed)
	} else {
		name = whole
	}
	if c := countBefore(before); c != "" && isPlural(head) {
		name = c + " " + name
	}
	return name
}

// groupNoun reports whether w may head a group of people: a plural noun
// ("people", "officials", "Democrats"), "police", or a singular noun of a
// person the press does not name ("a person familiar with the talks", "a
// source close to the family", "an officer at the scene"; not a
// document: "a statement from the previous day").
func groupNoun(w string) bool {
	if w == "" || strings.ContainsFunc(w, unicode.IsDigit) {
		return false
	}
	lw := lowerASCII(w)
	var buf [64]byte
	switch {
	case lw == "police" || lw == "person" || lw == "source":
		return true
	case isPlural(lw):
		return !documentWords[lw] && !documentWords[strings.TrimSuffix(lw, "s")]
	}
	return look(lw, &buf).f&fRole != 0 && look(lw, &buf).f&fOrgHead == 0
}

// describingPhrase returns the words of after (the text after a group's
// head noun) when they are one short phrase that describes the group: a
// preposition and its noun phrase ("of the town", "in Ohio", "on the
// committee"), or "close to", "familiar with", "privy to" or a participle
// with its preposition ("briefed on the talks", "involved in the
// search"). "" for anything else: a clause, a list, a pronoun ("close to
// him" names no one a reader knows), a second phrase after a comma.
func describingPhrase(after string) string {
	after = strings.TrimSpace(after)
	if after == "" || strings.ContainsAny(after, ",;:()“”\"—–") {
		return ""
	}
	words := strings.Fields(after)
	if len(words) < 2 || len(words) > groupPhraseMax {
		return ""
	}
	var buf [64]byte
	k := 0
	switch w := words[0]; {
	case w == "close" || w == "familiar" || w == "privy":
		k = 1
	case groupPreps[w]:
	case pastParticiple(w) && look(w, &buf).f&(fCue|fWeakCue|fAux) == 0:
		k = 1 // "briefed on", "involved in"
	default:
		return ""
	}
	if k >= len(words)-1 || !groupPreps[words[k]] {
		return ""
	}
	for _, w := range words[k+1:] {
		if documentWords[w] || documentWords[strings.TrimSuffix(w, "s")] || w == "interview" {
			return "" // "lawyers in a court filing": where they said it, not who they are
		}
		if groupPreps[w] && w != "of" {
			return "" // "delegates at the convention in Philadelphia": the second phrase may say where they spoke
		}
		lw := lowerASCII(stripPossessive(strings.TrimRight(w, ".")))
		f := look(lw, &buf).f
		if personalPronouns[lw] || possessivePronoun(lw) || f&(fAux|fRelative|fSub|fCue|fWeakCue|fNeg|fClauseEnd) != 0 && f&fPrep == 0 || lw == "and" || lw == "or" {
			return "" // "close to him", "of the town who", "in Ohio and Texas"
		}
	}
	last := lowerASCII(words[len(words)-1])
	if groupPreps[last] || look(last, &buf).f&(fDet|fPrep) != 0 || timeWord(last) || look(last, &buf).f&(fWeekday|fMonth) != 0 {
		return "" // "officials involved at the time": when, not who
	}
	return strings.Join(words, " ")
}

// groupPreps are the prepositions whose phrase may describe a group.
var groupPreps = wordSet(`of in on at for from with to inside outside across around near within among`)

// countBefore returns the count among the words before a group's head
// ("Two", "the two", "Several") in lower case, or "" when there is none or
// other words stand there than articles and a count.
func countBefore(before string) string {
	count := ""
	var buf [64]byte
	for w := range strings.FieldsSeq(before) {
		lw := lowerASCII(w)
		switch {
		case lw == "the" || lw == "a" || lw == "an":
		case count == "" && (look(lw, &buf).f&fNumber != 0 || lw == "several" || lw == "many" || allDigits(lw)):
			count = lw
		case lw == "of" && (count == "hundreds" || count == "thousands" || count == "dozens"):
			count += " of" // "Hundreds of protesters"
		default:
			return ""
		}
	}
	return count
}

// allDigits reports whether w is written in digits alone: "40".
func allDigits(w string) bool {
	return w != "" && strings.IndexFunc(w, func(r rune) bool { return r < '0' || r > '9' }) < 0
}

// capitalGroup reports whether a name mention of entity id (-1: none) is
// a plural common noun capitalised by its place, not a name: one word the
// lexicon knows, opening its sentence ("Residents of the town said", "People close to
// him said") or a party's members ("Democrats on the committee"), that
// the clipping names nowhere else.
func (x *extractor) capitalGroup(m mention, id int) bool {
	if len(m.words) != 1 || m.title != "" || len(m.members) > 0 {
		return false
	}
	w := m.words[0]
	if !hasSuffixFold(w, "s") && !hasSuffixFold(w, "men") && !hasSuffixFold(w, "people") && !equalFold(w, "police") {
		return false // no plural, the test below without a copy of every name ("Trump")
	}
	lw := lowerASCII(w)
	if !isPlural(lw) && lw != "police" || knownFirstName(w) || len(known.bySurname[w]) > 0 {
		return false
	}
	var buf [64]byte
	if look(lw, &buf).f&(fMedia|fOrgHead) != 0 || documentWords[lw] || documentWords[strings.TrimSuffix(lw, "s")] || id >= 0 && len(x.ents.list[id].mentions) > 1 {
		return false // "Polls show": documents, not people
	}
	for _, e := range x.ents.byLast[w] {
		if len(x.ents.list[e].words) > 1 || len(x.ents.list[e].mentions) > 1 {
			return false // "Reyes said" after "Tom Reyes": a surname
		}
	}
	if partyLabel(strings.TrimSuffix(lw, "s")) {
		return true
	}
	// a word the lexicon knows, as itself or its singular ("residents",
	// "critics"): a surname in -s ("Reyes said") is no common noun
	return (look(lw, &buf).f != 0 || look(strings.TrimSuffix(lw, "s"), &buf).f != 0) && x.opensSentence(m.span[0])
}

// opensSentence reports whether byte pos opens a sentence: only spaces,
// quotation marks and a paragraph's start or a sentence's stop before it.
func (x *extractor) opensSentence(pos int) bool {
	before := strings.TrimRight(x.t[:pos], " \t“\"‘'")
	if before == "" {
		return true
	}
	switch before[len(before)-1] {
	case '\n', '.', '!', '?':
		return true
	}
	return false
}

// timeWord reports whether a lower-case word is a unit of time ("time",
// "weekend", "years").
func timeWord(w string) bool {
	switch strings.TrimSuffix(w, "s") {
	case "second", "minute", "hour", "day", "week", "month", "year", "decade", "time", "morning", "afternoon", "evening", "night", "weekend", "moment":
		return true
	}
	return false
}

// groupHead returns a group's name up to its head noun, without the
// phrase that describes it: "several people in Clinton's orbit" ->
// "several people"; the name itself when no such phrase follows. A name
// that goes on past its head already ("poll conducted by voters", "panel
// of reporters") is not given a second phrase.
func groupHead(name string) string {
	for i := strings.IndexByte(name, ' '); i > 0; {
		rest := name[i+1:]
		w, _, _ := strings.Cut(rest, " ")
		if groupPreps[w] || w == "by" || w == "close" || w == "familiar" || w == "privy" {
			return name[:i]
		}
		j := strings.IndexByte(rest, ' ')
		if j < 0 {
			break
		}
		i += j + 1
	}
	return name
}

// roleOfPhrase returns the name of a role no one in the clipping holds,
// with the "of" phrase its span holds after it when that names a body by
// capitals ("head of the World Bank", "chairman of the Federal
// Reserve"): the role alone ("head") tells a reader nothing of whose it
// is. m.text otherwise.
func (x *extractor) roleOfPhrase(m mention) string {
	if m.span[1] <= m.span[0] || m.span[1] > len(x.t) || strings.Contains(m.text, " of ") {
		return m.text
	}
	phrase := fold(x.t[m.span[0]:m.span[1]])
	i := strings.Index(phrase, m.text)
	if i < 0 {
		return m.text
	}
	rest := describingPhrase(phrase[i+len(m.text):])
	if !strings.HasPrefix(rest, "of ") || strings.IndexFunc(rest, unicode.IsUpper) < 0 {
		return m.text
	}
	return m.text + " " + rest
}

// whoseBody reports whether a role's phrase ("for the union", "to the
// board") names whose the role is by a body's noun after "the": a
// reader learns more from "spokesman for the union" than from the role.
func whoseBody(rest string) bool {
	_, body, ok := strings.Cut(rest, " ")
	return ok && strings.HasPrefix(body, "the ") && len(body) > len("the ")
}

// beforeRelative returns the words of after up to a relative pronoun
// that opens a clause on the noun before it, and its comma ("for the
// company | that owns the plant", "in the ministry|, which oversees
// trade"); "" when there is none.
func beforeRelative(after string) string {
	for _, r := range []string{" that ", " who ", " which "} {
		if i := strings.Index(after, r); i > 0 {
			return strings.TrimSuffix(after[:i], ",") // "in the commerce ministry, which oversees trade"
		}
	}
	return ""
}

// groupPhraseEnd returns the end of the phrase that describes a group
// whose head noun is token h, after an inverted cue ("said two people
// familiar with the talks", "said analysts at Harlow Bank"): the tokens
// after h up to a comma, a stop or the sentence's end, when they are
// such a phrase (describingPhrase). 0 when they are not.
func (s *sentence) groupPhraseEnd(h int) int {
	if h > 0 && (s.is(h, "close") || s.is(h, "familiar") || s.is(h, "privy") || s.participleAt(h)) {
		h-- // the phrase reader's last word may open the phrase: "people familiar"
	}
	if h < 0 || h+2 >= len(s.toks) || s.toks[h].k != kWord || s.toks[h].cap || !groupNoun(s.word(h)) || !isPlural(s.word(h)) && s.has(h, fRole) && !s.is(h, "source") && !s.is(h, "official") {
		return 0 // "said Ben Jacobs", "said an aide to the governor" (a role's phrase is the role's: speaker_role_of.go)
	}
	e := h + 1
	for e < len(s.toks) && s.toks[e].k == kWord && e-h <= groupPhraseMax {
		if s.toks[e].cap && !s.has(e, fOrgHead|fMedia) && (e+1 >= len(s.toks) || s.toks[e+1].k != kWord || !s.toks[e+1].cap) {
			return 0 // "said people close to Bill Clinton": a person's name would be read as the speaker
		}
		e++
	}
	if e < len(s.toks) && !(s.toks[e].k == kStop || s.punct(e, ",") || s.punct(e, ";")) {
		return 0
	}
	if describingPhrase(s.text(h+1, e)) == "" {
		return 0
	}
	return e
}
