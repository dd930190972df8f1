// An adverb between a cue and its date: "said back in 2019 that", "said
// again on Friday that". The adverb tells when or how, like the date
// after it; what was said starts after both.

package extract

// whenAdverb reports whether token i is an adverb that may stand between
// a cue and a date: timeAdverb's (forms.go:
// "again", "later", "publicly") and "back" ("said back in 2019").
func (s *sentence) whenAdverb(i int) bool {
	return s.timeAdverb(i) || i >= 0 && i < len(s.toks) && s.toks[i].k == kWord && s.word(i) == "back"
}

// cueAdverbDate reports whether the date phrase at token j follows the
// cue right after such an adverb: "said back in 2019 that", "told
// reporters back in 2019 that" (the year
// then dates the saying, as "said in 2019" does).
func (s *sentence) cueAdverbDate(j int, r *raw) bool {
	return j >= 2 && s.whenAdverb(j-1) && s.toks[j-2].e == r.cue[1]
}
