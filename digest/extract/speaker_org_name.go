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

// orgNameAnd reports whether "and" at i joins two capitals inside a body's
// name that goes on after "for" or "on": "the Organization for Economic
// Cooperation and Development", "the Center for Science and Democracy".
func (s *sentence) orgNameAnd(i int) bool {
	if !s.is(i, "and") || i-1 < s.from || i+1 >= len(s.toks) || !s.toks[i-1].cap || !s.toks[i+1].cap {
		return false
	}
	for j := i - 1; j-1 >= s.from && j >= i-4 && s.toks[j].cap; j-- {
		if s.orgNameLink(j - 1) {
			return true
		}
	}
	return false
}

// orgNameHead reports whether w heads organisations' names that go on
// with "for" or "on" and what they are for.
func orgNameHead(w string) bool {
	switch w {
	case "center", "centre", "centers", "institute", "council", "committee", "commission", "office", "bureau", "foundation",
		"coalition", "alliance", "fund", "association", "league", "society", "partnership", "project", "club", "organization", "organisation":
		return true
	}
	return false
}

// ownedName returns where a body's own name starts after a possessive
// and the lower-case words that describe it ("China's state-run Global
// Times", "Russia's state-owned Channel One"): the run of capitals that
// ends the phrase, when it has two words or more and lower-case words
// stand between it and the possessive (from h, the token after the
// possessive). h when there is no such run: "Britain's Foreign Office"
// is the country's office, named with it.
func ownedName(toks []token, h int) int {
	k := len(toks)
	for k > h && toks[k-1].k == kWord && toks[k-1].cap {
		k--
	}
	if k == h || len(toks)-k < 2 {
		return h
	}
	for i := h; i < k; i++ {
		if toks[i].k != kWord || toks[i].cap || toks[i].w.f&fRole != 0 {
			return h // "Russia's foreign minister Sergei Lavrov" is a person, not read here
		}
	}
	return k
}
