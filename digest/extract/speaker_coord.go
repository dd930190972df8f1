package extract

import (
	"slices"
	"strings"

	"github.com/whosaid/whosaid/digest"
)

// maxMembers bounds the speakers one coordinated mention lists.
const maxMembers = 8

// coordinate finds the speakers a mention of tokens [a, b) coordinates
// with: "Bob Corker and Lindsey Graham", "Sens. Jeff Merkley, Sherrod Brown
// and Robert Menendez", "Both Putin and Trump", "Mr. Grassley and Mr.
// Leahy", and "A, B and C all said". It returns the members in text order
// and the first token of the whole phrase, or nil when the mention names
// one speaker. Every member must be a name (a person's or a body's).
func (s *sentence) coordinate(a, b int) ([]mention, int) {
	toks := s.toks
	var parts [][2]int
	// inside the phrase: "said Bob Corker and Lindsey Graham"
	st := a
	joined := false // commas alone make no list: "Michael Brown of Washington, D.C."
	for i := a; i < b; i++ {
		if s.is(i, "and") && !s.orgNameAnd(i) || s.is(i, "&") || s.punct(i, ",") && s.nameAfter(i+1, b) { // (not "the Center for Science and Democracy": one name)
			joined = joined || !s.punct(i, ",") || s.is(i+1, "and")
			if i > st {
				parts = append(parts, [2]int{st, i})
			}
			st = i + 1
			if s.punct(i, ",") && s.is(i+1, "and") {
				st = i + 2
				i++
			}
		}
	}
	if len(parts) > 0 && st < b && joined {
		parts = append(parts, [2]int{st, b})
	} else {
		parts = append(parts[:0], [2]int{a, b})
	}
	if b-a == 1 && toks[a].k == kWord && (s.is(a, "all") || s.is(a, "both")) {
		parts = parts[:0] // "A, B and C all said": the list stands before
	}
	// before the phrase: "Bob Corker and Lindsey Graham said", "Jeff
	// Merkley, Sherrod Brown and Robert Menendez all said"
	needAnd := len(parts) < 2
	first := a
	if len(parts) == 0 {
		np, ok := s.conjunct(a - 1)
		if !ok {
			return nil, a
		}
		parts = append(parts, [2]int{np, a})
		first = np
	}
	for end := first - 1; end > s.from && len(parts) < maxMembers; {
		if needAnd {
			if !s.is(end, "and") && !s.is(end, "&") {
				break
			}
			end--
			if s.punct(end, ",") {
				end-- // an Oxford comma
			}
			needAnd = false
		} else if s.punct(end, ",") {
			end--
		} else {
			break
		}
		np, ok := s.conjunct(end)
		if !ok {
			break
		}
		parts = append([][2]int{{np, end + 1}}, parts...)
		first = np
		end = np - 1
	}
	if len(parts) < 2 {
		return nil, a
	}
	members := make([]mention, 0, len(parts))
	for _, p := range parts {
		kept := s.dropParens(p[0], p[1])
		if len(members) > 0 && len(kept) > 1 && possessivePronoun(s.t[kept[0].s:kept[0].e]) {
			continue // "RT and its defenders": those who back a named speaker
		}
		m := analyse(s.t, kept)
		if m.kind == mNoun && s.namedCommonBody(p[0], p[1]) {
			m.kind, m.name = mOrg, m.text // "the Chinese foreign ministry" (speaker_coord_body.go)
		}
		if m.kind == mRole && s.is(p[0], "the") && s.has(p[1]-1, fRole) && len(parts) == 2 {
			m.span = digest.Span{toks[p[0]].s, toks[p[1]-1].e}
			members = append(members, m) // "Ray Munoz and the district attorney": a definite role beside a name
			continue
		}
		if len(kept) > 6 || !s.x.memberName(m) {
			return nil, a // "Centers for Disease Control and Prevention" is one body
		}
		if m.kind != mName && m.kind != mOrg {
			return nil, a
		}
		m.span = digest.Span{toks[p[0]].s, toks[p[1]-1].e}
		members = append(members, m)
	}
	for i, m := range members {
		if m.kind == mRole && (len(members) != 2 || members[1-i].kind != mName) {
			return nil, a // a role joins a name only: "The mayor and his deputy" stays one phrase
		}
	}
	if first > s.from && (s.is(first-1, "both") || s.is(first-1, "neither")) {
		first--
	}
	return members, first
}

// nameAfter reports whether a capitalised word starts at token i before b:
// a comma there separates names rather than closing an apposition.
func (s *sentence) nameAfter(i, b int) bool {
	if s.is(i, "and") {
		i++
	}
	return i < b && s.toks[i].k == kWord && s.toks[i].cap && s.toks[i].w.f&(fRole|fPronoun|fRelative) == 0
}

// conjunct returns the first token of a name that ends at token end and
// may be one of a list: capitalised (or closed by a parenthesis, "(D-Ore.)")
// and not the object of a preposition ("In Washington, A and B said").
func (s *sentence) conjunct(end int) (int, bool) {
	if end < s.from || end >= len(s.toks) || !s.toks[end].cap && !s.punct(end, ")") {
		return 0, false
	}
	np, ok := s.leftNP(end)
	if !ok || np > end || np < s.from {
		return 0, false
	}
	np = s.nameBeforeOf(np) // "the Department of Justice and the FBI" (speaker_coord_body.go)
	if np > s.from && s.toks[np-1].k == kWord && (s.toks[np-1].w.f&fPrep != 0 || s.is(np-1, "for") || s.is(np-1, "of")) {
		return 0, false // "In Washington, A and B said", "the Organization for Economic Cooperation and Development"
	}
	if s.toks[np].w.f&fPrep != 0 || s.toks[np].w.f&fDet != 0 && !s.toks[np].cap {
		return 0, false
	}
	return np, true
}

// dropParens returns tokens [a, b) without parentheses and what they
// hold: "Jeff Merkley (D-Ore.)" is "Jeff Merkley".
func (s *sentence) dropParens(a, b int) []token {
	toks := s.toks[a:b]
	has := false
	for _, tk := range toks {
		if tk.k == kPunct && s.t[tk.s] == '(' {
			has = true
			break
		}
	}
	if !has {
		return toks
	}
	out := make([]token, 0, len(toks))
	depth := 0
	for _, tk := range toks {
		switch {
		case tk.k == kPunct && s.t[tk.s] == '(':
			depth++
		case tk.k == kPunct && s.t[tk.s] == ')':
			if depth > 0 {
				depth--
			}
		case depth == 0:
			out = append(out, tk)
		}
	}
	return out
}

// names resolves the members of a coordinated mention, each to its fullest
// name, and lists them: "A and B", "A, B and C".
func (x *extractor) names(members []mention, res []resolved, freq map[int]int) resolved {
	names := make([]string, 0, len(members))
	for _, m := range members {
		r := x.name(m, res, -1, -1, freq)
		if !r.org {
			r.name = canonicalName(r.name, r.sex, x.famous)
		}
		if r.name != "" && !slices.Contains(names, r.name) {
			names = append(names, r.name)
		}
	}
	switch len(names) {
	case 0:
		return resolved{}
	case 1:
		return resolved{name: names[0]}
	}
	list := strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
	return resolved{name: list, members: names}
}

// memberName reports whether an analysed conjunct names a speaker of its
// own: a person's name of two words or more, or with a title or a courtesy
// title, or a surname the clipping has named; a body of two words or more,
// or an acronym.
// A lone capitalised word that is none of these ("Prevention", "Georgia")
// is part of a longer name or a place.
func (x *extractor) memberName(m mention) bool {
	switch m.kind {
	case mName:
		if len(m.words) >= 2 || m.title != "" || m.sex != unknownSex {
			return true
		}
		return len(m.words) == 1 && (len(x.ents.byLast[m.words[0]]) > 0 || unknownName(m.words[0]) || partyLabel(strings.TrimSuffix(m.words[0], "s"))) // "Republicans and Democrats"
	case mOrg:
		var buf [64]byte
		return strings.Count(m.name, " ") >= 1 || allCaps(m.name) || look(m.name, &buf).f&(fOrgHead|fMedia) != 0 // "RT", "NAACP", "Kremlin"
	}
	return false
}

// possessivePronoun reports whether w is its, his, her, their or our.
func possessivePronoun(w string) bool {
	switch w {
	case "its", "his", "her", "their", "our":
		return true
	}
	return false
}
