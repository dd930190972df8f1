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

// epithetPerson returns the person an epithet speaker stands for: the
// person named last before it outside quotations, in its paragraph or the
// one before; none when that name is not a person's.
func (x *extractor) epithetPerson(m mention) (resolved, bool) {
	if m.kind == mPronoun || m.span[1] <= m.span[0] || m.span[1] > len(x.t) || !isEpithet(x.t[m.span[0]:m.span[1]]) {
		return resolved{}, false
	}
	es := &x.ents
	b := es.blockOf(m.span[0])
	for i := es.from(m.span[0]) - 1; i >= 0; i-- {
		mr := es.order[i]
		if es.blockOf(mr.pos) < b-1 {
			break
		}
		if x.quoted(mr.pos) {
			continue // "“Donald is an amazing leader,” said the 46-year-old": not the one quoted about
		}
		if !es.isPerson(mr.id) && !es.surnameSubject(x.t, mr.id) {
			return resolved{}, false
		}
		e := es.list[mr.id]
		return resolved{name: canonicalName(e.name, e.sex, x.famous), title: e.title, sex: e.sex, ent: mr.id + 1}, true
	}
	return resolved{}, false
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
// or of age: "the Italian", "The Spaniard", "the 22-year-old".
func isEpithet(phrase string) bool {
	rest, ok := strings.CutPrefix(phrase, "the ")
	if !ok {
		rest, ok = strings.CutPrefix(phrase, "The ")
	}
	if !ok || strings.ContainsAny(rest, " ,") {
		return false
	}
	if n, ok := strings.CutSuffix(rest, "-year-old"); ok {
		return n != "" && strings.IndexFunc(n, func(r rune) bool { return !unicode.IsDigit(r) }) < 0
	}
	if !startsUpper(rest) {
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
