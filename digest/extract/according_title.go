package extract

import "strings"

// A short quotation inside the source after "according to" names a
// document or a plan, and the phrase goes on after it: "according to the
// “Medicare for all” document he released", "According to her “clawback”
// plan, firms must repay ...". It is part of the source's phrase, not
// what was said.

// titleInPhrase reports whether the quotation at token e is such a title:
// at most five words inside, no sentence's end among them, and a
// lower-case word right after it (the noun it names: "document", "plan").
func (s *sentence) titleInPhrase(e int) bool {
	if e+1 >= len(s.toks) || s.toks[e].k != kQuote || s.toks[e+1].k != kWord || s.toks[e+1].cap {
		return false
	}
	in := s.t[s.toks[e].is:s.toks[e].ie]
	if strings.ContainsAny(in, ".?!;:") {
		return false
	}
	return wordCount(in) <= 5
}

// titledHead returns the title quotation within the source [p, e) and
// the end of the noun phrase it opens onto ("the “Medicare for all”
// document"), or p, p when there is no such quotation.
func (s *sentence) titledHead(p, e int) (q, te int) {
	for q := p + 1; q < e; q++ {
		if s.titleInPhrase(q) {
			if te, ok := s.rightNP(q + 1); ok && te <= e {
				return q, te
			}
			return p, p
		}
	}
	return p, p
}

// titledSource is the source the phrase [q, te) names, a title quotation
// at q and its noun after it, when the noun is a document's or a plan's
// ("report", "document"): the noun's mention written with its title
// ("“Clean Air” report"), not words cut out of the quotation; a document
// speaks as a body does, by the name it is given whole. ok is false for
// a person's noun ("a “senior” official"): the phrase is read as before.
func (s *sentence) titledSource(q, te int) (mention, bool) {
	m := s.mention(q+1, te)
	if m.kind != mNoun {
		return m, false
	}
	m.kind = mOrg
	m.text = s.t[s.toks[q].s:s.toks[te-1].e]
	m.name = m.text
	m.span = s.span(q, te)
	return m, true
}
