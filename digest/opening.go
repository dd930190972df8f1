package digest

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// commonOpening reports whether the first word of a reported content is
// a common word that has its capital only because a sentence opens with
// it ("Potholes form when ...", "Along the city's mains, ...", "Today,
// many programmers ..."): text writes the word in lower case somewhere,
// and never with its capital after a word or a comma, as a name is
// written inside a sentence ("by Energy Control" keeps "Energy", and
// "Secretary Ann Rice" keeps "Rice" beside "the price of rice").
func commonOpening(text, content string) bool {
	w := strings.TrimRightFunc(firstWord(content), func(r rune) bool { return !unicode.IsLetter(r) })
	r, n := utf8.DecodeRuneInString(w)
	if n == 0 || !unicode.IsUpper(r) || strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 {
		return false
	}
	if rest := w[n:]; rest == "" || strings.ToLower(rest) != rest {
		return false // "I", "NATO", "McCain"
	}
	lower := strings.ToLower(w[:n]) + w[n:]
	return wordAt(text, lower, func(string) bool { return true }) &&
		!wordAt(text, w, func(before string) bool {
			b := strings.TrimRight(before, " ")
			if len(b) == len(before) || b == "" {
				return false
			}
			last, _ := utf8.DecodeLastRuneInString(b)
			return unicode.IsLetter(last) || unicode.IsDigit(last) || last == ','
		})
}

// wordAt reports whether w occurs in text as a whole word with ok true of
// the text before it.
func wordAt(text, w string, ok func(before string) bool) bool {
	for i := 0; i < len(text); {
		k := strings.Index(text[i:], w)
		if k < 0 {
			return false
		}
		a, b := i+k, i+k+len(w)
		before, _ := utf8.DecodeLastRuneInString(text[:a])
		after, _ := utf8.DecodeRuneInString(text[b:])
		if (a == 0 || !unicode.IsLetter(before)) && (b == len(text) || !unicode.IsLetter(after)) && ok(text[:a]) {
			return true
		}
		i = b
	}
	return false
}

// dropOpeningConjunction drops an "and" or "but" that opens a reported
// content: it tied the writer's sentence to the one before ("But it is
// also an assurance ..., he said"), and after "said" it ties nothing
// ("said but it is also ...").
func dropOpeningConjunction(s string) string {
	first, rest, ok := strings.Cut(s, " ")
	if !ok || rest == "" {
		return s
	}
	switch strings.ToLower(first) {
	case "and", "but":
		return rest
	}
	return s
}

// lowerInitial lower-cases s's first letter.
func lowerInitial(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 || !unicode.IsUpper(r) {
		return s
	}
	return string(unicode.ToLower(r)) + s[n:]
}

// subjectlessClause reports whether e is a reported clause that opens
// with its verb, its subject left in the writer's sentence: "which Amazon
// founder Jeff Bezos said last year had surpassed 100 million members"
// gives "had surpassed 100 million members", and "Bezos said had
// surpassed ..." tells a reader nothing of what had. Such a line yields
// its place as a short quote that leans on what came before does.
func subjectlessClause(e *Entry) bool {
	if e.Direct {
		return false
	}
	w := strings.TrimRightFunc(firstWord(e.Content), func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '’' })
	return finiteAuxiliaries[w] // in lower case: "Have you considered ...?" asks
}

// finiteAuxiliaries are the finite forms of the auxiliary and modal
// verbs, with their negations: a reported clause never opens with one
// (a question does, with its capital, which is asked, not reported).
var finiteAuxiliaries = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`is are was were has have had does did will would can could should shall
		might must isn't aren't wasn't weren't hasn't haven't hadn't doesn't didn't won't wouldn't can't couldn't
		shouldn't isn’t aren’t wasn’t weren’t hasn’t haven’t hadn’t doesn’t didn’t won’t wouldn’t can’t couldn’t shouldn’t`) {
		m[w] = true
	}
	return m
}()
