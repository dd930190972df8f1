package clip

import (
	"strings"
	"unicode/utf8"
)

// Small helpers over the text of a line: sentence ends, word counts and
// ASCII case folding without allocating.

// endsSentence reports whether s ends with sentence punctuation, perhaps
// followed by closing quotes or brackets.
func endsSentence(s string) bool {
	for len(s) > 0 {
		r, n := utf8.DecodeLastRuneInString(s)
		switch r {
		case '"', '\'', '’', '”', ')', ']', '»', '*', '_':
			s = s[:len(s)-n]
			continue
		case '.', '!', '?', '…':
			return true
		}
		return false
	}
	return false
}

// countWords returns the words of the trimmed line s, up to max: one more
// than its spaces, which over-counts only where spaces are doubled. Counting
// spaces runs at memory speed, and every unit is counted.
func countWords(s string, max int) int {
	if s == "" {
		return 0
	}
	return min(strings.Count(s, " ")+strings.Count(s, "\t")+1, max)
}

// hasPrefixFold reports whether s starts with prefix, ignoring ASCII case;
// prefix must be lower case.
func hasPrefixFold(s, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	for i := 0; i < len(prefix); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != prefix[i] {
			return false
		}
	}
	return true
}

// hasSuffixFold reports whether s ends with suffix, ignoring ASCII case;
// suffix must be lower case.
func hasSuffixFold(s, suffix string) bool {
	return len(s) >= len(suffix) && hasPrefixFold(s[len(s)-len(suffix):], suffix)
}

// trimPrefixFold returns s without prefix (lower case), ignoring ASCII case.
func trimPrefixFold(s, prefix string) string {
	if hasPrefixFold(s, prefix) {
		return s[len(prefix):]
	}
	return s
}

// containsFold reports whether s contains sub (lower case), ignoring ASCII
// case.
func containsFold(s, sub string) bool {
	c := sub[0]
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i]|0x20 == c && hasPrefixFold(s[i:], sub) {
			return true
		}
	}
	return false
}

// containsWordFold reports whether s has a word starting with w (lower
// case), ignoring ASCII case; with whole, the word must be w itself.
func containsWordFold(s, w string, whole bool) bool {
	for i := 0; i+len(w) <= len(s); i++ {
		if i > 0 && isLetterByte(s[i-1]) || !hasPrefixFold(s[i:], w) {
			continue
		}
		if !whole || i+len(w) == len(s) || !isLetterByte(s[i+len(w)]) {
			return true
		}
	}
	return false
}

// isLetterByte reports an ASCII letter or any byte of a multi-byte
// character (letters, in the texts we read, more often than not).
func isLetterByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80
}
