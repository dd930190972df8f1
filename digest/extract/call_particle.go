package extract

import (
	"strings"

	"github.com/whosaid/whosaid/digest"
)

// withCallParticle widens a call's cue over the particle between it and
// the content ("called on the council to act", "calls for an inquiry"):
// the content starts after the particle, and a line that wrote the cue
// without it would read "called the council to act", which says another
// thing. The cue's text follows its span.
func withCallParticle(t string, st *digest.Statement) {
	cue, c := st.CueSpan, st.ContentSpan
	if cue[1] >= c[0] || c[0] > len(t) || !isCallWord(lastField(t[cue[0]:cue[1]])) {
		return
	}
	gap := t[cue[1]:c[0]]
	p := strings.TrimSpace(gap)
	switch strings.ToLower(p) {
	case "on", "upon", "for":
	default:
		return
	}
	end := cue[1] + strings.Index(gap, p) + len(p)
	st.CueSpan = digest.Span{cue[0], end}
	st.Cue = digest.FoldSpace(t[cue[0]:end])
}

// isCallWord reports whether w is a form of "call".
func isCallWord(w string) bool {
	switch strings.ToLower(w) {
	case "call", "calls", "called", "calling":
		return true
	}
	return false
}

// lastField returns the last white-space separated word of s.
func lastField(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.LastIndexAny(s, " \t\n\u00a0"); i >= 0 {
		return s[i+1:]
	}
	return s
}
