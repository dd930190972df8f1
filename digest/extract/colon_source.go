// A sentence that opens by naming where a quotation comes from and then
// gives it after a colon: "According to the Gazette: “...”", "From the
// report: “...”", "From Lee's Facebook post: “...”". The phrase before the
// colon is the quotation's source, as "According to X, ..." and "- From the
// report: “...”" are (patterns.go colon reads the name).

package extract

import "strings"

// sourceLead returns the token after "According to" or "From" opening a
// sentence at i, or 0 when the sentence opens otherwise.
func (s *sentence) sourceLead(i int) int {
	switch {
	case s.is(i, "according") && s.is(i+1, "to"):
		return i + 2
	case s.is(i, "from") && i+1 < len(s.toks) && s.toks[i+1].k == kWord:
		return i + 1
	}
	return 0
}

// possessorEnd returns the end of a possessive naming the owner of a
// document that tokens [a, b) end with ("Lee's Facebook post", "the
// mayor's letter"), or -1.
func (s *sentence) possessorEnd(a, b int) int {
	if b <= a || !s.has(b-1, fSourceNoun) {
		return -1
	}
	for k := a; k < b-1; k++ {
		if s.toks[k].k == kWord && possessive(s.word(k)) {
			return k + 1
		}
	}
	return -1
}

// labelNamed reports whether the capitalised words [st, head) before an
// unquoted colon at the start of a paragraph of the body name someone: a
// known first name opens them ("Diane Guerrero: I came home ..."), or
// their last word comes again elsewhere in the clipping, other than
// before a colon ("Jake Tapper: ..." after "Tapper asked"), or the
// whole label heads another paragraph too (a transcript's turns: "Quill
// Tarrant: ..." and, later, "Quill Tarrant: ..." again). A run-in
// heading of a list or a guide ("Navigation Roadblocks: Stores force you
// ...", "Entries Threshold: ..." beside "Z-Score Threshold: ...") is no
// one's name: it is written once, and its words come nowhere else.
func (s *sentence) labelNamed(st, head int) bool {
	if head <= st {
		return false
	}
	if knownFirstName(s.word(st)) {
		return true
	}
	return s.x.outsideLabels(stripPossessive(s.word(head-1))) > 1 || s.x.labelRepeats(s.t[s.toks[st].s:s.toks[head-1].e])
}

// labelRepeats reports whether label opens two or more lines of the
// clipping before a colon, counted once for each label.
func (x *extractor) labelRepeats(label string) bool {
	if r, ok := x.labelReps[label]; ok {
		return r
	}
	if x.labelReps == nil {
		x.labelReps = map[string]bool{}
	}
	n := 0
	for i := 0; label != "" && i < len(x.t) && n < 2; {
		k := strings.Index(x.t[i:], label)
		if k < 0 {
			break
		}
		a, b := i+k, i+k+len(label)
		if (a == 0 || x.t[a-1] == '\n') && labelColon(x.t[b:]) {
			n++
		}
		i = b
	}
	x.labelReps[label] = n >= 2
	return n >= 2
}

// outsideLabels returns mentionsOutsideLabels of w in the clipping,
// counted once for it: a transcript asks for every turn, and a count is
// a read of the whole text.
func (x *extractor) outsideLabels(w string) int {
	if n, ok := x.labelOuts[w]; ok {
		return n
	}
	if x.labelOuts == nil {
		x.labelOuts = map[string]int{}
	}
	n := mentionsOutsideLabels(x.t, w)
	x.labelOuts[w] = n
	return n
}

// mentionsOutsideLabels counts the occurrences of w in t as a whole
// word, its case as given, but for those a colon follows, after a
// possessive's "'s" too ("Trader Joe's:"), plus one for the label being
// judged, which its colon leaves out of the count.
func mentionsOutsideLabels(t, w string) int {
	n := 0
	for i := 0; w != "" && i < len(t); {
		k := strings.Index(t[i:], w)
		if k < 0 {
			break
		}
		a, b := i+k, i+k+len(w)
		if (a == 0 || !wordByte(t[a-1])) && (b == len(t) || !wordByte(t[b])) && !labelColon(t[b:]) {
			n++
		}
		i = b
	}
	return n + 1
}

// labelColon reports whether rest, the text after a word, opens with a
// colon, after a possessive's "'s" and spaces: the word ends a label.
func labelColon(rest string) bool {
	for _, suf := range []string{"'s", "’s"} {
		if r, ok := strings.CutPrefix(rest, suf); ok {
			rest = r
			break
		}
	}
	return strings.HasPrefix(strings.TrimLeft(rest, " "), ":")
}
