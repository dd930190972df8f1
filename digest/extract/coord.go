// Coordinated verbs sharing one subject: "when Cruz knocked Rubio on
// trade and called him a “moderate,”", "Ten years ago, he backed Obama
// and said, “...”", "That prompted Rubio to make a joke and call Trump
// “very flexible.”" The verb of speech after "and" has no subject of its
// own; the subject of the first verb of the coordination speaks, wherever
// in the sentence that clause opens.

package extract

import (
	"strings"

	"github.com/whosaid/whosaid/digest"
)

// coordLink returns the "and" or "but" that joins the verb of speech after
// token k (the token before the cue) to a verb before it, stepping over an
// adverb ("and then", "and later"); -1 when there is none.
func (s *sentence) coordLink(k int) int {
	for n := 0; n < 2 && k > s.from && s.toks[k].k == kWord && verbAdverb(lowerASCII(s.word(k))); n++ {
		k--
	}
	if s.is(k, "and") || s.is(k, "but") {
		return k
	}
	return -1
}

// coordinated builds the statement of the verb of speech at j joined by
// "and" or "but" (after *k, the token before the cue, which it moves onto
// that link) to a verb before it, with that verb's subject; a subject
// after a subordinator ("when Rubio thanked Miami and said ...,") speaks
// to the clause's comma. It reports false when no such subject is found.
func (s *sentence) coordinated(j int, k *int, cue digest.Span) (int, bool) {
	c := s.coordLink(*k)
	if c < 0 {
		return 0, false
	}
	*k = c
	m, np, ok := s.coordSubject(j, c)
	if !ok {
		return 0, false
	}
	if np > s.from && s.has(np-1, fSub) && !s.is(np-1, "that") && !s.is(np-1, "and") && !s.is(np-1, "but") && !s.is(np-1, "so") {
		s.lead = true
		defer func() { s.lead = false }()
	}
	return s.right(j, m, cue), true
}

// coordSubject finds the subject of the verb that the verb of speech at j,
// after the link c ("and", "but"), is coordinated with, in the same tense. It walks back over the
// first verb's objects and circumstance (quotations included) to a finite
// verb whose subject opens a clause: the sentence's start, a comma, or a
// word that opens a clause ("when", "as", "that"); a verb reached after a
// comma or "and" is itself one of a list ("looked at me, furrowed his brow
// and said"), so the walk goes on. "prompted Rubio to make a joke and
// call": the one prompted speaks. It gives up at what a statement of the
// sentence already holds (its content is another speaker's clause).
func (s *sentence) coordSubject(j, c int) (mention, int, bool) {
	present := s.presentForm(j)
	comma := false // a comma between the first verb and the link
	for h := c - 1; h > s.from && h > c-40; h-- {
		tk := s.toks[h]
		if tk.k == kStop {
			break
		}
		if s.used(h) {
			// "he said at a news conference, and then predicted": the
			// first verb is a statement's cue, whose speaker goes on; any
			// other word a statement holds is another speaker's clause
			for k := s.first; k < len(s.x.raws); k++ {
				if r := s.x.raws[k]; r.cue[0] <= tk.s && tk.s < r.cue[1] {
					return r.speaker, -1, true
				}
			}
			break
		}
		if s.punct(h, ")") {
			// "(although he allowed that ...)": an aside, not the first verb
			for h > s.from && !s.punct(h, "(") {
				h--
			}
			continue
		}
		if s.punct(h, ",") {
			comma = true
		}
		if tk.k != kWord || tk.cap {
			continue
		}
		if s.is(h-1, "to") && h-2 > s.from && s.firstVerbBare(h) {
			// "prompted Rubio to make a joke about yoga and call ...": the
			// one prompted, after a verb
			if np, ok := s.leftNP(h - 2); ok && np > s.from && s.toks[np-1].k == kWord && !s.toks[np-1].cap && s.toks[np-1].w.f&(fPrep|fDet|fSub|fAux|fPassive) == 0 {
				if m := s.mention(np, h-1); m.kind != mNoun && !present {
					return m, np, true
				}
			}
			continue
		}
		if !s.finiteVerb(h, present) {
			continue
		}
		v := h
		if s.punct(v-1, ",") || s.is(v-1, "and") {
			continue // one of a list of verbs: the subject is further back
		}
		for v-1 > s.from && s.toks[v-1].k == kWord && (lyAdverb(s, v-1) || verbAdverb(lowerASCII(s.word(v-1))) || s.has(v-1, fAux) && !s.has(v-1, fPronoun|fNeg)) {
			v-- // "Cruz then knocked", "Scott has freed up"
		}
		if l := s.dateBefore(v); l > 0 {
			v -= l // "Sanders during a Sunday thanked"
		}
		np, ok := s.leftNP(v - 1)
		e := v
		if st, head, ok := s.subjectBeforePreps(np); ok {
			np, e = st, head // "when Trump in his first speech called ..."
		}
		// (a name before a date phrase is a subject: "Moreno on Sunday")
		if !ok || !s.subjectLike(np, e) && !(e < h && s.toks[np].cap && !s.is(np, "it")) {
			return mention{}, 0, false
		}
		if np > s.from && !(s.punct(np-1, ",") || s.has(np-1, fSub) || s.is(np-1, "that") || s.timeAdverb(np-1)) {
			return mention{}, 0, false
		}
		if comma && np > s.from && s.has(np-1, fSub) && !s.is(np-1, "and") && !s.is(np-1, "but") && !s.is(np-1, "that") {
			// "Biden was sorry when he visited Ankara, and even admitted
			// ...": the clause after the comma goes on from the main one
			h = np - 1
			comma = false
			continue
		}
		m := s.mention(np, e)
		if m.kind == mNoun && !s.has(e-1, fSourceNoun|fRole|fOrgHead) {
			return mention{}, 0, false // "the plan failed and said": a thing
		}
		return m, np, true
	}
	return mention{}, 0, false
}

// finiteVerb reports whether token i reads as a verb in the past (or,
// with present, in the present's third person, as the verb of speech it
// is coordinated with: "reminds viewers that Sanders marched ... and
// says" joins "says" to "reminds", not to "marched"): a regular form in
// -ed the lexicon gives no other role, a verb of speech's past, or a
// common irregular past; in the present, a verb of speech's -s form.
func (s *sentence) finiteVerb(i int, present bool) bool {
	w := lowerASCII(s.word(i))
	if present {
		return s.has(i, fCue|fCall|fWeakCue|fDerived) && !s.has(i, fPart) && s.presentForm(i)
	}
	if pastVerb(s, i) || s.derivedPast(i) {
		return true
	}
	if s.has(i, fCue|fCall) && !s.has(i, fPart) && strings.HasSuffix(w, "ed") {
		return true
	}
	return irregularPast(w)
}

// presentForm reports whether token i is a lower-case word in -s (sForm,
// clause.go): a verb's present third person where a verb stands. It is
// the token form of sForm; callers that take a capital or want "was" and
// the adverbs in -s left out use sForm or presentS on the word.
func (s *sentence) presentForm(i int) bool {
	if i < 0 || i >= len(s.toks) || s.toks[i].k != kWord || s.toks[i].cap {
		return false
	}
	return sForm(lowerASCII(s.word(i)))
}

// firstVerbBare reports whether token i, after "to", is a bare verb that
// opens the first of two coordinated infinitives: a lower-case word the
// lexicon gives no role, or a verb of speech.
func (s *sentence) firstVerbBare(i int) bool {
	tk := s.toks[i]
	return tk.k == kWord && !tk.cap && !s.has(i, fPart) && (tk.w.f == 0 && !s.verbForm(i) || s.has(i, fCue|fCall))
}

// dateBefore returns the length of a date phrase that ends right before
// token v ("during a Sunday", "on Friday"), 0 when there is none.
func (s *sentence) dateBefore(v int) int {
	for a := v - 1; a > s.from && a >= v-4; a-- {
		if l, _ := s.dateAt(a); l > 0 && a+l == v {
			for n := 0; n < 2 && a-1 > s.from && s.has(a-1, fPrep|fDet) && !s.has(a-1, fPronoun); n++ {
				a-- // "on Friday", "during a Sunday"
			}
			return v - a
		}
	}
	return 0
}

// nameCueAhead reports whether a name and a verb of speech of its own
// start at i, after "and" or "but" in a content: "Cruz accuses Obama of
// “leading from behind” and Donald Trump says he is ..." — a second clause
// with its own speaker, not more of what the first one said. The name is
// one to four capitalised words, none of them a sentence's starter ("The");
// a name or a pronoun right before the "and" makes the two one subject
// ("because Congress and President Obama agreed", "both he and Rubio
// promised").
func (s *sentence) nameCueAhead(i int) bool {
	if i >= 2 && s.toks[i-2].k == kWord && (s.toks[i-2].cap || s.has(i-2, fPronoun)) {
		return false
	}
	v := s.nameAhead(i)
	return v > i && s.cueAfterAux(v) // subject.go
}

// nameAhead returns the end of a name of one to four capitalised words
// starting at i, none of them a sentence's starter ("The"), a pronoun or a
// determiner; i when there is none (nameCueAhead, subject_appositive.go
// namedCueAhead).
func (s *sentence) nameAhead(i int) int {
	v := i
	for v < len(s.toks) && v < i+4 && s.toks[v].k == kWord && s.toks[v].cap && s.toks[v].w.f&(fStarter|fPronoun|fDet) == 0 {
		v++
	}
	return v
}
