// "A study published Wednesday in the journal Sleep Medicine found ...":
// a document's participle of publication ("published", "released",
// "issued", "posted") and the place it appeared ("in the journal ...")
// reduce a relative clause; the journal is where the study appeared, not
// who found it. The document before the participle is the subject. (After
// "by" the agent is the document's author, "a report released by the
// Brookings Institution estimated", which stays as it is read.)

package extract

// publishedIn returns the first and last token + 1 of the document noun
// phrase whose participle of publication, perhaps with a day or a time
// after it, comes before the "in" just before token np, and whether there
// is one.
func (s *sentence) publishedIn(np int) (st, end int, ok bool) {
	for n := 0; n < 3 && np-1 > s.from && !s.toks[np-1].cap && !s.is(np-1, "in") && (s.has(np-1, fDet) || s.toks[np-1].w.f == 0 || s.has(np-1, fMedia)); n++ {
		np-- // "in the journal Sleep Medicine"
	}
	if !s.is(np-1, "in") || s.toks[np-1].cap {
		return 0, 0, false
	}
	v := np - 2
	for n := 0; n < 3 && v > s.from && (s.has(v, fWeekday|fMonth) || s.timeNoun(v) || s.is(v, "last") || s.is(v, "this")); n++ {
		v-- // "published Wednesday in", "released last week in"
	}
	if v <= s.from || !(s.is(v, "published") || s.is(v, "released") || s.is(v, "issued") || s.is(v, "posted")) {
		return 0, 0, false
	}
	var lb [32]byte
	if !documentWords[string(lowerInto(&lb, s.word(v-1)))] {
		return 0, 0, false
	}
	st, ok = s.leftNP(v - 1)
	return st, v, ok
}
