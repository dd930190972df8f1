// "continued", "posted" and "answered" are verbs of speech only next to
// a quotation ("She answered, “No.”", not "answered the door"):
// "“To date,” she continued, “there has been little interest.”", "“It is
// time,” Hale continued, citing the families who left.", "He continued,
// “I believe it is about repairing the damage.”", "“Over my dead body,”
// Reed posted on Facebook on Monday." Elsewhere they are any verb
// ("prices continued to rise", "posted a photo", "posted gains"), so the
// lexicon gives them no role (the looser readings take them as unknown
// past forms: "Cruz continued:" or "her account posted:" before a
// quotation, fallback.go), and they are read as "states" and "reads" are,
// right after a quotation that opens the sentence, or right before one
// after a comma (train: 41 attributions annotated with the cue
// "continued", 18 of them missed before). The statement model judges
// them as it judged the looser reading's "“...,” he continued." before,
// and the boundary models do not learn from them: their bounds are the
// quotation's (learn.go; letting them teach the end model cost train CV
// one to four speech attributions elsewhere over three training seeds).

package extract

// nearQuoteVerb reports whether token j is one of the verbs that speak
// only next to a quotation.
func (s *sentence) nearQuoteVerb(j int) bool {
	tk := &s.toks[j]
	if tk.k != kWord || !nearQuoteInitial[s.t[tk.s]] {
		return false
	}
	switch tk.e - tk.s {
	case len("continued"): // and "continues"
		return s.is(j, "continued") || s.is(j, "continues")
	case len("posted"):
		return s.is(j, "posted")
	case len("answered"):
		return s.is(j, "answered")
	case len("answers"):
		return s.is(j, "answers")
	}
	return false
}

// nearQuoteInitial holds the first letters of nearQuoteVerb's words. The
// scan asks nearQuoteVerb of every word it does not know as a cue and
// tests the letter itself first, inline (attrib.go).
var nearQuoteInitial = [256]bool{'c': true, 'C': true, 'p': true, 'P': true, 'a': true, 'A': true}

// quoteFollows reports whether the cue word at j is followed by a comma
// and a quotation that opens there and that the sentence's own words do
// not go on from: "He continued, “...”", not "Prices continued,
// “oddly,” to rise", where the quotation is a word the writer holds at
// arm's length.
func (s *sentence) quoteFollows(j int) bool {
	q := j + 2
	if q >= len(s.toks) || !s.punct(j+1, ",") || s.toks[q].k != kQuote || s.toks[q].ie <= s.toks[q].is {
		return false
	}
	return q+1 >= len(s.toks) || s.toks[q+1].k != kWord || s.toks[q+1].cap
}

// questionBefore reports whether the quotation ending at np-1 is a
// question or an exclamation the writer's sentence quoted before the
// speaker, a capitalised pronoun at np, opens a sentence of its own, and
// a quotation follows the cue's comma at p: "Lee was asked, “Would you
// sell?” She answered, “Never.”" (the quotation splits no sentence there,
// so both are in one).
func (s *sentence) questionBefore(np, p int) bool {
	q := s.toks[np-1]
	if np-1 == s.from || q.ie <= q.is || !s.toks[np].cap || !s.has(np, fPronoun) || !s.punct(p, ",") || p+1 >= len(s.toks) || s.toks[p+1].k != kQuote {
		return false
	}
	c := s.t[q.ie-1]
	return c == '?' || c == '!'
}
