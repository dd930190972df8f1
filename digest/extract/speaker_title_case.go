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
	if m.kind != mName || m.title == "" || a >= len(s.toks) || !(a == 0 || a == s.datelineEnd()) || !s.toks[a].cap {
		return
	}
	words := strings.Fields(m.title)
	if len(words) < 2 || words[0] != s.word(a) {
		return
	}
	for _, w := range words[1:] {
		if strings.IndexFunc(w, unicode.IsUpper) >= 0 {
			return // "Former President", "State Department spokesman": a title written in capitals
		}
	}
	lw := lowerASCII(words[0])
	var buf [64]byte
	f := look(lw, &buf).f
	if f&(fRole|fMod) == 0 || f&fOrgHead != 0 || partyLabel(lw) || partyLabel(strings.TrimSuffix(lw, "ic")) || demonymWords[words[0]] {
		return // "House speaker", "Republican strategist", "Democratic strategist"
	}
	m.title = lw + m.title[len(words[0]):]
}
