package extract

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/whosaid/whosaid/digest"
)

// joinAsides makes one statement of a reported clause that its
// attribution breaks: "Within months of the merger, Forte said, the chain
// was selling cheaper eggs." The rules read the part before the cue and
// the part after it as two statements with one cue, and a reader got two
// lines that say little alone ("Forte said: Within months of the
// merger"). As with a quotation broken by its attribution, the statement
// is the first one, its content the outer span and its parts both
// pieces; the second is dropped. A quotation on either side stays as the
// rules joined it or left it.
func (x *extractor) joinAsides() {
	// the statements' indices in the order of their cues' starts (in
	// their own order for one cue), found by binary search: one sort,
	// not a scan per statement (a long paragraph holds thousands), kept
	// in the extractor's scratch, not a map of slices per clipping
	byCue := x.byCue[:0]
	for i := range x.raws {
		a := &x.raws[i]
		if !loneReported(a) || a.content[1] > a.cue[0] {
			continue
		}
		if len(byCue) == 0 {
			for j := range x.raws {
				byCue = append(byCue, j)
			}
			slices.SortStableFunc(byCue, func(p, q int) int { return cmp.Compare(x.raws[p].cue[0], x.raws[q].cue[0]) })
			x.byCue = byCue
		}
		k, _ := slices.BinarySearchFunc(byCue, a.cue[0], func(j, c int) int { return cmp.Compare(x.raws[j].cue[0], c) })
		for ; k < len(byCue) && x.raws[byCue[k]].cue[0] == a.cue[0]; k++ {
			j := byCue[k]
			b := &x.raws[j]
			if j == i || b.cue != a.cue || b.sentStart != a.sentStart || !loneReported(b) || b.content[0] < a.cue[1] {
				continue
			}
			if a.phrase && !finiteAux(firstWordOf(x.t, b.content)) {
				// "In a statement, the company said, the plant will
				// close": a phrase that tells where the saying was
				// made is no part of what was said; the clause after
				// the cue stands alone. A phrase that frames the
				// clause ("Within months of the merger, Forte said,
				// the chain was selling ...") is joined below: its
				// clause is not said without it
				a.drop = true
				break
			}
			a.parts = []digest.Span{a.content, b.content}
			a.content = digest.Span{a.content[0], b.content[1]}
			if !a.dated && b.dated {
				a.when, a.dated = b.when, true
			}
			b.drop = true
			break
		}
	}
	for i := range x.raws {
		if r := &x.raws[i]; loneReported(r) && r.content[0] >= r.cue[1] {
			if np, ok := x.subjectAside(r); ok {
				r.parts = []digest.Span{np, r.content}
				r.content = digest.Span{np[0], r.content[1]}
			}
		}
		if r := &x.raws[i]; !r.drop && r.parts == nil && !r.cue.Empty() && r.content[0] >= r.cue[1] {
			if frame, content, ok := x.frameBefore(r); ok { // join_frame.go: "Instead, Hale said, ..."
				r.parts = []digest.Span{frame, content}
				r.content = digest.Span{frame[0], content[1]}
				r.direct = false
			}
		}
	}
}

// subjectAside returns the subject a reported predicate left before its
// attribution: "This plan, Reyes said, is dead" reads "is dead" after
// the cue ("Smith, prosecutors alleged, stole $2 million": a past form;
// "The nickname, Lee explained, exists ...": a form in -s; "His leverage,
// a union leader said, isn’t going anywhere": a negated auxiliary), and
// the sentence opens with its subject and a comma right before the
// speaker. The subject is at most six words, opens with a capital, and
// no preposition or conjunction of time or cause opens it ("In the end,
// ..." is no subject).
func (x *extractor) subjectAside(r *raw) (digest.Span, bool) {
	t := x.t
	if strings.Trim(t[r.cue[1]:r.content[0]], " ,") != "" || r.speaker.span[0] < r.sentStart {
		return digest.Span{}, false
	}
	if w := firstWordOf(t, r.content); !finiteAux(w) && !negatedAux(w) && !((pastVerbNotSaid(w) || len(w) > 3 && sForm(w)) && plainWord(w) && !auxLater(t, r.content)) {
		return digest.Span{}, false // a past form too: "Smith, prosecutors alleged, stole $2 million" (not "continued struggles ... will coalesce", a modifier)
	}
	before := strings.TrimRight(t[r.sentStart:r.speaker.span[0]], " ")
	np, ok := strings.CutSuffix(before, ",")
	np = strings.TrimLeft(np, " ")
	if !ok || np == "" || strings.ContainsAny(np, ",;:\"“”()—") {
		return digest.Span{}, false
	}
	words := strings.Fields(np)
	if c, _ := utf8.DecodeRuneInString(np); len(words) > 6 || !unicode.IsUpper(c) {
		return digest.Span{}, false
	}
	var buf [64]byte
	if look(words[0], &buf).f&(fPrep|fRelDay|fWeekday|fMonth) != 0 || subordinators[strings.ToLower(words[0])] {
		return digest.Span{}, false // "Yesterday, officials said, prices rose": a day, no subject
	}
	a := r.sentStart + strings.Index(t[r.sentStart:], np)
	return digest.Span{a, a + len(np)}, true
}

// loneReported reports whether r is a reported clause in one piece that
// stands: no quotation, no parts, not dropped.
func loneReported(r *raw) bool {
	return !r.drop && !r.direct && r.parts == nil && !r.cue.Empty()
}

// firstWordOf returns the first word of span sp of t.
func firstWordOf(t string, sp digest.Span) string {
	w, _, _ := strings.Cut(t[sp[0]:sp[1]], " ")
	return w
}

// markPhrases marks the sentence's new statements whose content stands
// before the cue and is a phrase of the saying's circumstance: it opens
// with a preposition, holds no auxiliary, form of "be" or past verb
// (framing), and tells where or when the words were said ("In a
// statement", "in an interview with the Times", "On Monday":
// sayingCircumstance, cue_comma_aside.go), or is a participle's phrase
// of the occasion ("Asked about the vote on the budget", "Speaking at a
// rally in Ohio": occasionOpening, join_frame.go). A phrase that frames what was
// said ("Within months of the merger", "In the long run") is not marked:
// PolNeAR's annotators give it to the content 34 times in 40 before an
// attribution that stands aside, and the clause alone says less than was
// said.
func (s *sentence) markPhrases() {
	for k := s.first; k < len(s.x.raws); k++ {
		r := &s.x.raws[k]
		r.phrase = r.tb > r.ta && r.tb <= len(s.toks) && r.content[1] <= r.cue[0] && (s.framing(r.ta, r.tb) && s.sayingCircumstance(r.ta, r.tb) || occasionOpening(s.x.t[r.content[0]:r.content[1]]))
	}
}

// framing reports whether tokens [a, e) are a prepositional phrase with
// no verb of its own. After a word that may also open a clause ("after",
// "since", "before"), a past form after its first word is that clause's
// verb: "After Smith resigned", "Since the mayor took office".
func (s *sentence) framing(a, e int) bool {
	var lb [32]byte // the words lowered here, not copied: this runs on every sentence's content before its cue
	if s.toks[a].k != kWord || !s.has(a, fPrep) && !openingPreps[string(lowerInto(&lb, s.word(a)))] {
		return false
	}
	sub := s.has(a, fSub) || subordinators[string(lowerInto(&lb, s.word(a)))] // words.go
	for k := a + 1; k < e; k++ {
		if s.toks[k].k == kQuote || s.toks[k].k == kWord && (finiteAux(string(lowerInto(&lb, s.word(k)))) || s.has(k, fPassive|fSub|fQuestion)) {
			return false
		}
		if sub && k > a+1 && s.toks[k].k == kWord && !s.toks[k].cap && pastForm(s.word(k)) {
			return false
		}
	}
	return true
}

// plainWord reports whether w is all lower-case ASCII letters: a plain
// word, no name or compound ("then-Fed").
func plainWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return w != ""
}

// auxLater reports whether the words of span sp after its first, up to a
// comma, hold an auxiliary or modal: the clause's verb comes later and
// the first word modifies its subject ("continued struggles by the
// campaign will coalesce support").
func auxLater(t string, sp digest.Span) bool {
	text, _, _ := strings.Cut(t[sp[0]:sp[1]], ",")
	words := strings.Fields(text)
	for _, w := range words[min(1, len(words)):] {
		if finiteAux(strings.ToLower(w)) {
			return true
		}
	}
	return false
}
