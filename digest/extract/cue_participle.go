// A verb of speech as a participle: ", adding that ...", "by saying ...",
// "with the mayor calling it ...", "issued a statement saying ...". The
// participle has no subject of its own; who speaks is the sentence's
// speaker, the noun phrase after "with", or the author of what is said to
// say it.

package extract

import "github.com/whosaid/whosaid/digest"

// participle builds the statements of the participle cue at j, with
// token k just before it (cue_gates.go's cueSubjectEnd), and returns where
// scanning resumes (j+1 when no speaker was found). Readings, in turn:
// those addressed are the verb's object ("The mayor texted residents
// saying ..."); a noun phrase before it with a quotation after it speaks
// ("The clip shows a narrator saying: “...”"), but the subject does when
// the noun phrase is its own ("ended his speech saying “...”");
// after a comma or a subordinator the sentence's speaker goes on (", adding
// that ...", "before saying"); after "with" the noun phrase speaks ("with
// the coach calling it a fluke"); a statement, letter or post says what its
// author says ("The firm released a letter saying ...").
func (s *sentence) participle(j, k int, cue digest.Span) int {
	toks := s.toks
	if s.has(k, fAudience|fObject) {
		// "The senator emailed supporters saying: “...”": those addressed
		// are the verb's object; the subject speaks (a thing held or shown
		// speaks itself: "held a sign saying")
		v := k - 1
		for v > s.from && s.has(v, fDet|fMod) && !s.has(v, fPronoun) {
			v--
		}
		if v > s.from && toks[v].k == kWord && !toks[v].cap && toks[v].w.f&(fDet|fPrep|fSub|fRelative|fCue|fAux|fPassive|fQuant|fPronoun) == 0 {
			if m := s.speakerSoFar(); m != nil && m.span[1] <= toks[v].s {
				return s.right(j, *m, cue)
			}
		}
	}
	if s.punct(j+1, ":") || j+1 < len(toks) && toks[j+1].k == kQuote {
		// "The ad ends with a voice over saying: “...”"
		// ("issued a statement saying “...”": the statement's author
		// speaks, below)
		// (not "ended the speech by saying “...”": the participle's
		// subject goes on from the clause, below)
		if np, ok := s.leftNP(k); ok && toks[k].k == kWord && !toks[k].cap && toks[k].w.f&(fPronoun|fRelative|fSourceNoun|fComment) == 0 && !s.has(np-1, fPrep) && !s.clauseLink(k) {
			// "ended his speech saying “...”", "opened their debate
			// saying “...”": what the subject's own speech or debate is
			// heard saying, the subject says
			if m := s.speakerSoFar(); possessivePronoun(lowerASCII(s.word(np))) && m != nil && m.span[1] <= toks[np].s {
				return s.right(j, *m, cue)
			}
			return s.right(j, s.mention(np, k+1), digest.Span{toks[j].s, toks[j].e})
		}
	}
	// ", adding that ...", "by saying": the sentence's speaker goes on
	if k < s.from || s.punct(k, ",") || s.punct(k, "—") || s.punct(k, "–") || s.has(k, fSub) || s.clauseLink(k) ||
		toks[k].k == kQuote && toks[k].ie > toks[k].is && s.t[toks[k].ie-1] == ',' {
		if m := s.clauseSpeaker(k); m != nil {
			return s.right(j, *m, cue)
		}
	}
	// "with the senator calling the move “deeply troubling”": the noun
	// phrase after "with" speaks
	if np, ok := s.leftNP(k); ok && s.is(np-1, "with") && np-1 >= s.from {
		return s.right(j, s.mention(np, k+1), cue)
	}
	// "The company issued a statement saying that ...": what the
	// statement, letter or post says, its author says
	if k >= s.from && k >= 0 && toks[k].k == kWord && !toks[k].cap && toks[k].w.f&(fSourceNoun|fComment) != 0 && toks[k].w.f&(fRole|fPronoun) == 0 && !s.is(k, "people") {
		i := k
		for i-1 > s.from && s.has(i-1, fDet|fMod) && !s.has(i-1, fPronoun) {
			i--
		}
		v := i - 1 // "issued", "released", "sent"
		if s.is(v, "out") || s.is(v, "up") || s.is(v, "forth") {
			v-- // "put out", "sent out"
		}
		if v > s.from && toks[v].k == kWord && !toks[v].cap && toks[v].w.f&(fPrep|fDet|fCue|fSub) == 0 {
			if np, ok := s.leftNP(v - 1); ok {
				return s.right(j, s.mention(np, v), cue)
			}
		}
		if m := s.speakerSoFar(); m != nil && m.span[1] <= toks[k].s && s.has(v, fPrep) {
			return s.right(j, *m, cue) // "In a statement saying ..., the group ..."
		}
	}
	return j + 1
}

// clauseLink reports whether token k, right before a participle, links it
// to the clause before as the same subject's deed: "by saying", "after
// saying", "before adding", "then adding", "upon hearing", "while
// insisting".
func (s *sentence) clauseLink(k int) bool {
	return s.is(k, "by") || s.is(k, "after") || s.is(k, "before") || s.is(k, "then") || s.is(k, "upon") || s.is(k, "while")
}
