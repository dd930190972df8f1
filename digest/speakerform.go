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
	// BySurname: the writer names the speaker by the name's last word
	// alone ("Peskov said", "Mr. Peskov"), as one names a person. An
	// organisation's last word never stands alone ("Judicial Watch",
	// "Goldman Sachs").
	BySurname bool
}

// speakerForm reads in text how its writer wrote name, the mention at span
// first. A name in lower case (a description: "a spokesman") or of one
// word gets no surname; only a capitalised name can take "the".
func speakerForm(text, name string, span Span) SpeakerForm {
	form := SpeakerForm{Read: true}
	f := strings.Fields(FoldSpace(name))
	if len(f) == 0 || !startsUpperWord(f[0]) {
		return form
	}
	name = strings.Join(f, " ")
	the, bare, org := 0, 0, false
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
			form.BySurname = true
		}
	}
	for at := 0; at < len(text); {
		i := wordIndex(text[at:], name)
		if i < 0 {
			break
		}
		start, end := at+i, at+i+len(name)
		at = end
		if len(f) > 1 {
			person, thing := pronounAfter(text[end:])
			w := lastWord(text[:start])
			if person || titleAbbr(w) {
				form.BySurname = true // "Rep. Jason Chaffetz", "Ann Lee said she"
			}
			if thing || w == "at" {
				org = true // "Judicial Watch said its ...", "analysts at Goldman Sachs"
			}
		}
		if !subjectUse(text[end:]) {
			continue // "the Judicial Watch lawsuit": "the" goes with "lawsuit"
		}
		switch w := lastWord(text[:start]); {
		case isThe(w):
			the++
		case w != "" && (!startsUpperWord(w) || endsSentence(w)):
			bare++ // at a line's start, a headline may have dropped "the"
		}
	}
	form.The = the > bare
	if len(f) > 1 && !form.The && !form.BySurname {
		// Without a person's signs, only an organisation's keep it whole.
		form.BySurname = surnameAlone(text, f[len(f)-2], f[len(f)-1]) || !org
	}
	return form
}

// pronounAfter reports whether the first pronoun after a mention, in its
// sentence with no other name or quote before it, is a person's ("Ann
// Lee, a farmer, said she ..."), not a thing's ("... said its ...").
func pronounAfter(after string) (person, thing bool) {
	for _, w := range strings.Fields(after[:min(len(after), 300)]) {
		if strings.HasPrefix(w, "“") || strings.HasPrefix(w, "\"") {
			return false, false // a quote's pronouns are the quote's
		}
		t := strings.Trim(w, "\"“”‘’'(),;:.?!—")
		switch lt := strings.ToLower(t); {
		case lt == "he" || lt == "she" || lt == "his" || lt == "her" || lt == "him":
			return true, false
		case lt == "it" || lt == "its":
			return false, true
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
// stands as whole words (no letter or digit on either side), or -1.
func wordIndex(s, w string) int {
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
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return strings.Trim(f[len(f)-1], "\"“”‘'([")
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
// given an organisation. With its clipping read, only a speaker its writer
// named by the last word alone is a person; without, shortName guesses.
func againName(e *Entry, name string) string {
	if e.Form.Read && !e.Form.BySurname {
		return theName(e, name)
	}
	return theName(e, shortName(name))
}

// theName gives a name the "the" its writer put before it ("the
// Kremlin"), which a line at its start writes "The Kremlin".
func theName(e *Entry, name string) string {
	if e.Form.The && startsUpperWord(name) {
		return "the " + name
	}
	return name
}
