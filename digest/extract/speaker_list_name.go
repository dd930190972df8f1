package extract

import "strings"

// "The National Academies of Sciences, Engineering and Medicine noted",
// "the Bureau of Alcohol, Tobacco, Firearms and Explosives said", "the
// Centers for Disease Control and Prevention said": a body's name may
// hold a list after its "of" (or the "for" or "on" of speaker_org_name.go),
// an item of up to three capitalised words. The last item alone ("Medicine")
// is no speaker; the list belongs to the capitalised head before "of",
// which names one body. A list after a lower-case head ("the governors of
// Ohio, Texas and Florida") or of places alone is no such name.

// listInName returns the first token of a body's name whose "of" list
// ends with the one capitalised word at np ("Medicine"), with a
// determiner before it, and whether there is one.
func (s *sentence) listInName(np int) (int, bool) {
	if !s.toks[np].cap || !s.is(np-1, "and") {
		return 0, false
	}
	i := np - 2
	if s.punct(i, ",") {
		i-- // the serial comma: "Sciences, Engineering, and Medicine"
	}
	items := []string{s.word(np)}
	for n := 0; n < 6 && i > s.from; n++ {
		if s.toks[i].k != kWord || !s.toks[i].cap || s.has(i, fDet|fPrep|fPronoun) {
			return 0, false
		}
		items = append(items, s.word(i))
		for w := 0; w < 2 && i-1 > s.from && s.toks[i-1].k == kWord && s.toks[i-1].cap && !s.has(i-1, fDet|fPrep|fPronoun); w++ {
			i-- // an item of words: "Disease Control and Prevention"
		}
		if s.is(i-1, "of") || s.orgNameLink(i-1) {
			break
		}
		if !s.punct(i-1, ",") {
			return 0, false
		}
		i -= 2
	}
	if !s.is(i-1, "of") && !s.orgNameLink(i-1) || i-2 < s.from || s.toks[i-2].k != kWord || !s.toks[i-2].cap || len(items) < 2 {
		return 0, false
	}
	places := 0
	for _, w := range items {
		if isPlace(w) || knownFirstName(w) {
			places++
		}
	}
	if places == len(items) {
		return 0, false // "Bank of Spain, France and Italy": places, not one body's fields
	}
	st := i - 2
	for st-1 >= s.from && s.toks[st-1].k == kWord && s.toks[st-1].cap && !s.has(st-1, fDet|fPrep) {
		st-- // "National Academies"
	}
	if st-1 >= s.from && s.has(st-1, fDet) && !s.has(st-1, fPronoun) {
		st-- // "the"
	}
	return st, true
}

// listNameMention is the body named by tokens [st, e) with a list in its
// name: one organisation, its name as written without "the".
func (s *sentence) listNameMention(st, e int) mention {
	text := s.textNoDet(st, e)
	return mention{span: s.span(st, e), kind: mOrg, text: text, name: strings.TrimSuffix(stripPossessive(text), ",")}
}
