package extract

import (
	"slices"
	"strings"
)

// "Was that really Dana Holt, the stern, never-say-die governor of
// Vermont?", "The state's new governor, Dana Holt, toured the mill": an
// appositive after a name, or a name set off after a role, gives that
// person the role its head noun names, though no statement hangs on the
// sentence, so that "the governor said" further on finds its holder
// (resolve.go, holder). Titles written before a name and the appositives
// of a speaker are read elsewhere (entities.go, namedSpeakers); this reads
// them in every other sentence.

// appositiveRoles gives each person named beside an appositive the roles
// of its title.
func (s *sentence) appositiveRoles() {
	// "Like Holt, the governor, a Democrat, opposed it": the first comma
	// may close an opening phrase, and what follows is the clause's
	// subject. A participle in -ing may open one ("Speaking to reporters,
	// ..."), a name in -ing does not ("King, the governor of Maine, ...").
	firstComma := true
	for c := 1; c+1 < len(s.toks); c++ {
		if !s.punct(c, ",") {
			continue
		}
		first := firstComma && s.opensWithPhrase() // asked only of a sentence with a comma
		firstComma = false
		if !first && s.toks[c-1].k == kWord && s.toks[c-1].cap && !possessive(s.word(c-1)) {
			if id := s.namedBefore(c); id >= 0 {
				if from, head, end := s.appositiveRole(c + 1); end > 0 {
					s.giveRoles(id, from, head, end)
				}
			}
		}
		if c+2 < len(s.toks) && s.toks[c+1].cap {
			s.roleBeforeName(c)
		}
	}
}

// opensWithPhrase reports whether the sentence's first word may open a
// phrase that its first comma closes, for appositiveRoles.
func (s *sentence) opensWithPhrase() bool {
	if len(s.toks) == 0 || s.toks[0].k != kWord {
		return false
	}
	var lb [32]byte
	w := lowerInto(&lb, s.word(0))
	return s.has(0, fPrep|fSub) || subordinators[string(w)] || openingPreps[string(w)] || // words.go
		strings.HasSuffix(s.word(0), "ing") && s.namedBefore(1) < 0
}

// roleBeforeName gives the person named after the comma c, and set off by
// another, the role of the noun phrase before c: "the Republican mayor of
// Terre Haute, Duke Bennett, was elected".
func (s *sentence) roleBeforeName(c int) {
	end := c + 1
	for end < len(s.toks) && end-c < 6 && s.toks[end].k == kWord && (s.toks[end].cap || s.has(end, fParticle)) {
		end++
	}
	if end < len(s.toks) && !(s.toks[end].k == kStop || s.punct(end, ",") || s.dash(end) || s.punct(end, ")")) {
		return
	}
	id := s.namedBefore(end)
	if id < 0 {
		return
	}
	for j := c - 1; j >= 0 && c-j <= maxTitle; j-- {
		if !s.has(j, fDet) {
			continue
		}
		if s.punct(j-1, ",") && j >= 2 && s.toks[j-2].cap {
			return // "Tom Reyes, the editor of the weekly, Harbor Light,": the role is the name's before it
		}
		if from, head, end := s.appositiveRole(j); end == c {
			s.giveRoles(id, from, head, end)
			return
		}
	}
}

// namedBefore returns the entity whose mention is the run of capitalised
// words ending right before token c, or -1.
func (s *sentence) namedBefore(c int) int {
	es := &s.x.ents
	a := c - 1
	for a > 0 && c-a < 6 && s.toks[a-1].k == kWord && (s.toks[a-1].cap || s.has(a-1, fParticle)) {
		a--
	}
	k := es.from(s.toks[c-1].e) - 1
	if k < 0 || es.order[k].pos < s.toks[a].s {
		return -1
	}
	id := es.order[k].id
	if w := es.list[id].words; len(w) == 0 || w[len(w)-1] != stripPossessive(s.word(c-1)) {
		return -1 // the run ends in another word than the name's last
	}
	return id
}

// appositiveRole reads the appositive opening at token i when its head
// noun is a role and it closes where an appositive does (a comma, a
// semicolon, a stop, a dash, a parenthesis or the sentence's end): from is
// where its title starts, head the token after its head, end the token
// after the appositive. "the stern, never-say-die governor of Vermont"
// gives "never-say-die governor" and "of Vermont": adjectives before the
// role may be set off by commas. After a possessive the head is what the
// possessor has ("the mayor's chief of staff": no mayor). end is 0 when
// the phrase holds a verb, names several ("two members of Congress"), or
// goes on past its head with anything but a prepositional phrase ("Holt,
// the mayor and the sheriff met": a list; "the Ohio governor earned": a
// clause).
func (s *sentence) appositiveRole(i int) (from, head, end int) {
	if s.has(i, fDet) {
		i++
	} else if !s.has(i, fRole) && !s.is(i, "former") {
		return 0, 0, 0 // "Holt, Vermont's ...": with no article, the role or "former" opens it
	}
	from, role := i, -1
	for k := i; k < len(s.toks) && k-from < maxTitle && role < 0; k++ {
		tk := &s.toks[k]
		switch {
		case s.punct(k, ",") && k > from && k+1 < len(s.toks) && s.toks[k+1].k == kWord && !s.toks[k+1].cap && s.toks[k+1].w.f&fRole == 0:
			from = k + 1 // "the stern, never-say-die governor": adjectives in a row
		case tk.k != kWord || !tk.cap && (tk.w.f&notInTitle != 0 || s.is(k, "of") || s.is(k, "by") || s.is(k, "and") || s.is(k, "or")):
			return 0, 0, 0 // a verb, a preposition or a second phrase before the role
		case possessive(s.word(k)):
			if s.roleWord(k) {
				from = k + 1 // "the mayor's chief of staff": the role is another's
			}
		case tk.w.f&fRole != 0:
			role = k
		}
	}
	if role < 0 {
		return 0, 0, 0
	}
	head = role + 1
	for head < len(s.toks) && s.has(head, fRole) && !s.toks[head].cap && !possessive(s.word(head)) {
		head++ // "chief executive", "press secretary"
	}
	if isPlural(s.word(head - 1)) {
		return 0, 0, 0 // "two members of Congress"
	}
	e := head
	if s.has(e, fPrep) || s.is(e, "of") {
		for e < len(s.toks) && s.toks[e].k == kWord && e-head < 10 {
			if s.is(e, "and") || !s.toks[e].cap && s.has(e, notInTitle&^fPrep) {
				return 0, 0, 0
			}
			e++
		}
	}
	if e < len(s.toks) && !(s.toks[e].k == kStop || s.punct(e, ",") || s.punct(e, ";") || s.punct(e, ")") || s.dash(e)) {
		return 0, 0, 0
	}
	return from, head, e
}

// giveRoles gives entity id the title of tokens [from, end) with its head
// ending at head: the words after the head but no role among them
// ("adviser to Vice President Biden": Biden's roles, not the adviser's).
func (s *sentence) giveRoles(id, from, head, end int) {
	es := &s.x.ents
	es.addRoles(id, s.t[s.toks[from].s:s.toks[head-1].e])
	for k := head; k < end; k++ {
		if !s.roleWord(k) {
			es.addRoles(id, s.word(k))
		}
	}
}

// notInTitle are the flags of the words a title's noun phrase does not
// hold: verbs, pronouns, conjunctions, prepositions (after the role only
// as its phrase's head: "governor of Vermont").
const notInTitle = fCue | fWeakCue | fPart | fTell | fPronoun | fRelative | fAux | fNeg | fPrep | fClauseEnd | fPassive | fSub | fQuoted | fObject | fDirective | fDerived | fQuestion

// roleWord reports whether token k is a role word, a possessive one
// included ("the governor's").
func (s *sentence) roleWord(k int) bool {
	if s.has(k, fRole) {
		return true
	}
	var buf [64]byte
	return s.toks[k].k == kWord && look(stripPossessive(s.word(k)), &buf).f&fRole != 0
}

// formerWord reports whether a title's word w (lower case) says that the
// roles after it are held no more: "former New Jersey governor",
// "ex-senate leader" (entity_past_title.go).
func formerWord(w []byte) bool {
	switch string(w) {
	case "former", "ex", "onetime", "one-time", "erstwhile":
		return true
	}
	return pastPrefix(string(w)) > 0 // "ex-senate leader"; "then-Sen.": a senator then, not now
}

// pastRoles returns past, the roles an entity holds no more, after a title
// gives it role k, as held no more when was is set: k is past only when
// no title gave it as held now.
func pastRoles(past, roles []string, k string, was bool) []string {
	switch {
	case !was:
		return slices.DeleteFunc(past, func(p string) bool { return p == k })
	case !slices.Contains(roles, k) && !slices.Contains(past, k):
		return append(past, k)
	}
	return past
}

// heldNow reports whether the holders of m's role are to be read among
// those who hold it now: m does not say "former", and someone in the
// clipping holds the role now ("the governor" is the one in office when
// one is named, not a former governor).
func (x *extractor) heldNow(m mention) bool {
	for _, q := range m.quals {
		if formerWord([]byte(q)) {
			return false
		}
	}
	for _, e := range x.ents.list {
		if slices.Contains(e.roles, m.role) && !slices.Contains(e.past, m.role) {
			return true
		}
	}
	return false
}

// partyClash reports whether a role mention's qualifiers name one party
// and a holder's title words only the other: "the GOP front-runner" is
// not the "Democratic front-runner", "the state's Republican governor" no
// Democratic governor.
func partyClash(quals, twords []string) bool {
	q := partyOf(quals)
	if q == 0 {
		return false
	}
	t := partyOf(twords)
	return t != 0 && t != q
}

// partyOf returns 'R' or 'D' when the lower-case words name the one party
// only, else 0.
func partyOf(words []string) byte {
	var p byte
	for _, w := range words {
		var x byte
		switch w {
		case "republican", "republicans", "gop":
			x = 'R'
		case "democratic", "democrat", "democrats":
			x = 'D'
		default:
			continue
		}
		if p != 0 && p != x {
			return 0 // both
		}
		p = x
	}
	return p
}

// nameOnly reports whether tokens [a, b), set off by commas after a role,
// are a name and nothing else: capitalised words, particles, initials
// and lower-case roles ("Corey Lewandowski", "attorney Ruth de Vries").
// A participle, a preposition or a relative clause ending in a capital
// ("released Tuesday", "led by Ben Ortiz", "which met on Monday")
// describes the phrase before it and names no one, and a day or a month
// is never a name.
func (s *sentence) nameOnly(a, b int) bool {
	for i := a; i < b; i++ {
		tk := s.toks[i]
		switch {
		case tk.k == kStop && i > a && s.toks[i-1].e == tk.s:
			continue // "Dr.", "J."
		case tk.k != kWord, tk.w.f&(fWeekday|fMonth) != 0 && !s.monthSurname(i):
			return false
		case !tk.cap && tk.w.f&(fParticle|fRole|fMod) == 0:
			return false
		}
	}
	return true
}

// commaWithin reports whether tokens [a, b) hold a comma.
func (s *sentence) commaWithin(a, b int) bool {
	for i := a; i < b; i++ {
		if s.punct(i, ",") {
			return true
		}
	}
	return false
}
