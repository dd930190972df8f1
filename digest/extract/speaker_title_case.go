// The case of a title that opens a sentence.

package extract

import (
	"strings"
	"unicode"
)

// sentenceCaseTitle writes in lower case the first word of the title of
// a name mention from token a when the word is capitalised only because
// it opens the sentence: "Press secretary Maria Cruz said", "Chief
// executive Dana Holt told" (the title's other words are lower case, and
// the first is a common word of titles). A proper adjective keeps its
// capital: "Democratic strategist Tom Reyes", "French diplomat".
func (s *sentence) sentenceCaseTitle(a int, m *mention) {
	if m.kind != mName || m.title == "" || a >= len(s.toks) || !s.toks[a].cap || !(a == 0 || a == s.datelineEnd()) {
		return
	}
	first, rest, ok := strings.Cut(m.title, " ") // (no strings.Fields: a mention is read for every cue)
	if !ok || first != s.word(a) || strings.TrimSpace(rest) == "" {
		return
	}
	if strings.IndexFunc(rest, unicode.IsUpper) >= 0 {
		return // "Former President", "State Department spokesman": a title written in capitals
	}
	lw := lowerASCII(first)
	var buf [64]byte
	f := look(lw, &buf).f
	if f&(fRole|fMod) == 0 || f&fOrgHead != 0 || partyLabel(lw) || partyLabel(strings.TrimSuffix(lw, "ic")) || demonymWords[first] {
		return // "House speaker", "Republican strategist", "Democratic strategist"
	}
	m.title = lw + m.title[len(first):]
}
