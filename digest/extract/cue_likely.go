package extract

import (
	"strings"

	"github.com/whosaid/whosaid/digest"
)

// "Voters are more likely to say the plan is too costly": a poll's
// comparison of how often a group says something. PolNeAR marks the
// comparison with the verb ("are generally more likely to say"), and a
// line that gave the bare verb would read as if the group had said it
// outright. The statement's cue starts at the comparison; the models go
// on reading the verb alone (with "more" as the cue's first word, train CV
// lost the statement the rules found).

// withComparison widens a statement's cue back over "likely to" (or
// "unlikely to") before it, and over "more", "less", "most" or "least"
// before "likely" when one stands there ("more likely than men to say":
// up to three words of "than" between). A bare "likely to say" is a
// guess at what the group would say, not a thing said, and widens as
// well. The cue's text follows its span.
func withComparison(t string, st *digest.Statement) {
	c := st.CueSpan
	if c[0] < 4 || c[0] > len(t) {
		return
	}
	before := strings.TrimRight(t[:c[0]], " ")
	if !strings.HasSuffix(before, " to") {
		return
	}
	words := strings.Fields(t[max(0, len(before)-80):len(before)])
	n := len(words) - 1 // "to"
	l := -1
	for i := n - 1; i >= 0 && i >= n-5; i-- {
		if w := strings.ToLower(words[i]); w == "likely" || w == "unlikely" {
			l = i
			break
		}
	}
	if l < 0 || l < n-1 && !strings.EqualFold(words[l+1], "than") {
		return // "likely to say" right before the verb, or "likely than men to say"
	}
	first := l
	switch strings.ToLower(words[max(0, l-1)]) {
	case "more", "less", "most", "least":
		if l > 0 {
			first = l - 1
		}
	}
	// the start of words[first] in t: count back over the words after it
	start := len(before)
	for i := n; i >= first; i-- {
		start = strings.LastIndex(t[:start], words[i])
	}
	if start < 0 {
		return
	}
	st.CueSpan = digest.Span{start, c[1]}
	st.Cue = digest.FoldSpace(t[start:c[1]])
}
