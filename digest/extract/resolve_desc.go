package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// descLook bounds how far back, in bytes, a description looks for the body
// it stands for.
const descLook = 4000

// describedBody returns the body a definite description stands for, from
// the nearest place before it where the clipping wrote its head noun with a
// name: "the campaign" after "the Clinton campaign" is "Clinton campaign",
// "the poll" after "a CBS poll" is "CBS poll", "the group" after "the
// watchdog group OpenWatch" is "OpenWatch"; else, for a business, the name
// its paragraph last opened a sentence with (subjectBody). "" when there is
// none.
func (x *extractor) describedBody(m mention) string {
	if m.span[1] <= m.span[0] || m.span[1] > len(x.t) {
		return ""
	}
	phrase := x.t[m.span[0]:m.span[1]]
	if len(phrase) < 5 || !strings.EqualFold(phrase[:4], "the ") {
		return ""
	}
	if strings.IndexFunc(phrase[4:], unicode.IsUpper) >= 0 {
		return "" // "the Obama administration" names its body itself
	}
	head := phrase[strings.LastIndexByte(phrase, ' ')+1:]
	if len(head) < 3 || strings.IndexFunc(head, func(r rune) bool { return !unicode.IsLower(r) }) >= 0 || isPlural(head) {
		return "" // "the experts" stay the vague group they are
	}
	before := x.t[max(0, m.span[0]-descLook):m.span[0]]
	var at [32]int
	found := indexAll(at[:0], before, head) // one forward pass, not a search back through the window per try
	for tries, end, k := 0, len(before), len(found)-1; tries < 8; tries++ {
		for k >= 0 && found[k]+len(head) > end {
			k-- // overlaps the place taken last: strings.LastIndex(before[:end], head) passes it too
		}
		if k < 0 {
			break
		}
		i := found[k]
		end = i
		j := i + len(head)
		if i > 0 && isLetterByte(before[i-1]) || j < len(before) && isLetterByte(before[j]) {
			continue // inside another word
		}
		if name := capsAfter(before[j:]); name != "" {
			// "the actress" after "Oscar-winning actress Susan Sarandon":
			// the person the noun introduced, before the words before it
			if id := x.ents.find(strings.Fields(stripPossessive(name))); id >= 0 && x.ents.isPerson(id) {
				return x.ents.list[id].name
			}
		}
		if name := capsBefore(before[:i]); name != "" && !spelledLower(phrase, name) {
			return name + " " + head
		}
		if name := capsAfter(before[j:]); name != "" {
			return name
		}
	}
	return x.subjectBody(m, head) // speaker_body_subject.go: "Orbis rejected ... the company said"
}

// indexAll appends to at the start of every place s holds sub, overlapping
// places included, in order: strings.LastIndex(s[:end], sub) is the last
// of them that ends by end.
func indexAll(at []int, s, sub string) []int {
	for from := 0; ; {
		i := strings.Index(s[from:], sub)
		if i < 0 {
			return at
		}
		at = append(at, from+i)
		from += i + 1
	}
}

func isLetterByte(b byte) bool { return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' }

// capsBefore returns the run of capitalised words that ends right before
// the end of s (one space between), possessives dropped, a leading article
// or sentence opener left out: "the Clinton" -> "Clinton".
func capsBefore(s string) string {
	var words []string
	for {
		s = strings.TrimSuffix(s, " ")
		k := strings.LastIndexAny(s, " \n\t(“\"") + 1
		w := s[k:]
		r, _ := utf8.DecodeRuneInString(w)
		if w == "" || !unicode.IsUpper(r) || strings.ContainsAny(w, ",.;:)”\"") && !strings.HasSuffix(w, ".") {
			break
		}
		var buf [64]byte
		if look(stripPossessive(w), &buf).f&(fDet|fStarter|fPrep|fWeekday|fMonth) != 0 {
			break // "The", "But", "In", "Wednesday"
		}
		words = append(words, stripPossessive(w))
		if k == 0 || s[k-1] != ' ' || len(words) == 6 {
			break
		}
		s = s[:k]
	}
	if len(words) == 0 {
		return ""
	}
	for i, j := 0, len(words)-1; i < j; i, j = i+1, j-1 {
		words[i], words[j] = words[j], words[i]
	}
	return strings.Join(words, " ")
}

// capsAfter returns the run of capitalised words right after a space at the
// start of s: " OpenWatch filed" -> "OpenWatch".
func capsAfter(s string) string {
	if !strings.HasPrefix(s, " ") {
		return ""
	}
	var words []string
	var buf [64]byte
	for w := range strings.FieldsSeq(s) {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || len(words) == 6 || look(strings.TrimRight(w, ",.;:"), &buf).f&(fDet|fStarter|fPrep|fWeekday|fMonth|fPronoun) != 0 {
			break
		}
		t := strings.TrimRight(w, ",.;:")
		words = append(words, t)
		if t != w {
			break
		}
	}
	return strings.Join(words, " ")
}

// namedHead names a body from a described phrase that holds its name: the
// last run of capitalised words and the phrase's head noun, adjectives
// around them dropped ("a new Washington Post-ABC News national poll" ->
// "Washington Post-ABC News poll", "recent Reuters survey of voters" ->
// "Reuters survey"; the nouns of a compound kept: "the official Xinhua
// news agency" -> "Xinhua news agency"). "" when the phrase has no such run, or its head is a
// plural or a person's role ("many Republicans", "party leader").
func namedHead(text string) string {
	if strings.IndexFunc(text, unicode.IsUpper) < 0 {
		return "" // no name in it: "officials"
	}
	if i := strings.Index(text, " of "); i > 0 {
		text = text[:i]
	}
	var wb [8]string
	words := fieldsInto(&wb, text) // fields_stack.go
	for len(words) > 2 && (strings.HasSuffix(words[len(words)-1], "ed") || strings.HasSuffix(words[len(words)-1], "en")) {
		words = words[:len(words)-1] // "poll conducted", "poll taken"
	}
	if len(words) < 2 {
		return ""
	}
	head := words[len(words)-1]
	var buf [64]byte
	if strings.IndexFunc(head, func(r rune) bool { return !unicode.IsLower(r) }) >= 0 || isPlural(head) || look(head, &buf).f&fRole != 0 {
		return ""
	}
	end := len(words) - 1
	for end > 0 && !startsUpper(words[end-1]) {
		end--
	}
	start := end
	for start > 0 && startsUpper(words[start-1]) {
		start--
	}
	for start < end && look(words[start], &buf).f&(fStarter|fDet|fQuant|fPrep) != 0 {
		start++ // "Just", "The"
	}
	if start == end || start == 0 && end < len(words)-1 || strings.ContainsAny(strings.Join(words[end:], " "), "0123456789") {
		return "" // a phrase opening with a name and going on is no description: "Cruz has long"
	}
	for _, w := range words[end : len(words)-1] {
		if look(w, &buf).f&(fAux|fCue|fWeakCue|fPrep|fSub|fNeg|fPronoun|fRelative) != 0 {
			return ""
		}
	}
	noun := len(words) - 1
	for noun > end && look(words[noun-1], &buf).f&fMedia != 0 {
		noun-- // "Xinhua news agency": a compound noun, not an adjective dropped
	}
	if noun < len(words)-1 {
		return strings.Join(words[start:end], " ") + " " + strings.Join(words[noun:], " ")
	}
	return strings.Join(words[start:end], " ") + " " + head
}

func startsUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// bodyVoices are plural nouns for the unnamed people who speak for a body.
var bodyVoices = map[string]bool{"officials": true, "executives": true, "spokespeople": true,
	"spokesmen": true, "spokeswomen": true, "representatives": true,
	"spokesman": true, "spokeswoman": true, "spokesperson": true} // "a Facebook spokesman": the body speaks, as "A spokesman for Facebook" does (speaker_voice.go)

// bodyOfVoices returns the body that unnamed officials speak for when the
// phrase names it: "Facebook officials" -> "Facebook", "White House
// officials" -> "White House" (an unnamed spokesperson of a named body is
// that body). "" when the words before are not a body's name: a person's
// ("McConnell aides"), a nationality or a party ("Russian officials"), or
// a field of public work ("Health officials", "Election officials").
func (x *extractor) bodyOfVoices(text string) string {
	sp := strings.LastIndexByte(text, ' ')
	if sp < 0 || !bodyVoices[text[sp+1:]] {
		return ""
	}
	name := text[:sp]
	if isPlace(name) || countryAbbr(name) {
		return "" // "Arizona officials", "U.S. officials": a place's officials, not a body named Arizona
	}
	words := strings.Fields(name)
	var buf [64]byte
	for _, w := range words {
		if !startsUpper(w) || partyLabel(w) || demonymWords[w] || strings.HasSuffix(w, "an") || strings.HasSuffix(w, "ese") || strings.HasSuffix(w, "ish") {
			return "" // "federal officials", "Russian officials", "Chinese officials"
		}
	}
	if len(words) == 1 && !allCaps(words[0]) && look(words[0], &buf).f != 0 {
		return "" // "Police officials", "Campaign officials": a common word opening a sentence
	}
	if len(words) == 1 && domainWords[strings.ToLower(words[0])] {
		return "" // "Health officials said": the field they work in, capitalised by the sentence's start
	}
	if len(words) > 1 && look(words[len(words)-1], &buf).f&fOrgHead == 0 {
		return ""
	}
	last := name[strings.LastIndexByte(name, ' ')+1:]
	if len(x.ents.byLast[stripPossessive(last)]) > 0 || knownFirstName(last) || len(known.bySurname[stripPossessive(last)]) > 0 {
		return "" // a person's people, also when the clipping names the person no other way ("a Trump spokeswoman")
	}
	return stripPossessive(name)
}

// domainWords are the fields of public work that name officials by what
// they do, not by a body's name ("health officials", "Election
// officials" opening a sentence).
var domainWords = wordSet(`health security education transport transportation election
	elections school schools water fire energy trade finance justice immigration customs
	border housing labor labour agriculture environment environmental intelligence city
	county town village airport hospital hospitals prison prisons tax aviation safety
	emergency rescue transit parks wildlife fisheries forestry tourism mining utility
	utilities sanitation welfare veterans`)

// demonymWords are the adjectives of demonyms ("French", "Russian").
var demonymWords = func() map[string]bool {
	m := make(map[string]bool, len(demonyms))
	for _, adj := range demonyms {
		m[adj] = true
	}
	return m
}()

// leadingName returns the capitalised words that open a phrase cut too
// long, when an auxiliary follows them: "Cruz has long" -> "Cruz".
func leadingName(text string) string {
	var wb [8]string
	words := fieldsInto(&wb, text) // fields_stack.go
	n := 0
	for n < len(words) && startsUpper(words[n]) {
		n++
	}
	if n == 0 || n == len(words) {
		return ""
	}
	var buf [64]byte
	if look(words[n], &buf).f&fAux == 0 || look(words[0], &buf).f&(fPronoun|fDet|fStarter|fPrep|fSub) != 0 {
		return "" // "She has since": a pronoun, not a name
	}
	return strings.Join(words[:n], " ")
}

// countryAbbr reports whether name abbreviates a country ("U.S.", "UK"),
// a place whose officials are no body of that name.
func countryAbbr(name string) bool {
	switch strings.ReplaceAll(name, ".", "") {
	case "US", "UK", "USA", "UAE", "DPRK", "PRC", "ROK":
		return true
	}
	return false
}
