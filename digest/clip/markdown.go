package clip

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/whosaid/whosaid/digest"
)

// Markdown clippings carry emphasis marks around words: "**Ortiz:** How
// many ...", "*The Ledger*", "__Q:__". They are typography, not text: a
// transcript's label in bold is a label all the same, and a name in
// italics is the name. blankEmphasis writes each such mark as spaces of
// the same length, so every span of the clipping's text stays a span of
// the file as read.

// blankEmphasis returns text from byte body on with the emphasis marks
// blanked: runs of one to three "*" or "_" that touch a word on one side
// only (an opening or closing mark). A mark with space on both sides (a
// list bullet, "* * *"), or inside a word ("snake_case", "f**k"), stays.
func blankEmphasis(text string, body int) string {
	if !strings.ContainsAny(text[body:], "*_") {
		return text
	}
	b := []byte(text)
	for i := body; i < len(b); {
		c := b[i]
		if c != '*' && c != '_' {
			i++
			continue
		}
		j := i
		for j < len(b) && b[j] == c {
			j++
		}
		if j-i <= 3 {
			left, right := wordBefore(text, i), wordAfter(text, j)
			if left != right {
				for k := i; k < j; k++ {
					b[k] = ' '
				}
			}
		}
		i = j
	}
	return string(b)
}

// wordBefore reports whether the character before byte i is neither space
// nor the start of the text, nor punctuation that opens ("(", a quote).
func wordBefore(text string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return i > 0 && !unicode.IsSpace(r) && !strings.ContainsRune("([{\"'“‘", r)
}

// wordAfter reports whether the character at byte j is neither space nor
// the end of the text, nor punctuation that closes a phrase.
func wordAfter(text string, j int) bool {
	r, _ := utf8.DecodeRuneInString(text[j:])
	return j < len(text) && !unicode.IsSpace(r) && !strings.ContainsRune(")]}\"'”’.,;:!?", r)
}

// bodyLede makes a body paragraph of a headline block the cleaner found
// in a markdown clipping whose front matter gives the title, when the
// block is a sentence that does not repeat the title: "Mayor Tom Aske will
// retire after 15 years." opening the body is the story's first
// paragraph, the front matter having said what the headline is. Its names
// are then the story's, and "Aske said" further on is Tom Aske.
func (m *meta) bodyLede(text string) {
	if m.title == "" {
		return
	}
	for i := range m.blocks {
		b := &m.blocks[i]
		if b.Kind != digest.BlockHeadline {
			continue
		}
		line := strings.TrimSpace(strings.TrimLeft(text[b.Span[0]:b.Span[1]], "# "))
		if endsSentence(line) && !strings.EqualFold(digest.FoldSpace(line), digest.FoldSpace(m.title)) {
			b.Kind = digest.BlockBody
		}
	}
}
