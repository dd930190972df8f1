package extract

import "unicode/utf8"

// An apostrophe before a word stands for the letters left out at its
// start ("get ’em", "rock ’n’ roll", "’til then"): where single marks are
// quotation marks (a headline, a clipping that quotes with them), the
// right single mark ’ after a space and before a letter is no mark that
// closes a quotation but part of the word, as typesetters print the
// apostrophe; a straight ' is read so only in "'n'", which both sides
// mark.

// elisionAt returns the end of the word when the mark r of width n at i,
// after a space or the block's start (start), opens an elided word, and 0
// otherwise. "’n’" and "'n'" take their closing apostrophe too.
func (z *tokenizer) elisionAt(t string, start, i, end int, r rune, n int) int {
	if i > start {
		if b, _ := utf8.DecodeLastRuneInString(t[:i]); !isSpace(b) {
			return 0
		}
	}
	if i+n >= end || !isLetter(rune(t[i+n])) {
		return 0
	}
	j := z.wordEnd(t, i, end)
	if j-(i+n) == 1 && t[i+n]|0x20 == 'n' && j < end {
		// "’n’", "'n'": the apostrophe after the n, then no letter
		if r2, n2 := runeAt(t, j); (r2 == '’' || r2 == '\'') && (j+n2 >= end || !isLetter(rune(t[j+n2]))) {
			return j + n2
		}
	}
	if r == '\'' {
		return 0
	}
	return j
}
