package digest

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// SpeakerForm is how a clipping's writer wrote a named speaker, read from
// its text by AddClippingFacts: the evidence a line needs to name the
// speaker as the writer did.
type SpeakerForm struct {
	Read bool // the clipping was read; the fields below are its evidence
	// The: the writer puts "the" before the name ("the Kremlin said",
	// "the State Department"), which the stored name leaves out.
	The bool
	// Person: the writer shows the speaker is a person: names it by the
	// name's last word alone ("Peskov said", "Mr. Peskov"), as "he" or
	// "she", or with an abbreviated title. An organisation's last word
	// never stands alone ("Judicial Watch", "Goldman Sachs").
	Person bool
	// Org: the writer shows the speaker is an organisation: "its", one
	// works "at" it, its office holders ("Copper Watch president Ann Lee").
	Org bool
	// TitleThe: the speaker's title opens with a capitalised possessive
	// ("Kremlin's chief spokesman") the writer put "the" before.
	TitleThe bool
}

// titleThe reports whether text writes title, which opens with a
// capitalised possessive, after "the" ("the Kremlin's chief spokesman"):
// the possessor takes "the", and so does the title in a line.
func titleThe(text, title string) bool {
	title = FoldSpace(title)
	owner := false // the title's capitalised words end with a possessive
	for _, w := range strings.Fields(title) {
		if !startsUpperWord(w) {
			break
		}
		if possessive(w) {
			owner = true
			break
		}
	}
	if !owner {
		return false
	}
	for at := 0; at < len(text); {
		i := wordIndex(text[at:], title)
		if i < 0 {
			return false
		}
		if isThe(lastWord(text[:at+i])) {
			return true
		}
		at += i + len(title)
	}
	return false
}

// textForms reads how one clipping's writer wrote its speakers: what the
// whole text shows of a name (its uses, the surname alone) and whether it
// writes a title after "the" are read once per name or title, however many
// of the clipping's entries ask.
type textForms struct {
	text   string
	names  map[string]*nameUses
	titles map[string]bool
}

func newTextForms(text string) *textForms {
	return &textForms{text: text, names: map[string]*nameUses{}, titles: map[string]bool{}}
}

// nameUses is what a clipping's text shows of a capitalised name wherever
// it stands, apart from the mention a statement hangs on.
type nameUses struct {
	the, bare   int  // its uses as a subject after "the", and bare at a sentence's or a lower-case word's end
	person, org bool // signs of a person or an organisation next to it
	surname     int8 // surnameAlone: 0 not read yet, 1 false, 2 true
}

// titleThe is titleThe over the clipping's text, read once per title.
func (r *textForms) titleThe(title string) bool {
	the, ok := r.titles[title]
	if !ok {
		the = titleThe(r.text, title)
		r.titles[title] = the
	}
	return the
}

// speakerForm reads in the text how its writer wrote name, the mention at
// span first. A name in lower case (a description: "a spokesman") or of
// one word gets no surname; only a capitalised name can take "the".
func (r *textForms) speakerForm(name string, span Span) SpeakerForm {
	text := r.text
	form := SpeakerForm{Read: true}
	f := strings.Fields(FoldSpace(name))
	if len(f) == 0 || !startsUpperWord(f[0]) {
		return form
	}
	name = strings.Join(f, " ")
	f = withoutSuffix(f) // its surname is the word before "Jr."
	bare := 0
	if !span.Empty() && span.End() <= len(text) {
		// The mention the statement hangs on decides when it holds the name.
		mention := FoldSpace(text[span.Start():span.End()])
		if strings.HasSuffix(mention, name) {
			before := strings.TrimSuffix(mention, name)
			if strings.TrimSpace(before) == "" {
				before = text[:span.Start()]
			}
			if isThe(lastWord(before)) {
				return SpeakerForm{Read: true, The: true}
			}
			bare++
		}
		if len(f) > 1 && (mention == f[len(f)-1] || personPronouns[mention]) {
			// "Peskov said"; "he said", which the extractor gives only a
			// person of that sex.
			form.Person = true
		}
	}
	u := r.names[name]
	if u == nil {
		u = readUses(text, name, len(f) > 1)
		r.names[name] = u
	}
	form.Person = form.Person || u.person
	form.Org = u.org
	form.The = u.the > u.bare+bare
	if len(f) > 1 && !form.The && !form.Person {
		if u.surname == 0 {
			u.surname = 1
			if surnameAlone(text, f[len(f)-2], f[len(f)-1]) {
				u.surname = 2
			}
		}
		form.Person = u.surname == 2
	}
	if form.The {
		form.Person = false // "the State Department"
	}
	return form
}

// readUses reads name's uses in text: after "the" or bare as a subject,
// and, for a name of more than one word (several), the signs next to it of
// a person or an organisation.
func readUses(text, name string, several bool) *nameUses {
	u := &nameUses{}
	for at := 0; at < len(text); {
		i := wordIndex(text[at:], name)
		if i < 0 {
			break
		}
		start, end := at+i, at+i+len(name)
		at = end
		if several {
			person, thing := pronounAfter(text[end:])
			w := lastWord(text[:start])
			if person || titleAbbr(w) {
				u.person = true // "Rep. Jason Chaffetz", "Ann Lee said she"
			}
			if thing || orgBefore(text[:start]) || officeAfter(text[end:]) {
				u.org = true // "Judicial Watch said its ...", "analysts at Goldman Sachs"
			}
		}
		if !subjectUse(text[end:]) {
			continue // "the Judicial Watch lawsuit": "the" goes with "lawsuit"
		}
		switch w := lastWord(text[:start]); {
		case isThe(w):
			u.the++
		case w != "" && (!startsUpperWord(w) || endsSentence(w)):
			u.bare++ // at a line's start, a headline may have dropped "the"
		}
	}
	return u
}

// pronounAfter reports whether the first pronoun after a mention, in its
// sentence with no other name or quote before it (nor, for "its", a noun
// with its article), is a person's ("Ann Lee, a farmer, said she ..."),
// not a thing's ("... said its ...").
func pronounAfter(after string) (person, thing bool) {
	thingNoun := false // "the city ... its budget": "its" is the city's
	for _, w := range strings.Fields(after[:min(len(after), 300)]) {
		if strings.HasPrefix(w, "“") || strings.HasPrefix(w, "\"") {
			return false, false // a quote's pronouns are the quote's
		}
		t := strings.Trim(w, "\"“”‘’'(),;:.?!—")
		switch lt := strings.ToLower(t); {
		case lt == "he" || lt == "she" || lt == "his" || lt == "her" || lt == "him":
			return true, false
		case lt == "it" || lt == "its":
			return false, !thingNoun
		case lt == "the" || lt == "a" || lt == "an" || lt == "this" || lt == "that":
			thingNoun = true
		case lt == "they" || lt == "their" || lt == "them":
			return false, false
		case startsUpperWord(t) && t != "I":
			return false, false // another name first
		}
		if endsSentence(w) {
			return false, false
		}
	}
	return false, false
}

// orgBefore reports whether the words before a mention show it is an
// organisation's: one works "at" it ("an economist at Brindle Sachs"), a
// class noun of organisations stands before it ("the legal group Copper
// Watch"), or it is what an office holder heads ("the president of Copper
// Watch").
func orgBefore(before string) bool {
	w := lastWord(before)
	switch lw := strings.ToLower(w); {
	case w == "at":
		return true
	case w == lw && (orgNouns[lw] || orgClassNouns[lw]):
		return true
	case w == "of":
		return officeNouns[strings.ToLower(lastWord(strings.TrimSuffix(strings.TrimRight(before, " \t"), "of")))]
	}
	return false
}

// orgClassNouns are nouns that class an organisation named after them
// ("the watchdog group Copper Watch", "the firm Brindle Sachs"), besides
// the head nouns of organisations' own names (orgNouns).
var orgClassNouns = map[string]bool{
	"firm": true, "outlet": true, "network": true, "newspaper": true, "magazine": true,
	"nonprofit": true, "non-profit": true, "watchdog": true, "charity": true, "lender": true,
	"bank": true, "insurer": true, "retailer": true, "publisher": true, "website": true,
}

// officeNouns are the offices an organisation has a holder of ("the
// president of ...", "a spokesman of ...").
var officeNouns = map[string]bool{
	"president": true, "head": true, "chief": true, "director": true, "chairman": true,
	"chairwoman": true, "founder": true, "co-founder": true, "member": true, "members": true,
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "executive": true, "economist": true,
	"analyst": true, "analysts": true, "leader": true, "leaders": true,
}

// officeAfter reports whether a mention goes on with an office and its
// holder's name ("Copper Watch president Ann Lee"): the mention names the
// organisation the holder serves.
func officeAfter(after string) bool {
	f := strings.Fields(after[:min(len(after), 80)])
	return len(f) >= 2 && f[0] == strings.ToLower(f[0]) && officeNouns[f[0]] && startsUpperWord(f[1])
}

// personPronouns are the pronouns that refer to a person only.
var personPronouns = map[string]bool{"he": true, "He": true, "she": true, "She": true}

// surnameAlone reports whether text names someone by last alone: the word
// capitalised, not after prev (the name in full), another capitalised word
// or a determiner ("the Journal"), unless that word is an abbreviated
// title ("Mr. Peskov") or ends a sentence, and not before a capitalised
// word (a longer name: "Watch Dog").
func surnameAlone(text, prev, last string) bool {
	for at := 0; at < len(text); {
		i := wordIndex(text[at:], last)
		if i < 0 {
			return false
		}
		start, end := at+i, at+i+len(last)
		at = end
		w := lastWord(text[:start])
		switch {
		case w == prev, isThe(w) || determiners[strings.ToLower(w)]:
			continue
		case startsUpperWord(w) && !endsSentence(w) && !titleAbbr(w):
			continue
		}
		if next := firstWord(strings.TrimPrefix(strings.TrimPrefix(text[end:], "'s"), "’s")); next != "" && startsUpperWord(next) &&
			!strings.ContainsAny(text[end:end+1], ",.;:") {
			continue
		}
		return true
	}
	return false
}

// subjectUse reports whether the words after a mention leave it a noun
// phrase of its own: punctuation, a possessive, or a word in lower case
// that is a verb of saying or an auxiliary ("the Kremlin said", "the
// Kremlin's"), not a noun it modifies ("the Judicial Watch lawsuit").
func subjectUse(after string) bool {
	r, _ := utf8.DecodeRuneInString(after)
	if r == utf8.RuneError || r == '\'' || r == '’' || (unicode.IsPunct(r) && r != '-') {
		return true
	}
	w := strings.ToLower(strings.Trim(firstWord(after), ",.;:"))
	return subjectVerbs[w]
}

// subjectVerbs are the words that follow a speaker as its verb: verbs of
// saying in the past or present and the auxiliaries.
var subjectVerbs = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`said says told tells added adds announced announces stated states
		warned warns noted notes argued argues insisted insists claimed claims confirmed confirms denied denies
		is was has had have will would could can may might should did does has also`) {
		subjectVerbs[w] = true
	}
}

// wordIndex returns the index of the first occurrence of w in s that
// stands as whole words (no letter or digit on either side), or -1; an
// empty w is no word.
func wordIndex(s, w string) int {
	if w == "" {
		return -1
	}
	for at := 0; ; {
		i := strings.Index(s[at:], w)
		if i < 0 {
			return -1
		}
		i += at
		before, _ := utf8.DecodeLastRuneInString(s[:i])
		after, _ := utf8.DecodeRuneInString(s[i+len(w):])
		if !isWordRune(before) && !isWordRune(after) {
			return i
		}
		at = i + 1
	}
}

// lastWord returns s's last word, within the line it ends on, trimmed of
// quote marks and brackets ("" at a line's start).
func lastWord(s string) string {
	if i := strings.LastIndexByte(s, '\n'); i >= 0 {
		s = s[i+1:]
	}
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	if i := strings.LastIndexFunc(s, unicode.IsSpace); i >= 0 {
		_, n := utf8.DecodeRuneInString(s[i:])
		s = s[i+n:]
	}
	return strings.Trim(s, "\"“”‘'([")
}

func isThe(w string) bool { return w == "the" || w == "The" }

// endsSentence reports whether word w ends a sentence: a full stop (not
// an abbreviated title's), a question or exclamation mark, a closing
// quote after one.
func endsSentence(w string) bool {
	w = strings.TrimRight(w, "\"”’')")
	return strings.HasSuffix(w, "?") || strings.HasSuffix(w, "!") || (strings.HasSuffix(w, ".") && !titleAbbr(w))
}

func startsUpperWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// againName returns how a line names e's speaker (name, as the line
// writes it) introduced before: by surname when a person (shortName), as
// given an organisation. The clipping's evidence decides (a person's signs
// beat an organisation's); without any, shortName guesses.
func againName(e *Entry, name string) string {
	if e.Form.Org && !e.Form.Person || e.Form.The {
		return theName(e, name)
	}
	return theName(e, shortName(name))
}

// soloName returns how a line standing alone (a search result, a timeline
// entry) names e's speaker: as againName does, with the article a
// description takes ("a spokesman").
func soloName(e *Entry) string { return withArticle(againName(e, FoldSpace(e.Speaker)), false) }

// theName gives a name the "the" its writer put before it ("the
// Kremlin"), which a line at its start writes "The Kremlin".
func theName(e *Entry, name string) string {
	if e.Form.The && startsUpperWord(name) {
		return "the " + name
	}
	return name
}
