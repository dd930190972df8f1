// A verb of speech as a participle: ", adding that ...", "by saying ...",
// "with the mayor calling it ...", "issued a statement saying ...". The
// participle has no subject of its own; who speaks is the sentence's
// speaker, the noun phrase after "with", or the author of what is said to
// say it.

package extract

import (
	"strings"

	"github.com/whosaid/whosaid/digest"
)

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
	if next, ok := s.ofPhraseSays(j, k, cue); ok {
		return next
	}
	if s.punct(k, ",") && s.mannerAside(j) {
		return j + 1 // "Ruth Hale, writing for the majority, said": how, not what
	}
	// ", adding that ...", "by saying", "- saying": the sentence's speaker goes on
	if k < s.from || s.punct(k, ",") || s.dashEnding(k) >= 0 || s.has(k, fSub) || s.clauseLink(k) ||
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
	if next, ok := s.subjectParticiple(j, k, cue); ok {
		return next // cue_participle_subject.go: "The share of voters saying they want a wall is ..."
	}
	if st := s.shareOf(k); st > s.from && s.verbAt(st-1) && s.mainClause(j+1) {
		return s.right(j, s.mention(st, k+1), cue) // cue_participle_subject.go: "have left 62 percent of voters saying race relations are worse"; a verb's object
	}
	// "The company issued a statement saying that ...": what the
	// statement, letter or post says, its author says
	if np, ok := s.leftNP(k); ok && np > s.from+1 && s.is(np-1, "to") && s.has(np-2, fSourceNoun|fComment) && !s.has(np-2, fRole) {
		k = np - 2 // "sent out a text message to supporters saying: “...”": those addressed, then the text
	}
	if k >= s.from && k >= 0 && toks[k].k == kWord && !toks[k].cap && toks[k].w.f&(fSourceNoun|fComment) != 0 && toks[k].w.f&(fRole|fPronoun) == 0 && !s.is(k, "people") {
		i := k
		for i-1 > s.from && (s.has(i-1, fDet|fMod) && !s.has(i-1, fPronoun) || i == k && (s.plainNoun(i-1) || s.has(i-1, fMedia) && !s.toks[i-1].cap) && s.has(i-2, fDet|fMod)) {
			i-- // "a statement", "a text message", "a new radio ad"
		}
		v := i - 1 // "issued", "released", "sent"
		if s.is(v, "out") || s.is(v, "up") || s.is(v, "forth") {
			v-- // "put out", "sent out"
		}
		if v > s.from && toks[v].k == kWord && !toks[v].cap && toks[v].w.f&(fPrep|fDet|fCue|fSub) == 0 && s.issuedVerb(v) {
			if np, ok := s.leftNP(v - 1); ok {
				return s.right(j, s.mention(np, v), cue)
			}
			if m, ok := s.relativeClosed(v - 1); ok {
				return s.right(j, m, cue) // "Mr. Lee, who said last week that ..., issued a statement saying ..."
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

// ofPhraseSays reads a participle with a quotation after it whose noun
// phrase follows "of": the recording's subject speaks in "footage of the
// senator asking, “...”" (a clip, video, tape, audio or recording of
// someone), the whole phrase does after a quantity or a share ("with one
// of her ads asking, “...”", "the share of Republicans saying “...”").
// Token k ends the noun phrase, right before the participle at j.
func (s *sentence) ofPhraseSays(j, k int, cue digest.Span) (int, bool) {
	q := j + 1
	if s.punct(q, ",") || s.punct(q, ":") {
		q++
	}
	if q >= len(s.toks) || s.toks[q].k != kQuote {
		return 0, false
	}
	np, ok := s.leftNP(k)
	if !ok {
		return 0, false
	}
	o := np - 1 // the "of": before the noun phrase, or inside it ("the share of voters")
	for i := k; i > np; i-- {
		if s.is(i, "of") {
			o = i
			break
		}
	}
	np = o + 1
	if !s.is(o, "of") || o-1 < s.from || np > k || s.toks[o-1].k != kWord || s.has(np, fPronoun) {
		return 0, false
	}
	var lb [32]byte
	switch head := string(lowerInto(&lb, s.word(o-1))); head {
	case "footage", "video", "videos", "clip", "clips", "tape", "tapes", "audio", "recording", "recordings":
		return s.quoteSaid(j, q, s.mention(np, k+1), cue), true
	case "one", "some", "many", "most", "each", "share", "majority", "half", "two", "three":
		st := o - 1
		if s.has(st-1, fDet) && st-1 >= s.from {
			st-- // "the share of ..."
		}
		return s.quoteSaid(j, q, s.mention(st, k+1), cue), true
	}
	return 0, false
}

// quoteSaid builds the statement of the participle at j whose content is
// the quotation at q alone: the phrase it ends may be a noun phrase whose
// clause goes on ("the share of Republicans saying “...” rose by 28
// points").
func (s *sentence) quoteSaid(j, q int, m mention, cue digest.Span) int {
	_, extra := s.skipAfterCue(j, m)
	return s.quoteAlone(j, q, m, cue, extra)
}

// quoteAlone emits m's statement of the cue at j whose content is the
// quotation at q alone, whatever the end model reads after it (quoteSaid,
// put_it.go), and returns where scanning resumes: after the quotation, or
// j+1 when no statement was made.
func (s *sentence) quoteAlone(j, q int, m mention, cue digest.Span, extra afterCue) int {
	n := len(s.x.raws)
	s.emit(m, cue, q, q+1, extra)
	if len(s.x.raws) == n {
		return j + 1
	}
	s.x.raws[n].fixedEnd = true
	s.from = q + 1
	return q + 1
}

// relativeClosed returns the speaker of a relative clause on the
// sentence's subject that the comma at c closes, when that clause is the
// sentence's last statement: "Mr. Lee, who said last week that the talks
// had failed, issued a statement ..." (Mr. Lee).
func (s *sentence) relativeClosed(c int) (mention, bool) {
	n := len(s.x.raws)
	if !s.punct(c, ",") || n == s.first {
		return mention{}, false
	}
	prev := s.x.raws[n-1]
	if prev.tb > c || prev.anchor >= 0 {
		return mention{}, false
	}
	r := s.tokenAt(prev.cue[0]) - 1
	for r > 0 && r > s.tokenAt(prev.cue[0])-4 && s.toks[r].k == kWord && !s.is(r, "who") {
		r-- // "who has long said", "who also said"
	}
	if !s.is(r, "who") || !s.punct(r-1, ",") {
		return mention{}, false
	}
	for i := prev.tb; i < c; i++ {
		if s.toks[i].k == kQuote || s.toks[i].k == kStop || s.has(i, fCue) {
			return mention{}, false
		}
	}
	return prev.speaker, true
}

// plainNoun reports whether token i is a lower-case word the lexicon
// knows nothing of and no verb's form ("text" in "a text message"): a
// noun modifying the noun after it.
func (s *sentence) plainNoun(i int) bool {
	if i < 0 || i >= len(s.toks) || s.toks[i].k != kWord || s.toks[i].cap || s.toks[i].w.f != 0 {
		return false
	}
	w := s.word(i)
	return !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "s")
}

// mannerAside reports whether the participle at j opens an aside between
// a subject and its own verb of speech that says only for whom or where
// the subject speaks: a preposition's phrase (prepPhraseEnd), then the
// verb ("Ruth Hale, writing for the majority, said ...", "The senator,
// speaking on behalf of the family, told reporters ...").
func (s *sentence) mannerAside(j int) bool {
	c := s.prepPhraseEnd(j)
	return c > 0 && c+1 < len(s.toks) && s.has(c+1, fCue)
}

// prepPhraseEnd returns the comma that closes the words after the
// participle at j when they are a preposition's phrase alone: a
// preposition, then words with no verb, "that" or quotation ("writing for
// the majority,"); 0 when they are not.
func (s *sentence) prepPhraseEnd(j int) int {
	a := j + 1
	if a >= len(s.toks) || s.toks[a].k != kWord || s.toks[a].cap || !s.has(a, fPrep) && !s.is(a, "for") {
		return 0
	}
	for c := a + 1; c < len(s.toks) && c <= a+8; c++ {
		if s.punct(c, ",") {
			if s.hasVerb(a, c) {
				return 0
			}
			return c
		}
		if s.toks[c].k != kWord || s.is(c, "that") {
			return 0
		}
	}
	return 0
}
