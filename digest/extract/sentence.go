package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/whosaid/whosaid/digest"
)

// Sentences splits text[span] into sentences written the way news is
// written and returns their spans. It knows titles and other abbreviations
// (Mr., Gov., Sept. 13), initials (Donald J. Trump), dotted abbreviations
// that may or may not end a sentence (U.S.), and does not split inside a
// quotation: a quote of several sentences stays with its attribution.
// headline lets single quote marks delimit quotations, as headlines use them.
func Sentences(text string, span digest.Span, headline bool) []digest.Span {
	var z tokenizer
	text = asciiSpaces(text) // token_space.go
	s, e := clampSpan(text, span)
	z.scan(text, s, e, headline)
	toks := z.pair(text, nil)
	var out []digest.Span
	sents, _ := splitSentences(text, toks, nil, nil, headline)
	for _, b := range sents {
		out = append(out, digest.Span{toks[b[0]].s, toks[b[1]-1].e})
	}
	return out
}

func clampSpan(text string, span digest.Span) (int, int) {
	s, e := span[0], span[1]
	if s < 0 {
		s = 0
	}
	if e > len(text) {
		e = len(text)
	}
	if e < s {
		e = s
	}
	return s, e
}

// maxSentence bounds a sentence's length in tokens. The longest sentence
// of PolNeAR train's 26,429 has 921 words (a list); reading a sentence costs
// time in the square of its length, so a run of text with no sentence end
// (hostile or broken input: a megabyte with no full stop) is read in pieces
// of at most this many tokens, cut after a comma or semicolon where one is
// near the limit.
const maxSentence = 1200

// splitSentences returns [first, end) token index ranges of the sentences in
// toks, appended to out, and the index of each token after which
// endsSentence found an end (a headline's word ending included, where it
// does not split), appended to ends: the entity table's sentences, so that
// it need not ask again.
func splitSentences(t string, toks []token, out [][2]int, ends []int, headline bool) ([][2]int, []int) {
	start := 0
	for i := 0; i+1 < len(toks); i++ {
		if tk := &toks[i]; tk.k == kWord && t[tk.e-1] != '.' || !endsSentence(t, toks, i) { // a word with no dot: endsSentence's first answer, without the call
			continue
		}
		ends = append(ends, i+1)
		if !(headline && toks[i].k == kWord) {
			out = appendSentence(t, toks, out, start, i+1)
			start = i + 1
		}
	}
	if start < len(toks) {
		out = appendSentence(t, toks, out, start, len(toks))
	}
	return out, ends
}

// appendSentence appends the sentence of tokens [a, b) to out, in pieces of
// at most maxSentence tokens.
func appendSentence(t string, toks []token, out [][2]int, a, b int) [][2]int {
	for b-a > maxSentence {
		cut := a + maxSentence
		for j := cut - 1; j > a+maxSentence/2; j-- {
			if toks[j].k == kPunct && (t[toks[j].s] == ';' || t[toks[j].s] == ',') {
				cut = j + 1
				break
			}
		}
		out = append(out, [2]int{a, cut})
		a = cut
	}
	return append(out, [2]int{a, b})
}

// endsSentence reports whether a sentence ends after toks[i] (which is not
// the last token).
func endsSentence(t string, toks []token, i int) bool {
	tk, next := &toks[i], &toks[i+1] // no copies: most words return at their first test
	switch tk.k {
	case kStop:
		if !startsSentence(t, *next) {
			return false
		}
		if t[tk.s] != '.' || tk.e-tk.s > 1 {
			return true // ? ! … and ellipses followed by a capital
		}
		if i == 0 || toks[i-1].k != kWord || toks[i-1].e != tk.s {
			return true
		}
		prev := toks[i-1]
		w := t[prev.s:prev.e]
		if prev.w.f&fAbbr != 0 && (prev.cap || len(w) <= 4) && !(equalFold(w, "no") && !isDigit(t[next.s])) {
			return false // Mr. Sept. Gov.; "No." only before its number ("she said no. Then ...")
		}
		if prev.cap && utf8.RuneCountInString(w) == 1 {
			return false // an initial: Donald J. Trump
		}
		if prev.w.f&fAbbrEnd != 0 {
			return next.k == kQuote && !lowerQuote(t, *next) || next.w.f&fStarter != 0
		}
		return true
	case kWord:
		// a word carrying its dot: Mr. and initials never end a sentence;
		// U.S. and Inc. end one only before a word that typically starts one
		if t[tk.e-1] != '.' {
			return false
		}
		w := t[tk.s : tk.e-1]
		if tk.w.f&fAbbr != 0 || len(w) == 1 {
			return false
		}
		return next.k == kQuote && !lowerQuote(t, *next) || next.k == kWord && next.cap && next.w.f&fStarter != 0
	case kPunct:
		// "(“We are done,” he said.) It ended.", "[Daily Planet.] More ..."
		if t[tk.s] != ')' && t[tk.s] != ']' || i == 0 || !startsSentence(t, *next) {
			return false
		}
		switch prev := toks[i-1]; prev.k {
		case kStop:
			return true
		case kQuote: // (She claimed to ''retire.'') Then ...
			last, _ := utf8.DecodeLastRuneInString(strings.TrimRight(t[prev.is:prev.ie], " '’\"”"))
			return last == '.' || last == '?' || last == '!'
		}
		return false
	case kQuote:
		if tk.open || tk.ie <= tk.is {
			return false
		}
		last, _ := utf8.DecodeLastRuneInString(t[tk.is:tk.ie])
		if last != '.' && last != '?' && last != '!' && last != '…' {
			return false
		}
		if next.k == kQuote {
			return true
		}
		if next.k == kPunct && t[next.s] == '[' {
			return true // “... in Iowa.” [HuffPost.]: the roundup's credit
		}
		if next.k != kWord || !next.cap {
			return false
		}
		if last == '.' {
			// “... missing.” Trump said. — a short attribution closing the quote
			return !shortAttribution(t, toks, i+1)
		}
		// “Why not?” Trump asked. — the attribution follows: no split
		appositive := false // “Why not?” Ann Lee, the head of the group, asked.
		for j := i + 1; j < len(toks) && j <= i+14; j++ {
			if toks[j].k == kPunct && t[toks[j].s] == ',' || toks[j].k == kStop && toks[j].s == toks[j-1].e && j+1 < len(toks) && toks[j+1].k == kPunct {
				appositive = appositive || toks[j-1].cap && toks[j].k == kPunct
				continue // "Rep. Glenn Thompson, R-Pa., said"
			}
			if toks[j].k != kWord {
				break
			}
			if toks[j].w.f&(fCue|fAsk) != 0 && toks[j].w.f&fPart == 0 {
				return false
			}
			if j > i+1 && pastAttribution(t, toks, j) {
				return false // “Grizzly Adams?” Maddow repeated. — a verb the lexicon lacks
			}
			if !toks[j].cap && toks[j].w.f&(fPronoun|fRole|fDet|fAux|fMod) == 0 && !appositive {
				break
			}
		}
		return true
	}
	return false
}

// shortAttribution reports whether toks[i:] begins with a speaker of at
// most four words and a speech verb that end the sentence: "Trump said."
func shortAttribution(t string, toks []token, i int) bool {
	for j := i; j < len(toks) && j <= i+4; j++ {
		tk := toks[j]
		if tk.k != kWord {
			return false
		}
		if tk.w.f&fCue != 0 && tk.w.f&fPart == 0 && j > i {
			return j+1 == len(toks) || toks[j+1].k == kStop
		}
		if !tk.cap && tk.w.f&(fPronoun|fDet|fRole|fMod) == 0 {
			return false
		}
	}
	return false
}

// pastAttribution reports whether toks[j] is a lower-case past form that
// ends the sentence or its clause right after the speaker before it:
// after a question or an exclamation in quotes, “...?” Maddow repeated.
// reads as the comma's “...,” Maddow repeated. does.
func pastAttribution(t string, toks []token, j int) bool {
	tk := toks[j]
	if tk.cap || !strings.HasSuffix(t[tk.s:tk.e], "ed") || j+1 < len(toks) && toks[j+1].k != kStop && !(toks[j+1].k == kPunct && t[toks[j+1].s] == ',') {
		return false
	}
	return toks[j-1].cap
}

// startsSentence reports whether tk may begin a sentence: a capital, a
// digit, a quotation, an opening parenthesis or square bracket.
func startsSentence(t string, tk token) bool {
	switch tk.k {
	case kQuote:
		return true
	case kWord:
		return tk.cap
	case kPunct:
		return t[tk.s] == '(' || t[tk.s] == '[' // a parenthesis of its own: (“...,” he said.); a roundup's credit: “...” [NYT.]
	}
	return false
}

// lowerQuote reports whether quotation tk opens with a lower-case letter:
// after "the U.S." it goes on with the sentence ("said the U.S. “does not
// have the capacity”"), where a capital would start a new one.
func lowerQuote(t string, tk token) bool {
	for _, r := range t[tk.is:tk.ie] {
		if unicode.IsLetter(r) {
			return unicode.IsLower(r)
		}
		if !unicode.IsSpace(r) && !strings.ContainsRune("'‘’\"“”.…", r) {
			return false
		}
	}
	return false
}
