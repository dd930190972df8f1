package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Words broken at a line's end: a text hard-wrapped with hyphens ("over-"
// at one line's end, "sight" at the next line's start), whose lines were
// then run together, reads "omissions by over- sight". A statement's
// content rejoins them; its span still points into the text as it is.
// A suspended hyphen ("low- and middle-income", "second- or third-rate")
// is the writer's and stays.

// minBroken is the fewest words broken over a space that show a text's
// lines were hard-wrapped and run together: one "so- called" is a typing
// slip of a real hyphen, the excerpt of a book copied from its pages has
// dozens.
const minBroken = 3

// brokenWords reports whether text t carries at least minBroken words
// broken with a hyphen and a space.
func brokenWords(t string) bool {
	n := 0
	for i := 0; i < len(t); {
		k := strings.Index(t[i:], "- ")
		if k < 0 {
			break
		}
		i += k
		if brokenAt(t, i, true) {
			if n++; n >= minBroken {
				return true
			}
		}
		i += 2
	}
	return false
}

// brokenAt reports whether the hyphen at t[i] breaks a word: a lower-case
// letter before it, then white space with a line break in it (or, when
// spaced, a space alone), then a lower-case word that is no conjunction.
func brokenAt(t string, i int, spaced bool) bool {
	if i == 0 || t[i] != '-' {
		return false
	}
	before, _ := utf8.DecodeLastRuneInString(t[:i])
	if !unicode.IsLower(before) {
		return false
	}
	j, newline := i+1, false
	for j < len(t) && isSpaceByte(t[j]) {
		newline = newline || t[j] == '\n'
		j++
	}
	if j == i+1 || !newline && !spaced {
		return false
	}
	e := j
	for e < len(t) {
		r, n := utf8.DecodeRuneInString(t[e:])
		if !unicode.IsLetter(r) {
			break
		}
		e += n
	}
	after, _ := utf8.DecodeRuneInString(t[j:])
	if e == j || !unicode.IsLower(after) {
		return false
	}
	switch t[j:e] {
	case "and", "or", "nor", "to", "through", "than", "but", "versus", "vs", "as", "the":
		return false
	}
	return true
}

// joinBroken returns s with its broken words rejoined: always over a
// line break, over a space alone when spaced (brokenWords said so of the
// whole text).
func joinBroken(s string, spaced bool) string {
	if !strings.Contains(s, "-") {
		return s
	}
	var b strings.Builder
	last := 0
	for i := 0; i < len(s); i++ {
		if s[i] != '-' || !brokenAt(s, i, spaced) {
			continue
		}
		b.WriteString(s[last:i])
		j := i + 1
		for j < len(s) && isSpaceByte(s[j]) {
			j++
		}
		last = j
		i = j - 1
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}
