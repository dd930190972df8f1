package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A transcript labels its turns with the speaker's name in capitals
// ("MARGARET BRENNAN: ...", "SEN. AMY KLOBUCHAR: ...", then "BRENNAN:").
// The label is a person's name, not an acronym: it is written as the
// clipping writes that person elsewhere, else in ordinary case, and a later
// label of the surname alone is the same person.

// turnLabel renames the speaker r of a transcript's turn whose label is a
// name in capitals; labels records the people the labels named, by their
// surname in capitals.
func (x *extractor) turnLabel(r *resolved, labels map[string]resolved) {
	if !r.org || r.name == "" || !capsWords(strings.Fields(r.name)) {
		return
	}
	words := strings.Fields(r.name)
	if len(words) == 1 {
		if p, ok := labels[words[0]]; ok {
			*r = p // "BRENNAN:" after "MARGARET BRENNAN:"
		} else if name := x.headlineName(words[0]); name != "" {
			*r = resolved{name: name, sex: r.sex} // "WARD:" under the headline "Lisa Ward on the budget"
			labels[words[0]] = *r
		}
		return
	}
	var buf [64]byte
	t := 0 // the title's words: "SEN.", "GOV.", "PRESIDENT"
	for t < len(words)-2 && look(strings.TrimSuffix(words[t], "."), &buf).f&(fRole|fAbbr|fHon) != 0 {
		t++
	}
	name := words[t:]
	for _, w := range name {
		if look(w, &buf).f&(fRole|fOrgHead|fMedia|fAbbr|fHon) != 0 || strings.ContainsAny(w, "0123456789&") {
			return // "CNN NEWSROOM", "FOX NEWS": a body or a show, not a name
		}
	}
	p := resolved{name: ordinaryCase(name), title: ordinaryCase(words[:t]), sex: r.sex}
	if id := x.ents.findFold(name); id >= 0 {
		e := x.ents.list[id]
		p = resolved{name: e.name, title: e.title, sex: e.sex, ent: id + 1}
		if p.title == "" {
			p.title = ordinaryCase(words[:t])
		}
	}
	*r = p
	labels[name[len(name)-1]] = p
}

// findFold returns the person the clipping names with these words but
// for case, or -1.
func (es *entities) findFold(words []string) int {
	for id, e := range es.list {
		if len(e.words) != len(words) {
			continue
		}
		same := true
		for i, w := range e.words {
			if !strings.EqualFold(w, words[i]) {
				same = false
				break
			}
		}
		if same {
			return id
		}
	}
	return -1
}

// ordinaryCase writes words in capitals as a name is written: each part
// after a space, a hyphen or an apostrophe capitalised, the rest lower
// case ("O'BRIEN-SMITH" is "O'Brien-Smith").
func ordinaryCase(words []string) string {
	var b strings.Builder
	for i, w := range words {
		if i > 0 {
			b.WriteByte(' ')
		}
		up := true
		for _, c := range w {
			if up {
				b.WriteRune(unicode.ToUpper(c))
			} else {
				b.WriteRune(unicode.ToLower(c))
			}
			up = c == '-' || c == '\'' || c == '’'
		}
	}
	return b.String()
}

// capsWords reports whether every word is written in capitals: two
// letters or more, none lower case.
func capsWords(words []string) bool {
	for _, w := range words {
		if !allCaps(w) || utf8.RuneCountInString(w) < 2 {
			return false
		}
	}
	return len(words) > 0
}

// headlineName returns the full name a headline gives the surname a
// transcript's label writes in capitals: the surname with the capitalised
// word before it that the lexicon does not know ("Lisa Ward on the budget
// fight" for "WARD"), or "".
func (x *extractor) headlineName(label string) string {
	var buf [64]byte
	for _, sp := range x.headTx {
		words := strings.Fields(x.t[sp[0]:sp[1]])
		for i := 1; i < len(words); i++ {
			w := stripPossessive(strings.Trim(words[i], ",:;."))
			first := words[i-1]
			if w == label || !strings.EqualFold(w, label) || !startsUpper(first) || look(first, &buf).f != 0 {
				continue
			}
			return first + " " + w
		}
	}
	return ""
}
