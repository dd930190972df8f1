package extract

import "strings"

// "A lawyer for Tom Aske said", "said a spokeswoman for Mayor Lee", "an
// aide to Sen. Vera Lund said": an unnamed holder of a role is known by
// whose role it is. The bare role ("lawyer") tells a reader nothing, and
// the one named after the preposition did not speak; the whole phrase is
// the speaker, as "Lawyers for Mayor Tom Aske" is (speaker_group.go). A
// title of office before a name is no such phrase ("Ambassador to Russia
// Michael McFaul", "envoy for climate John Kerry"): the words after the
// preposition there are no person's name of their own, and this reading
// leaves them as it finds them.

// roleForPerson reports whether a role word at or before toks[*r] (the
// last role word) goes on with "for", "to" or "with" and a person's name
// and nothing else: a known first name, or a courtesy title or role word
// before a capitalised word ("lawyer for Tom Aske", "aide to Sen. Vera
// Lund", "spokeswoman for Mayor Ruth Hale"). It sets *r to that role word.
func roleForPerson(t string, toks []token, r *int) bool {
	for i := *r; i >= 0 && i+6 >= len(toks); i-- {
		if i+3 >= len(toks) || toks[i].w.f&fRole == 0 {
			continue
		}
		p := t[toks[i+1].s:toks[i+1].e]
		if p != "for" && p != "to" && p != "with" {
			continue
		}
		first, all := toks[i+2], true
		for _, tk := range toks[i+2:] {
			all = all && tk.k == kWord && tk.cap // "lawyer for Tom Aske's family": whose is not the name alone
		}
		if all && (first.w.f&(fHon|fRole) != 0 || knownFirstName(t[first.s:first.e])) {
			*r = i
			return true
		}
		return false
	}
	return false
}

// roleOfNamed returns the phrase of the role mention m when it goes on
// after its role word with "for", "to", "at" or "with" and a capitalised
// name ("A lawyer for Tom Aske", "aide to Sen. Vera Lund"): the text as
// written up to a comma, without a leading "the"; else "".
func (x *extractor) roleOfNamed(m mention) string {
	if m.role == "" || m.span[1] <= m.span[0] || m.span[1] > len(x.t) {
		return ""
	}
	phrase := x.t[m.span[0]:m.span[1]]
	if c := strings.IndexAny(phrase, ",(—"); c >= 0 {
		phrase = phrase[:c] // "A lawyer for Tom Aske, who ...": the phrase before its aside
	}
	phrase = strings.TrimSpace(phrase)
	ws := strings.Fields(phrase)
	if len(ws) > 9 {
		return ""
	}
	k := -1
	for i := 1; i+1 < len(ws) && k < 0; i++ {
		switch ws[i] {
		case "for", "to", "at", "with":
			if roleKey(ws[i-1]) == m.role {
				k = i
			}
		}
	}
	if k < 0 || !x.personOrBody(ws[k+1:]) {
		return "" // "a lawyer for the county": no name to know the role by
	}
	for _, d := range []string{"the ", "The ", "a ", "A ", "an ", "An "} {
		phrase = strings.TrimPrefix(phrase, d) // a vague speaker's article is the digest's (digest/speakername.go)
	}
	return stripPossessive(phrase)
}

// personOrBody reports whether the words ws, after a role's preposition,
// name a person (a known first name, a courtesy title or a role word
// first, or the surname of a person named before) or a body ("the
// Pentagon"): not a place or a field ("to Russia Michael McFaul").
func (x *extractor) personOrBody(ws []string) bool {
	if len(ws) == 0 {
		return false
	}
	if ws[0] == "the" {
		name := capsAfter(" " + strings.Join(ws[1:], " "))
		return name != "" && !isPlace(name)
	}
	var buf [64]byte
	if len(ws) > 1 && look(strings.TrimSuffix(ws[0], "."), &buf).f&(fHon|fRole) != 0 && capsAfter(" "+ws[1]) != "" {
		return true // "to Sen. Vera Lund", "for Mayor Tom Aske"
	}
	name := capsAfter(" " + strings.Join(ws, " "))
	if name == "" || isPlace(name) || wordCount(name) != len(ws) {
		return false
	}
	if knownFirstName(ws[0]) && len(ws) > 1 {
		return true
	}
	for _, id := range x.ents.byLast[stripPossessive(ws[len(ws)-1])] {
		if x.ents.isPerson(id) {
			return true // "a spokesman for Clinton"
		}
	}
	return false
}

// roleForWhat returns where the name starts when the role word at r is
// followed by "for" or "to" and what the role is for or to, then the
// name: "Special Envoy for Climate John Kerry", "Special Representative
// for Iran Brian Hook", "Ambassador to Russia Michael McFaul". The name
// starts at a known first name after the first word of what the role is
// for, else it is the last two capitalised words; with fewer than three
// capitalised words after the preposition, or any lower-case word, role
// or courtesy title among them, r+1 (the preposition) is returned. A
// lower-case "the" may open what the role is to when the role is a title
// of office, capitalised before a name ("Envoy to the United Nations Tom
// Aske"); after a lower-case role it opens a body's name, which may run
// to the cue ("a spokesman for the Halden Port Authority said").
func roleForWhat(t string, toks []token, r int) int {
	i := r + 1 // the preposition
	if i+1 >= len(toks) {
		return i
	}
	if p := t[toks[i].s:toks[i].e]; !equalFold(p, "for") && !equalFold(p, "to") {
		return i
	}
	w := i + 1 // the first word of what the role is for
	if t[toks[w].s:toks[w].e] == "the" && toks[r].cap {
		w++
	}
	if w+3 > len(toks) {
		return i
	}
	for _, tk := range toks[w:] {
		if tk.k != kWord || !tk.cap || tk.w.f&(fRole|fHon) != 0 {
			return i // "spokesman for House Speaker Paul Ryan": a role for a person, whose it is
		}
	}
	for j := w + 1; j+1 < len(toks); j++ {
		if knownFirstName(t[toks[j].s:toks[j].e]) {
			return j
		}
	}
	return len(toks) - 2
}
