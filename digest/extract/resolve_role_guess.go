// A definite role that no one in the clipping is given ("the mayor said",
// "the candidate told reporters") is often the person the clipping is
// about, named before and never titled: "Ben Carson says he is under
// attack. ... the Republican presidential candidate told CBS". The guess
// is the clipping's most frequent named speaker who holds no other role
// and is no body or outlet ("The Associated Press reported"), and it is
// only a guess, so it is made where the phrase can point back to that
// person:
//
//   - the person was named before the role: a definite description points
//     back to someone the reader has met, not forward ("The mayor said the
//     roads would reopen. ... Ms. Park said the bill was dead" does not make
//     Ms. Park the mayor); a lede may still name its source in the next
//     sentence by the way ("The Kremlin's chief spokesman said ... The
//     comments by Dmitry Peskov ..."), not as a voice of its own;
//   - the role has no person for its possessor: "Cameron's spokesman",
//     "the prime minister's spokesman", "Sanders's campaign manager" are
//     known by whom they serve, and the person the clipping keeps
//     returning to is not made anyone's spokesman (a body or a place may
//     own the role: "the Kremlin's chief spokesman");
//   - the role was not cut from an indefinite phrase: "a gay activist
//     revealed", "a little-known county commissioner who" bring someone
//     new into the clipping, as an indefinite article does;
//   - no other named speaker who holds no role was named between that
//     person and the role: a definite description takes the nearest
//     fitting person, and with two in reach the guess is no better than
//     a coin ("Cruz warned ... the Texas senator said" is not Rubio,
//     named most);
//   - the clipping did not set the person off as something else the
//     lexicon knows no role for ("Ann Lee, the planner, said"): the
//     governor is someone else (namedAs).
//
// A bare "the spokesman" after an unnamed "the prime minister's
// spokesman" is that spokesman (speaker_same_role.go), guess or not.
// Where no guess is made the role stays the speaker ("mayor"), vague: a
// reader sees who spoke as the text describes them, never a named person
// the text did not say.

package extract

import "strings"

// guessedRoleHolder returns the entity a role mention with no titled
// holder is guessed to stand for, or -1.
func (x *extractor) guessedRoleHolder(m mention, freq map[int]int) int {
	if anonymousRole(m.role) {
		return -1 // "the source, who said ...": a voice the clipping does not name
	}
	if x.personPossessor(m) || x.indefiniteBefore(m.span[0]) {
		return -1
	}
	top, topN := -1, 0
	for id, n := range freq {
		if !(n > topN || n == topN && id < top) {
			continue // the tests below only for one that would lead: this runs for every role mention
		}
		e := &x.ents.list[id]
		if len(e.roles) > 0 || x.ents.body(x.t, id) || bodyWords(e.words) {
			continue // a body holds no person's role: "The Associated Press reported ... The head of the World Bank said"
		}
		top, topN = id, n
	}
	if top >= 0 && (!x.namedFirstBefore(top, m.span[0]) || x.otherNamedSince(top, m.span[0], freq) || x.namedAs(top, m.role)) {
		return -1
	}
	return top
}

// namedAs reports whether the clipping sets off a definite description
// after a mention of entity id that names another role than role: "Ann
// Lee, the planner, said": she is the planner, and "the governor" is
// someone else, though the lexicon knows no role "planner" (a known role
// would have made her a holder already). An indefinite one ("Ben Carson,
// a retired neurosurgeon,") only says what else the person is.
func (x *extractor) namedAs(id int, role string) bool {
	e := &x.ents.list[id]
	for _, pos := range e.mentions {
		rest := x.t[pos:min(len(x.t), pos+len(e.name)+80)]
		for _, w := range e.words {
			i := strings.Index(rest, w)
			if i < 0 || i > 4 {
				break
			}
			rest = rest[i+len(w):]
		}
		if !strings.HasPrefix(rest, ", the ") {
			continue
		}
		desc, _, ok := strings.Cut(rest[len(", the "):], ",")
		words := strings.Fields(desc)
		if !ok || len(words) == 0 || len(words) > 5 || strings.ContainsAny(desc, ".;:“”\"") {
			continue
		}
		head := words[len(words)-1]
		var buf [64]byte
		if !lowerWord(head) || look(head, &buf).f&(fCue|fWeakCue|fAux|fPrep|fDet|fPronoun|fRelative|fSub) != 0 || roleKey(head) == role {
			continue
		}
		return true
	}
	return false
}

// otherNamedSince reports whether another named speaker who holds no role,
// and might as well be the role's holder, was named after top and before
// pos: "Cruz warned against a brokered convention. ... the Texas senator
// said" is Cruz if anyone, not the clipping's most frequent speaker.
func (x *extractor) otherNamedSince(top, pos int, freq map[int]int) bool {
	es := &x.ents
	if ms := es.list[top].mentions; len(ms) == 0 || ms[0] >= pos {
		return false // never mentioned, or named in the sentence after (namedFirstBefore)
	}
	for i := es.from(pos) - 1; i >= 0; i-- {
		id := es.order[i].id
		if id == top {
			return false
		}
		if freq[id] > 0 && len(es.list[id].roles) == 0 && !es.body(x.t, id) {
			return true
		}
	}
	return false
}

// namedFirstBefore reports whether entity id is named before pos, or, in the
// sentence right after it, by the way (not as the speaker of a statement
// of its own): "The Kremlin's chief spokesman said ... The comments by
// Dmitry Peskov appeared to confirm ...". A name that opens its own
// statement ("Ms. Park said the bill was dead") is another voice.
func (x *extractor) namedFirstBefore(id, pos int) bool {
	ms := x.ents.list[id].mentions
	if len(ms) == 0 {
		return false
	}
	if ms[0] < pos {
		return true
	}
	es := &x.ents
	if es.sentOf(ms[0])-es.sentOf(pos) != 1 {
		return false
	}
	for _, r := range x.raws {
		if r.speaker.span[0] <= ms[0] && ms[0] < r.speaker.span[1] {
			return false
		}
	}
	return true
}

// anonymousRole reports whether a role word names a voice the writer
// keeps unnamed ("a source", "sources", "the official, who spoke on the
// condition of anonymity"): no named speaker of the clipping holds it
// unless the clipping gives it to them.
func anonymousRole(role string) bool {
	return role == "source" || role == "sources" || role == "official" || role == "officials"
}

// personPossessor reports whether a role phrase has a person for its
// possessor: a name of the clipping's people ("Cameron’s spokesman") or a
// role ("the prime minister's spokesman"), not a body or a place ("the
// Kremlin's chief spokesman", "the state's governor").
func (x *extractor) personPossessor(m mention) bool {
	words := strings.Fields(m.text)
	var buf [64]byte
	for _, w := range words[:max(0, len(words)-1)] {
		if !possessive(w) {
			continue
		}
		w = stripPossessive(w)
		if !startsUpper(w) {
			if look(w, &buf).f&fRole != 0 {
				return true
			}
			continue
		}
		if id := x.ents.find([]string{w}); id >= 0 && !x.ents.body(x.t, id) {
			return true
		}
	}
	return false
}

// indefiniteBefore reports whether the role phrase starting at pos, cut
// from its noun phrase, followed "a" or "an" over up to two lower-case
// words: "a gay activist revealed", "a little-known county commissioner
// who".
func (x *extractor) indefiniteBefore(pos int) bool {
	p := x.t[pos:]
	if hasPrefixFold(p, "the ") || hasPrefixFold(p, "a ") || hasPrefixFold(p, "an ") {
		return false
	}
	before := x.t[max(0, pos-60):pos]
	words := strings.Fields(before)
	if len(words) == 0 || !strings.HasSuffix(before, " ") {
		return false
	}
	for k := 1; k <= 3 && k <= len(words); k++ {
		w := words[len(words)-k]
		if w == "a" || w == "an" || w == "A" || w == "An" {
			return true
		}
		if !lowerWord(w) {
			return false
		}
	}
	return false
}

// bodyWords reports whether a name's last word heads bodies' or outlets'
// names: "Associated Press", "Harlow Institute".
func bodyWords(words []string) bool {
	var buf [64]byte
	return len(words) > 0 && look(words[len(words)-1], &buf).f&(fOrgHead|fMedia) != 0
}
