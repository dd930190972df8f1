package digest

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// endSentence returns s ending with a full stop unless it already ends a
// sentence.
func endSentence(s string) string { return endWith(s, ".") }

// endWith ends s with mark unless it has an end of its own (a full stop,
// question or exclamation mark, an ellipsis, or a dash breaking the words
// off, before any closing quote marks or brackets).
func endWith(s, mark string) string {
	t := strings.TrimRight(s, "”’\"')]")
	if t == "" || strings.ContainsAny(t[len(t)-1:], ".!?…") || strings.HasSuffix(t, "…") {
		return s
	}
	if strings.HasSuffix(t, "-") || strings.HasSuffix(t, "–") || strings.HasSuffix(t, "—") {
		return s // words broken off: "supporters like you who —", not "who -."
	}
	return s + mark
}

// typographic replaces straight quote marks with curly ones: double quotes
// become “ ” (‘ ’ inside a direct quote, which is itself in “ ”),
// apostrophes ’, and an opening mark typed where a closing one belongs
// its closing mark.
func typographic(s string, nested bool) string {
	open, closeQ := "“", "”"
	if nested {
		open, closeQ = "‘", "’"
	}
	var b strings.Builder
	prev := ' '
	pair := false // the second of two apostrophes standing for a quote mark
	for i, r := range s {
		next, _ := utf8.DecodeRuneInString(s[i+utf8.RuneLen(r):])
		if pair {
			pair = false
			continue
		}
		if r == '\'' && next == '\'' {
			r, pair = '"', true // ''the high-water mark'': a quote mark typed as two apostrophes
			next, _ = utf8.DecodeRuneInString(s[i+2:])
		}
		switch {
		case r == '"' && opensQuote(prev):
			b.WriteString(open)
		case r == '"':
			b.WriteString(closeQ)
		case r == '\'' && opensQuote(prev) && unicode.IsLetter(next):
			b.WriteRune('‘')
		case r == '\'':
			b.WriteRune('’')
		case (r == '“' || r == '‘') && !opensQuote(prev) && !isWordRune(next):
			// an opening mark typed for a closing one ("the KKK “abhorrent“.")
			b.WriteRune(map[rune]rune{'“': '”', '‘': '’'}[r])
		default:
			b.WriteRune(r)
		}
		prev = r
	}
	return b.String()
}

// opensQuote reports whether a quote mark after r opens a quotation.
func opensQuote(r rune) bool {
	return unicode.IsSpace(r) || strings.ContainsRune("([{—–-/“‘", r)
}
