package extract

import "strings"

// "The Department of Justice and the FBI said", "The Kremlin and the
// Chinese foreign ministry said": bodies joined by "and" speak together
// as people joined so do (speaker_coord.go). A body's name may go on past
// "of" after its head ("Department of Justice", "Bank of England"), and a
// body may be named by a capitalised word before a common noun that heads
// bodies ("the Chinese foreign ministry", "the Danish central bank").

// nameBeforeOf returns where a body's name that holds "of" starts when
// the noun phrase at np is what follows its "of": "the Department of
// Justice" read back from "Justice". np itself otherwise.
func (s *sentence) nameBeforeOf(np int) int {
	o := np - 1
	if o-1 < s.from || !s.is(o, "of") || !s.toks[np].cap || !s.toks[o-1].cap || !s.has(o-1, fOrgHead) {
		return np
	}
	st, ok := s.leftNP(o - 1)
	if !ok || st > o-1 || st < s.from {
		return np
	}
	return st
}

// namedCommonBody reports whether tokens [a, b) are "the", capitalised
// words and a lower-case noun that heads bodies: "the Chinese foreign
// ministry", "the Swedish central bank" (not "the committee", which
// names no one body the reader can tell).
func (s *sentence) namedCommonBody(a, b int) bool {
	if b-a < 3 || !s.is(a, "the") || !s.toks[a+1].cap {
		return false
	}
	h := b - 1
	return s.toks[h].k == kWord && !s.toks[h].cap && s.has(h, fOrgHead) && !isPlural(s.word(h))
}

// unknownName reports whether a lone capitalised word is a name of its
// own, though the clipping names it nowhere else ("Microsoft and Google
// said"): a word the lexicon does not know, no place, no first name, no
// demonym ("Prevention", "Georgia", "French" are parts of longer names or
// places).
func unknownName(w string) bool {
	var buf [64]byte
	lw := lowerASCII(w)
	return look(lw, &buf).f == 0 && !isPlace(w) && !knownFirstName(w) && !demonymWords[w] && !strings.HasSuffix(lw, "an") && !strings.HasSuffix(lw, "ese") && len(w) > 2
}
