package extract

import "strings"

// A body or a role introduced by his or her ("his campaign", "her office",
// "his lawyer") speaks for the person the pronoun stands for. English
// names some bodies after their leader ("the Trump campaign", "the Obama
// administration"); the rest it writes with a possessive ("Senator Ames's
// office", "Paul Hartley's lawyer"), never "Ames office".

// leaderNamed are the heads of bodies named after the person who leads
// them: "his campaign" is the "Trump campaign".
var leaderNamed = map[string]bool{"campaign": true, "administration": true, "government": true,
	"cabinet": true, "camp": true, "team": true, "presidency": true}

// possessed names the body or role a mention opening with his or her
// stands for, from the person the pronoun was resolved to: "his campaign"
// is "Trump campaign", "her office" "Ruth Ames's office", "his lawyer"
// "Paul Hartley's lawyer" (vague: described, never named) unless cur, the
// role's own resolution, names someone else ("his son, Eric"). A plural
// ("his tweets", "her aides") or a noun neither body nor role ("his
// husband" is a role; "his remarks" neither) is not ok.
func (x *extractor) possessed(m mention, refs map[int]referent, cur resolved) (resolved, bool) {
	sp := m.span
	if sp[1]-sp[0] < 5 || sp[1] > len(x.t) {
		return resolved{}, false
	}
	p := x.t[sp[0]:sp[1]]
	rest, ok := cutPossessivePronoun(p)
	if !ok || strings.ContainsAny(rest, ",;:\"“”()") {
		return resolved{}, false
	}
	if id := x.namedBefore(p, sp[0]); id >= 0 {
		// "his brother Alastair Osman gave an interview ... his brother
		// added": the description the clipping gave that name
		e := &x.ents.list[id]
		return resolved{name: e.name, title: e.title, sex: e.sex, ent: id + 1}, true
	}
	ref, ok := refs[sp[0]]
	if !ok || ref.id < 0 || ref.unsure {
		return resolved{}, false
	}
	e := &x.ents.list[ref.id]
	head := rest[strings.LastIndexByte(rest, ' ')+1:]
	var buf [64]byte
	f := look(head, &buf).f
	switch {
	case isPlural(head) || f&(fOrgHead|fRole) == 0:
		return resolved{}, false
	case f&fOrgHead != 0 && leaderNamed[head] && rest == head:
		return resolved{name: e.words[len(e.words)-1] + " " + head, org: true}, true
	case f&fOrgHead != 0:
		return resolved{name: ownerOf(e.name) + " " + rest, org: true}, true
	}
	if !cur.vague && cur.name != "" && cur.ent != ref.id+1 && !x.guessedHolder(m, cur) {
		return resolved{}, false // the role's holder is named: "his son, Eric Trump, said"
	}
	return resolved{name: ownerOf(e.name) + " " + rest, vague: true}, true
}

// possessedBefore returns the body that one of the three speakers before
// named with a possessive and the same head, when "his" or "her" opens a
// mention of a body whose owner the clipping never named: "The mayor's
// office said ... her office said" is the mayor's office.
func (x *extractor) possessedBefore(m mention, before []resolved) (resolved, bool) {
	sp := m.span
	if sp[1]-sp[0] < 5 || sp[1] > len(x.t) {
		return resolved{}, false
	}
	rest, ok := cutPossessivePronoun(x.t[sp[0]:sp[1]])
	var buf [64]byte
	if !ok || strings.ContainsAny(rest, " ,;:\"“”()") || look(rest, &buf).f&fOrgHead == 0 {
		return resolved{}, false
	}
	for k := len(before) - 1; k >= 0 && k >= len(before)-3; k-- {
		if n := before[k].name; before[k].org && (strings.HasSuffix(n, "'s "+rest) || strings.HasSuffix(n, "’s "+rest)) {
			return before[k], true
		}
	}
	return resolved{}, false
}

// guessedHolder reports whether cur, a role mention's own resolution, is
// only the clipping's most frequent speaker that holder falls back on
// (resolve_role_guess.go), no one the clipping gives the role: "his spokesman" is
// then the spokesman of the one "his" stands for, not a spokesman for
// whoever speaks most.
func (x *extractor) guessedHolder(m mention, cur resolved) bool {
	return m.kind == mRole && cur.ent > 0 && cur.ent <= len(x.ents.list) && !contains(x.ents.list[cur.ent-1].roles, m.role)
}

// cutPossessivePronoun returns what follows an opening his or her.
func cutPossessivePronoun(p string) (string, bool) {
	for _, d := range []string{"his ", "her ", "His ", "Her "} {
		if rest, ok := strings.CutPrefix(p, d); ok {
			return rest, true
		}
	}
	return "", false
}

// ownerOf writes a name as a possessive: "Ruth Ames's", "Paul Hartley's".
func ownerOf(name string) string { return name + "'s" }

// namedBefore returns the person the clipping named right after the same
// possessed description earlier ("his brother Alastair Osman"), or -1.
func (x *extractor) namedBefore(phrase string, pos int) int {
	before := x.t[max(0, pos-descLook):pos]
	for end := len(before); ; {
		i := strings.LastIndex(before[:end], phrase)
		if i < 0 {
			return -1
		}
		end = i
		if i > 0 && isLetterByte(before[i-1]) {
			continue
		}
		name := capsAfter(before[i+len(phrase):])
		if name == "" {
			continue
		}
		if id := x.ents.find(strings.Fields(stripPossessive(name))); id >= 0 && len(x.ents.list[id].words) >= 2 {
			return id
		}
	}
}
