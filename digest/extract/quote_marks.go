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
