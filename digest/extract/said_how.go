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

// onceHowOften reports whether "once" at p, maybe with "again" or "more",
// is followed by "that" and a clause with a subject and a verb of its
// own ("said once that the plan would fail", "said once again that costs
// would rise"): how often something was said. In "said once that
// happens, the library ..." the "that" is the subject of a clause of
// time, and "once" opens it.
func (s *sentence) onceHowOften(p int) bool {
	q := p + 1
	if s.is(q, "again") || s.is(q, "more") {
		q++
	}
	return s.is(q, "that") && (s.subjectVerb(q+1, 8) || s.clauseOpens(q+1) && s.verbAt(q+2)) // "that costs would rise"
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
