// Two speakers, each with an appositive, joined by ", and" before one
// verb: "Senator Ruth Vance, a Democrat from Oregon, and Senator Paul
// Grady, a Republican from Ohio, said ...", "The chief executive of
// Northwind, Maria Cole, and its chairman, Olaf Berg, said ...". Both
// speak; the first appositive's comma is no end of the subject.

package extract

import "strings"

// appositivePair returns the coordinated mention of two speakers when the
// appositive after the comma at c, up to the comma at k before the cue,
// holds ", and" and a second noun phrase with an appositive of its own;
// the first speaker's phrase runs from np to head. Each member is a name
// (a role named by its appositive takes the name, the role as its title).
func (s *sentence) appositivePair(np, head, c, k int) (mention, bool) {
	for q := c + 2; q+3 < k; q++ {
		if s.toks[q].k == kQuote || s.toks[q].k == kStop {
			return mention{}, false
		}
		if !s.punct(q, ",") || !s.is(q+1, "and") {
			continue
		}
		first := s.namedByAppositive(np, head, c+1, q)
		p := q + 2
		for r := p + 1; r < k && r <= p+6; r++ {
			if !s.punct(r, ",") {
				continue
			}
			second := s.namedByAppositive(p, r, r+1, k)
			if first.kind != mName || second.kind != mName {
				return mention{}, false
			}
			first.span, second.span = s.span(np, q), s.span(p, k)
			both := first
			both.members = []mention{first, second}
			both.span = s.span(np, k)
			return both, true
		}
		return mention{}, false
	}
	return mention{}, false
}

// roleWithin reports whether a lower-case role word stands in [a, b):
// "The chief executive of Northwind Energy" is a role, its body after it.
func (s *sentence) roleWithin(a, b int) bool {
	for i := a; i < b; i++ {
		if s.has(i, fRole) && !s.toks[i].cap {
			return true
		}
	}
	return false
}

// namedByAppositive returns the speaker of the phrase [np, head) with its
// appositive [a, b): the name the appositive gives a role ("its chairman,
// Olaf Berg", "The chief executive of Northwind, Maria Cole"), or the
// phrase with the appositive's title.
func (s *sentence) namedByAppositive(np, head, a, b int) mention {
	m := s.mention(np, head)
	if (m.kind == mRole || m.kind == mNoun || s.roleWithin(np, head)) && a < b && s.toks[b-1].cap && s.nameOnly(a, b) {
		if n := s.mention(a, b); n.kind == mName {
			n.title = s.holderTitle(m, np, a-1)
			return n
		}
	}
	if t := s.appositiveTitle(a, b); t != "" && m.title == "" {
		m.title = t
	}
	return m
}

// nameOfPlace returns the "of" in [a, b) that follows a person's name and
// opens where the person works, capitalised to b ("Dr. Kim Nguyen of
// Stanford University"); 0 when there is none.
func (s *sentence) nameOfPlace(a, b int) int {
	for o := a + 1; o+1 < b; o++ {
		if !s.is(o, "of") {
			continue
		}
		if !s.nameOnly(a, o) || s.mention(a, o).kind != mName {
			return 0
		}
		for i := o + 1; i < b; i++ {
			if s.toks[i].k != kWord || !s.toks[i].cap && !s.is(i, "the") && !s.is(i, "of") {
				return 0
			}
		}
		return o
	}
	return 0
}

// holderTitle returns the title the name in an appositive takes from the
// role phrase [np, c) before the appositive's comma at c, read as m:
// m.text, or the whole phrase after its determiner when that reading
// stopped at the role and dropped what the role is of ("The head of the
// Federal Reserve Bank of Boston, Ann Lee," is the head of that bank, not
// a head).
func (s *sentence) holderTitle(m mention, np, c int) string {
	a := np
	if a < c && s.has(a, fDet) && !s.has(a, fPronoun) {
		a++
	}
	if a >= c || m.text == "" || c > len(s.toks) {
		return m.text
	}
	if full := s.t[s.toks[a].s:s.toks[c-1].e]; strings.HasPrefix(full, m.text+" of ") {
		return full
	}
	return m.text
}

// nameSetOff returns the comma that ends a name opening tokens [a, k)
// when a description of that person follows it: "Rex Early, a former
// state party chairman who joined last week" after a role and its comma
// names the role's holder, who the rest describes (not a list: "Rex
// Early, Ann Lee and ..."). It returns 0 when there is none.
func (s *sentence) nameSetOff(a, k int) int {
	if s.is(a, "including") || s.is(a, "like") {
		return 0
	}
	for e := a + 2; e < k && e <= a+5; e++ {
		if !s.punct(e, ",") {
			continue
		}
		if !(s.is(e+1, "a") || s.is(e+1, "an") || s.is(e+1, "the") || s.is(e+1, "who")) || !s.toks[e-1].cap || !s.nameOnly(a, e) || s.mention(a, e).kind != mName {
			return 0 // (the mention, which allocates, asked last)
		}
		return e
	}
	return 0
}
