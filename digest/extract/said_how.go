// How a thing was said, right after its cue: "said twice", "said
// sarcastically", "said again", "said by phone". After a quotation these
// words are the writer's account of the saying, not what was said.

package extract

// howSaid returns the first token from p on that is not an adverb of how
// or how often something was said (at most two: "said twice", "said
// quietly again").
func (s *sentence) howSaid(p int) int {
	for n := 0; n < 2 && p < len(s.toks); n++ {
		if !s.timeAdverb(p) && !s.is(p, "twice") {
			break
		}
		p++
	}
	return p
}

// byMedium reports whether token i is "by" and a medium the words went
// through ("said by phone that", "told reporters by telephone"), not the
// agent of a passive ("accused by the news media").
func (s *sentence) byMedium(i int) bool {
	if !s.is(i, "by") || i+1 >= len(s.toks) || s.toks[i+1].k != kWord {
		return false
	}
	switch lowerASCII(s.word(i + 1)) {
	case "phone", "telephone", "email", "e-mail", "text", "video", "videolink", "letter", "mail", "fax", "satellite", "radio":
		return true
	}
	return false
}
