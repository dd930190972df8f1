package extract

import (
	"strings"
	"unicode"

	"github.com/whosaid/whosaid/digest"
)

// withCallParticle widens a call's cue over the particle between it and
// the content ("called on the council to act", "calls for an inquiry"),
// with a word or two before the particle ("called again for", "called
// Monday for"): the content starts after the particle, and a line that
// wrote the cue without it would read "called the council to act", which
// says another thing. The cue's text follows its span.
func withCallParticle(t string, st *digest.Statement) {
	cue, c := st.CueSpan, st.ContentSpan
	if cue[1] >= c[0] || c[0] > len(t) {
		return
	}
	last := strings.TrimSpace(t[cue[0]:cue[1]])
	last = last[strings.LastIndexFunc(last, unicode.IsSpace)+1:] // no copy: this runs for every statement
	var buf [64]byte
	if last == "" || look(last, &buf).f&fCall == 0 { // the lexicon's forms of "call"
		return
	}
	gap := t[cue[1]:c[0]]
	p := strings.TrimSpace(gap)
	words := strings.Fields(p)
	if len(words) == 0 || len(words) > 3 {
		return
	}
	switch strings.ToLower(words[len(words)-1]) {
	case "on", "upon", "for":
	default:
		return
	}
	end := cue[1] + strings.Index(gap, p) + len(p)
	st.CueSpan = digest.Span{cue[0], end}
	st.Cue = digest.FoldSpace(t[cue[0]:end])
}
