// An organisation's name may hold "for" or "on" after its head: "the
// Center for Responsive Politics", "the Council on Foreign Relations",
// "the Committee for a Responsible Federal Budget". The preposition there
// opens no phrase after the speaker; the name goes on.

package extract

// orgNameLink reports whether token i is "for" or "on" inside an
// organisation's name: after a capitalised head that such names take
// (Center, Institute, Council, Committee, Office, Bureau, Foundation ...)
// and before a capitalised word, perhaps after "the" or "a".
func (s *sentence) orgNameLink(i int) bool {
	return orgNameLinkIn(s.t, s.toks, i)
}

// orgNameLinkIn is orgNameLink over any run of tokens of text t (a
// mention's, speaker.go analyseIn).
func orgNameLinkIn(t string, toks []token, i int) bool {
	if i < 1 || i+1 >= len(toks) || toks[i].k != kWord {
		return false
	}
	if w := t[toks[i].s:toks[i].e]; w != "for" && w != "on" {
		return false
	}
	h := toks[i-1]
	var lb [32]byte
	if h.k != kWord || !h.cap || !orgNameHead(string(lowerInto(&lb, t[h.s:h.e]))) {
		return false
	}
	n := i + 1
	if w := t[toks[n].s:toks[n].e]; w == "the" || w == "a" {
		n++
	}
	return n < len(toks) && toks[n].k == kWord && toks[n].cap && toks[n].w.f&(fWeekday|fMonth|fStarter|fPronoun) == 0 && !isDigit(t[toks[n].s])
}

// orgNameHead reports whether w heads organisations' names that go on
// with "for" or "on" and what they are for.
func orgNameHead(w string) bool {
	switch w {
	case "center", "centre", "centers", "institute", "council", "committee", "commission", "office", "bureau", "foundation",
		"coalition", "alliance", "fund", "association", "league", "society", "partnership", "project", "club":
		return true
	}
	return false
}
