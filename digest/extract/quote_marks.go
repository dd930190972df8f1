package extract

import (
	"unicode"
	"unicode/utf8"
)

// opensMisprinted reports whether the right double quotation mark of n
// bytes at i is printed where an opening one belongs: at the start of a
// word, with a letter right after it and, before it, the start of the text,
// a space or an invisible formatting character ("‪”Sorry, Jane, you
// should have run,” posted Tom Reed"). A mark that closes a quotation
// stands after its last word or punctuation, never before a word.
func opensMisprinted(t string, i, n int) bool {
	if i+n >= len(t) {
		return false
	}
	after, _ := utf8.DecodeRuneInString(t[i+n:])
	if !unicode.IsLetter(after) {
		return false
	}
	if i == 0 {
		return true
	}
	before, _ := utf8.DecodeLastRuneInString(t[:i])
	return isSpace(before) || unicode.Is(unicode.Cf, before)
}

// nestedCurly returns the index of the right double quotation mark that
// closes the left one at raw token j, inside a quotation opened with a
// straight mark, or -1. A quotation inside another takes the other kind
// of marks: "The department isn't about “Equal Justice” anymore." The
// curly pair is nested when it closes before any straight mark; a left
// mark used as a closing one (glued to the word before it) is none.
func (z *tokenizer) nestedCurly(t string, j int) int {
	if o := z.raw[j]; o.s == 0 || !isSpaceByte(t[o.s-1]) && t[o.s-1] != '(' {
		return -1
	}
	for k := j + 1; k < len(z.raw); k++ {
		c := z.raw[k]
		if c.k != kMark || c.mark&markSingle != 0 {
			continue
		}
		if c.mark == markClose {
			return k
		}
		return -1 // a straight or another left mark first
	}
	return -1
}
