package extract

import (
	"strings"
	"unicode"
)

// Epithets: sport and wire copy call a person named just before by their
// nationality or age ("“He deserved it,” the Italian said", "the
// 22-year-old said", "The Spaniard added"). Such a phrase is no role
// anyone holds; like a pronoun it stands for the person named last.

// nationalityNouns are the nouns of nationality that are not also the
// adjective (demonyms holds those: "the Italian", "the Russian").
var nationalityNouns = map[string]bool{"spaniard": true, "briton": true, "brit": true, "frenchman": true,
	"frenchwoman": true, "dutchman": true, "dutchwoman": true, "englishman": true, "englishwoman": true,
	"scot": true, "swede": true, "pole": true, "turk": true, "dane": true, "finn": true, "swiss": true,
	"irishman": true, "irishwoman": true, "welshman": true, "welshwoman": true, "argentine": true}

// epithetPerson returns the person an epithet speaker stands for: of the
// latest sentence that names someone before it outside quotations, in its
// paragraph or the one before, the subject, else the person that sentence
// names last.
func (x *extractor) epithetPerson(m mention) (resolved, bool) {
	if m.kind == mPronoun || m.span[1] <= m.span[0] || m.span[1] > len(x.t) || !isEpithet(x.t[m.span[0]:m.span[1]]) {
		return resolved{}, false
	}
	es := &x.ents
	b := es.blockOf(m.span[0])
	last, sent := -1, -1 // the person named last, and the sentence of the first name met
	for i := es.from(m.span[0]) - 1; i >= 0; i-- {
		mr := es.order[i]
		if es.blockOf(mr.pos) < b-1 {
			break
		}
		if x.quoted(mr.pos) {
			continue // "“Donald is an amazing leader,” said the 46-year-old": not the one quoted about
		}
		k := es.sentOf(mr.pos)
		if sent >= 0 && k != sent {
			break // no subject named in that sentence
		}
		sent = k
		person := es.isPerson(mr.id) || es.surnameSubject(x.t, mr.id)
		if opensSentence(x.t, es.sents[max(0, k)], mr.pos) {
			// the sentence's subject ("Jannik Sinner beat Daniil Medvedev
			// ... the Italian said"), a person by its name when the table
			// does not know the first name
			if person || es.namelike(mr.id) && !orgNamed(es.list[mr.id].words) {
				last = mr.id
			}
			break
		}
		if last < 0 && person {
			last = mr.id
		}
	}
	if last < 0 {
		return resolved{}, false
	}
	e := es.list[last]
	return resolved{name: canonicalName(e.name, e.sex, x.famous), title: e.title, sex: e.sex, ent: last + 1}, true
}

// orgNamed reports whether a name ends in a word that names a body
// ("Acme Corp", "Orbis Group").
func orgNamed(words []string) bool {
	var buf [64]byte
	return len(words) > 0 && look(words[len(words)-1], &buf).f&fOrgHead != 0
}

// quoted reports whether byte offset pos is inside a quotation that a
// statement quotes.
func (x *extractor) quoted(pos int) bool {
	for _, r := range x.raws {
		if r.direct && r.content[0] <= pos && pos < r.content[1] {
			return true
		}
	}
	return false
}

// isEpithet reports whether phrase is "the" and one noun of nationality
// or of age, or an age before a noun of nationality: "the Italian", "The
// Spaniard", "the 22-year-old", "the 22-year-old Italian".
func isEpithet(phrase string) bool {
	rest, ok := strings.CutPrefix(phrase, "the ")
	if !ok {
		rest, ok = strings.CutPrefix(phrase, "The ")
	}
	if !ok || strings.IndexByte(rest, ',') >= 0 {
		return false
	}
	if n, ok := strings.CutSuffix(rest, "-year-old"); ok {
		return age(n)
	}
	if n, noun, ok := strings.Cut(rest, "-year-old "); ok && age(n) {
		rest = noun // "the 22-year-old Italian"
	}
	if !startsUpper(rest) || strings.IndexByte(rest, ' ') >= 0 {
		return false
	}
	if nationalityNouns[strings.ToLower(rest)] {
		return true
	}
	for _, adj := range demonyms {
		if rest == adj && !strings.HasSuffix(adj, "ish") && !strings.HasSuffix(adj, "ese") && !strings.HasSuffix(adj, "ch") {
			return true // "the Italian", "the Russian"; not "the British", "the Chinese", "the French": a people
		}
	}
	return false
}

// age reports whether n is a number of years: the "22" of "22-year-old".
func age(n string) bool {
	return n != "" && strings.IndexFunc(n, func(r rune) bool { return !unicode.IsDigit(r) }) < 0
}
