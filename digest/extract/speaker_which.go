package extract

// "a legal analysis, first reported by the Boston Globe, which concluded
// that ...", "a report, drafted by outside lawyers, which found": a
// participle's phrase set off by commas describes the noun before it, and
// the "which" after it goes on from that noun, not from the last noun in
// the phrase (the Globe reported the analysis; the analysis concluded).
// So does "a study by Harlow University, which found": a document's
// author is named inside its phrase, and the document finds.

// thingBefore returns the noun phrase [np, k] that a "which" or "that"
// after token k stands for, moved back over a participle's phrase set off
// by commas, or over the "by" that names a document's author; np and k
// as they are otherwise.
func (s *sentence) thingBefore(np, k int) (int, int) {
	// "…, first reported by the Globe, which": np opens the phrase's last
	// noun phrase; walk back to the participle and its opening comma
	for i, n := np-1, 0; i > s.from && n < 6; i, n = i-1, n+1 {
		if s.toks[i].k != kWord {
			break
		}
		if s.participleAt(i) && (s.punct(i-1, ",") || s.adverbAt(i-1) && s.punct(i-2, ",")) {
			c := i - 1
			if !s.punct(c, ",") {
				c--
			}
			if st, ok := s.leftNP(c - 1); ok && st <= c-1 && s.docOrThing(c-1) {
				return st, c - 1
			}
			break
		}
	}
	// "a study by Harlow University, which found": after a comma (a "that"
	// right after the name may be the author's own clause)
	if p := np - 1; p-1 > s.from && s.is(p, "by") && s.punct(k+1, ",") && s.docOrThing(p-1) {
		if st, ok := s.leftNP(p - 1); ok && st <= p-1 {
			return st, p - 1
		}
	}
	return np, k
}

// docOrThing reports whether token i is a lower-case noun of a document
// or of figures, which "which" may stand for: "analysis", "report",
// "study" (cue_subject.go documentWords).
func (s *sentence) docOrThing(i int) bool {
	if i < 0 || i >= len(s.toks) || s.toks[i].k != kWord || s.toks[i].cap {
		return false
	}
	return documentWords[lowerASCII(s.word(i))]
}

// adverbAt reports whether token i is a lower-case adverb that may stand
// before a participle: "first", "also", "later", or one in -ly
// (lyAdverb: "originally", not "rally").
func (s *sentence) adverbAt(i int) bool {
	if i < 0 || i >= len(s.toks) || s.toks[i].k != kWord || s.toks[i].cap {
		return false
	}
	return s.is(i, "first") || s.is(i, "also") || s.is(i, "later") || lyAdverb(s, i)
}
