package digest

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// SpeakerHeading returns a speaker's name as it heads a line of its own
// (a search result's): a description in lower case takes a capital
// ("Spokesman"), as it does opening a sentence.
func SpeakerHeading(name string) string { return sentenceStart(FoldSpace(name)) }

// HeadingTitleSep stands between a heading's name and its title.
const HeadingTitleSep = ", "

// SpeakerHeadingTitle returns a speaker's heading with its title: "Dmitry
// Peskov, Kremlin spokesman"; an abbreviated title stands before the name,
// as the digest writes it ("Rep. Trey Gowdy", not "Trey Gowdy, Rep.").
func SpeakerHeadingTitle(name, title string) string {
	name, title = SpeakerHeading(name), FoldSpace(title)
	switch {
	case title == "":
		return name
	case titleAbbr(title):
		return oneTitle(title) + " " + name
	}
	return name + HeadingTitleSep + title
}

// nameCase writes a transcript's speaker, set in capitals ("JAKE TAPPER:",
// "BOULDUAN:"), as a name: "Jake Tapper", "Boulduan". Only names whose
// every word has four letters or more and which have five letters in all:
// an acronym ("ESPN", "NBC") stays as it is.
func nameCase(name string) string {
	if strings.IndexFunc(name, unicode.IsLower) >= 0 {
		return name
	}
	f := strings.Fields(name)
	total := 0
	for _, w := range f {
		n := 0
		for _, r := range w {
			if unicode.IsLetter(r) {
				n++
			}
		}
		if n < 4 {
			return name
		}
		total += n
	}
	if total < 5 {
		return name
	}
	for i, w := range f {
		r, n := utf8.DecodeRuneInString(w)
		f[i] = string(r) + strings.ToLower(w[n:])
	}
	return strings.Join(f, " ")
}

// withArticle gives a speaker described by a singular common noun the
// article it had in the text, which the speaker's name leaves out: "a
// spokesman said", not "Spokesman said"; "the budget office", "the
// mayor's office" (an organisation, a possessive). again (the speaker was
// named before in the story) makes "a" "the". Names, plurals ("officials"),
// and descriptions opening with a determiner, a quantifier or a number
// ("many voters", "22 percent") are returned as they are.
func withArticle(name string, again bool) string {
	f := strings.Fields(name)
	if len(f) == 0 {
		return name
	}
	first := strings.ToLower(f[0])
	if r, _ := utf8.DecodeRuneInString(f[0]); !unicode.IsLower(r) || determiners[first] || stopWords[first] ||
		clauseOpeners[first] || strings.ContainsFunc(first, unicode.IsDigit) || numberWord(first) {
		return name
	}
	if definiteFirst[first] || possessive(first) {
		return "the " + name // "the same number", "the mayor's office"
	}
	// The description's nouns: its words up to its first preposition or
	// clause ("person close to ...", "exit polls reported by ..."); the
	// last of them is its head.
	nouns := f
	for i, w := range f[1:] {
		if headEnds[strings.ToLower(w)] {
			nouns = f[:i+1]
			break
		}
	}
	for _, w := range nouns {
		if pluralNoun(strings.ToLower(strings.Trim(w, ".,;:"))) {
			return name // "campaign workers here", "court documents reported by ..."
		}
	}
	head := nouns[len(nouns)-1]
	h := strings.ToLower(strings.Trim(head, ".,;:"))
	if r, _ := utf8.DecodeRuneInString(head); !unicode.IsLower(r) {
		return name
	}
	if again || orgNouns[h] {
		return "the " + name
	}
	if anSound(first) {
		return "an " + name
	}
	return "a " + name
}

// theRole gives a speaker's role that opens with a possessive its "the":
// "Jon Favreau, the president's former chief speechwriter", not
// "Jon Favreau, president's former chief speechwriter".
func theRole(title string) string {
	w := firstWord(title)
	if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) && possessive(w) {
		return "the " + title
	}
	return title
}

// possessive reports whether a word ends in 's.
func possessive(w string) bool { return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") }

// determiners open a description that needs no article of its own.
var determiners = map[string]bool{}

// definiteFirst are adjectives that take "the": "the same polling".
var definiteFirst = map[string]bool{"same": true, "first": true, "last": true, "next": true}

// headEnds are the words after a description's head noun: "person close
// to", "spokesman for the ministry", "official who".
var headEnds = map[string]bool{}

// irregularPlurals are plural nouns without a final s.
var irregularPlurals = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`a an another any each either every few fewer half less more most much
		neither no one several some such this that these those what which who why whose his her its their our
		my your nearly almost roughly around just barely approximately`) {
		determiners[w] = true
	}
	for _, w := range strings.Fields(`of on for at in from with to close familiar involved who that which by near
		under inside outside reported here there`) {
		headEnds[w] = true
	}
	for _, w := range strings.Fields(`people men women children folk police media data staff clergy`) {
		irregularPlurals[w] = true
	}
}

// pluralNoun reports whether a lower-cased noun is plural: it ends in s but
// not as "press", "status" or "analysis" do, or it is an irregular plural.
func pluralNoun(w string) bool {
	if irregularPlurals[w] || strings.HasSuffix(w, "men") { // "chairmen"
		return true
	}
	if w == "news" || w == "series" {
		return false
	}
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is")
}

// numberWord reports whether w is a number written out ("six-million",
// "twenty"), which needs no article.
func numberWord(w string) bool {
	w, _, _ = strings.Cut(w, "-")
	switch w {
	case "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
		"twenty", "thirty", "forty", "fifty", "hundred", "hundreds", "thousand", "thousands", "million",
		"millions", "dozen", "dozens", "both", "all":
		return true
	}
	return false
}

// anSound reports whether a word takes "an": it opens with a vowel sound
// (not the "you" of "union" or "user").
func anSound(w string) bool {
	switch {
	case strings.HasPrefix(w, "uni"), strings.HasPrefix(w, "use"), strings.HasPrefix(w, "usu"), strings.HasPrefix(w, "ut"):
		return false
	case strings.HasPrefix(w, "hour"), strings.HasPrefix(w, "honest"):
		return true
	}
	return w != "" && strings.ContainsRune("aeiou", rune(w[0]))
}

// shortName returns how a line names a speaker already introduced: a
// person by surname; as given a vague or one-word speaker, speakers joined
// by "and" (a surname would name one of them), a name with lower-case
// words ("Top Russian officials", "Charles de Gaulle") and an
// organisation ("Russian Foreign Ministry": its last word is no surname).
func shortName(name string) string {
	name = FoldSpace(name)
	f := withoutSuffix(strings.Fields(name))
	if len(f) < 2 || !namedSpeaker(name) || orgNouns[strings.ToLower(strings.Trim(f[len(f)-1], ".,"))] {
		return name
	}
	for _, w := range f {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) || w == "&" {
			return name
		}
	}
	if n := len(f); n > 2 && surnameParticles[strings.ToLower(f[n-2])] {
		return f[n-2] + " " + f[n-1] // "Alyssa Van Wagenen": "Van Wagenen", "Marine Le Pen": "Le Pen"
	}
	return f[len(f)-1]
}

// surnameParticles open a surname of two words when written with a
// capital inside a name ("Van Wagenen", "De Niro", "Le Pen", "Del Toro").
var surnameParticles = map[string]bool{
	"van": true, "von": true, "de": true, "del": true, "della": true, "di": true, "da": true,
	"dos": true, "du": true, "la": true, "le": true, "ten": true, "ter": true,
}

// withoutSuffix returns a name's words without the generational suffix
// that may end it ("Joseph R. Biden Jr.": its surname is "Biden").
func withoutSuffix(f []string) []string {
	if n := len(f); n > 2 && nameSuffixes[strings.ToLower(strings.TrimRight(f[n-1], ".,"))] {
		return f[:n-1]
	}
	return f
}

var nameSuffixes = map[string]bool{"jr": true, "sr": true, "ii": true, "iii": true, "iv": true}

// orgNouns are the head nouns that end organisations' names.
var orgNouns = map[string]bool{
	"ministry": true, "department": true, "office": true, "agency": true, "committee": true,
	"council": true, "party": true, "service": true, "commission": true, "court": true,
	"government": true, "administration": true, "bank": true, "fund": true, "union": true,
	"campaign": true, "senate": true, "house": true, "embassy": true, "army": true,
	"police": true, "forces": true, "corporation": true, "company": true, "institute": true,
	"foundation": true, "association": true, "organization": true, "organisation": true,
	"parliament": true, "congress": true, "cabinet": true, "group": true, "board": true,
	"authority": true, "mission": true, "staff": true, "team": true, "university": true,
	"news": true, "research": true,
}

// oneTitle writes an abbreviated title several share ("Sens." of "Sens.
// Ann Lee and Bo Hart") as one person's: "Sen.".
func oneTitle(title string) string {
	i := strings.LastIndexFunc(title, unicode.IsSpace) + 1
	w := strings.TrimSuffix(title[i:], ".")
	if one := strings.TrimSuffix(w, "s"); one != w && titleAbbrs[strings.ToLower(one)] {
		return title[:i] + one + "."
	}
	return title
}
