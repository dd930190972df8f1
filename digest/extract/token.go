package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// kind is what a token is.
type kind uint8

const (
	kWord  kind = iota // letters, digits, inner apostrophes, hyphens and dots
	kPunct             // , ; : ( ) and dashes
	kStop              // . ? ! and ellipses
	kQuote             // a whole quotation, marks included
	kMark              // a quote mark before pairing; never left in a token list
)

// mark kinds for quote marks before they are paired.
const (
	markOpen  = 1 // “ « „ ``
	markClose = 2 // ” »
	markBoth  = 3 // " '' (straight: opens or closes by position)
)

// token is one word, punctuation mark or quotation of a block. Offsets are
// byte offsets into the clipping's text.
type token struct {
	s, e   int // the token; for a quotation, marks included
	is, ie int // a quotation's inside, marks excluded
	k      kind
	mark   uint8 // quote marks: markOpen, markClose or markBoth; single marks have bit 4
	cap    bool  // a word that starts with an upper-case letter
	open   bool  // a quotation not closed before the block ends
	w      word  // lexicon entry of a word
}

const markSingle = 4

// isLetter reports whether r may be part of a word.
func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiWord[r]
	}
	return letterRune(r)
}

// letterRune is isLetter past ASCII, out of line so that isLetter inlines.
func letterRune(r rune) bool {
	if 0x2000 <= r && r <= 0x206f {
		return false // General Punctuation (curly quotes, dashes, ellipses), which ends most words past ASCII: no letter, digit or mark there (TestLetterRunePunctuation)
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) // "José" decomposed: a letter and its accent
}

// asciiWord marks the ASCII letters and digits. It has a place for every
// byte (false past ASCII), so that a byte indexes it with no test first.
var asciiWord = func() (t [256]bool) {
	for c := range utf8.RuneSelf {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return t
}()

// wordBreak marks the ASCII bytes that end a word wherever they stand: all
// but letters, digits and the marks wordEnd may take inside a word or at
// its end (' - & . , %). Bytes past ASCII are false: they are read as
// runes.
var wordBreak = func() (t [256]bool) {
	for c := range utf8.RuneSelf {
		t[c] = !asciiWord[c] && !strings.ContainsRune("'-&.,%", rune(c))
	}
	return t
}()

// isSpace reports whether r separates tokens.
func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || '\t' <= r && r <= '\r' // space, tab, line feed, vertical tab, form feed, carriage return
	}
	return spaceRune(r)
}

// spaceRune is isSpace past ASCII, out of line so that isSpace inlines.
//
//go:noinline
func spaceRune(r rune) bool {
	switch r {
	case 0xA0, 0x2009, 0x200A, 0x202F, 0x200B, 0xFEFF, 0x2002, 0x2003:
		return true
	}
	return unicode.IsSpace(r)
}

// runeAt decodes the rune at i, returning it and its width (1 for invalid
// UTF-8, so that scanning always advances).
func runeAt(t string, i int) (rune, int) {
	if t[i] < utf8.RuneSelf {
		return rune(t[i]), 1
	}
	return utf8.DecodeRuneInString(t[i:])
}

// tokenizer holds the scratch space for reading blocks.
type tokenizer struct {
	raw     []token
	buf     [64]byte
	singles bool // the clipping quotes with single marks (quote_single.go): they delimit quotations in the body too
}

// scan appends the raw tokens of t[start:end] to z.raw (after resetting it):
// words, punctuation and unpaired quote marks. headline enables single quote
// marks as quotations.
func (z *tokenizer) scan(t string, start, end int, headline bool) {
	z.raw = z.raw[:0]
	i := start
	for i < end {
		if t[i] == ' ' || t[i] == '\n' {
			i++
			continue
		}
		r, n := rune(t[i]), 1
		if r >= utf8.RuneSelf {
			r, n = runeAt(t, i) // runeAt does not inline: ASCII, most of a text, is read here
		}
		switch {
		case isLetter(r): // before isSpace: no rune is both (TestSpaceNoLetter), and most tokens are words
			j := z.wordEnd(t, i, end)
			if !headline && t[j-1]|0x20 == 's' && j < end && (t[j] == '\'' || t[j] == 0xe2) { // possessiveS's first tests, without the call: an apostrophe (’ starts with 0xe2) after the s
				j = possessiveS(t, i, j, end) // "Fox News’ On the Record" (token_possessive.go)
			}
			tk := token{s: i, e: j, k: kWord}
			tk.cap = unicode.IsUpper(r)
			tk.w = look(strings.TrimSuffix(t[i:j], "."), &z.buf)
			if tk.w.f == 0 && tk.cap && j-i > 4 {
				if w, ok := hyphenRole(t[i:j], &z.buf); ok {
					tk.w = w // "Director-General" (token_hyphen_role.go)
				}
			}
			if r|0x20 == 'p' { // phrasalOut's words are forms of "point": no call for the rest
				if e, w, ok := phrasalOut(t, i, j, end, &z.buf); ok {
					tk.e, tk.w, j = e, w, e // "pointed out" (token_phrasal.go)
				}
			}
			if t[j-1] == '.' { // hyphenAbbr's first test, without the call: most words end in no dot
				if h := hyphenAbbr(t, i, j, &z.buf); h != 0 {
					tk.w.f |= h // "then-Sen.": the title's abbreviation
				}
			}
			if j-i >= 3 && apostropheBefore(t, i, j) { // contractedBe's words end in "’s", "’re", "’m": no call for most words
				if p := contractedBe(t, i, j); p > i && progressiveSpeech(t, j, end, z) {
					// "He’s predicting that ...": the pronoun, then the
					// contracted "is" (token_contraction.go)
					z.raw = append(z.raw, token{s: i, e: p, k: kWord, cap: tk.cap, w: look(t[i:p], &z.buf)})
					tk = token{s: p, e: j, k: kWord, w: look("is", &z.buf)}
				}
			}
			if tk.cap && tk.w.f&(fPronoun|fRelative|fObject) != 0 && !headline && acronymWord(t, i, j, end) {
				tk.w = word{} // "WHO said", "US officials" (token_acronym.go)
			}
			if tk.cap && tk.w.f&fAux != 0 && len(z.raw) > 0 && modalSurname(t, &z.raw[len(z.raw)-1], tk, headline) {
				tk.w.f &^= fAux // "George Will", "Theresa May" (token_modal_name.go)
			}
			z.raw = append(z.raw, tk)
			i = j
		case isSpace(r):
			i += n
		case (r == '\'' || r == '‘' || r == '’') && elidedYearAt(t, i, end, r, n) > 0: // elidedYearAt's first test, without the call for the other marks
			j := elidedYearAt(t, i, end, r, n) // "in ‘08": a year, no quotation mark (token_year.go)
			z.raw = append(z.raw, token{s: i, e: j, k: kWord})
			i = j
		default:
			z.other(t, i, end, r, n, headline)
			i = z.raw[len(z.raw)-1].e
		}
	}
}

// wordEnd returns the end of the word starting at i: letters and digits, with
// apostrophes, hyphens, dots and commas inside (Putin’s, U.S.-Russian, 2.5,
// 10,000) and the final dot of a dotted abbreviation (U.S.).
func (z *tokenizer) wordEnd(t string, i, end int) int {
	j := i
	dots := 0
	segStart := i // the part after the last hyphen: Russia-U.S.
	for j < end {
		if asciiWord[t[j]] {
			j++
			for w := t[:end]; j < len(w) && asciiWord[w[j]]; {
				j++ // the rest of the run in a loop of its own, with nothing else to carry and no bounds check
			}
			if j == end || wordBreak[t[j]] {
				return j // a space or other mark no word takes: the tests below would all fail
			}
			continue
		}
		r, n := rune(t[j]), 1
		if r >= utf8.RuneSelf {
			r, n = runeAt(t, j)
		}
		if isLetter(r) {
			j += n
			continue
		}
		if j+n < end {
			r2 := rune(t[j+n])
			if r2 >= utf8.RuneSelf {
				r2, _ = runeAt(t, j+n)
			}
			inner := isLetter(r2)
			if j > i && mojibakeTail(r) && mojibakeHead(t[i:j]) {
				// "FranÃ§ois", "JesÃ\u0083Âºs": a letter's UTF-8 bytes read
				// as Latin-1 (once or twice) stay inside the word
				j += n
				continue
			}
			switch r {
			case '\'', '’', '-', '‐', '&':
				if inner {
					j += n
					if r == '-' || r == '‐' {
						segStart, dots = j, 0
					}
					continue
				}
			case '.':
				if inner {
					dots++
					j += n
					continue
				}
			case ',':
				if '0' <= r2 && r2 <= '9' && j > i && '0' <= t[j-1] && t[j-1] <= '9' {
					j += n
					continue
				}
			}
		}
		if r == '%' && j > i && isDigit(t[j-1]) {
			return j + 1 // "39%": the sign is the number's
		}
		if r == '.' && dots > 0 && j-segStart <= 2*dots+2 {
			// U.S. D.C. a.m.: short letters separated by dots keep their final dot
			if j+2 < end && (t[j+1] == '-') && isLetter(rune(t[j+2])) && t[j+2] < utf8.RuneSelf {
				// "U.S.-Mexico", "U.N.-backed": a compound goes on after the dot
				j += 2
				segStart, dots = j, 0
				continue
			}
			return j + 1
		}
		if r == '.' && dots == 0 && 'A' <= t[i] && t[i] <= 'Z' && (j-i == 1 || look(t[i:j], &z.buf).f&(fAbbr|fAbbrEnd) != 0) {
			// Mr. Gov. Sept. and initials keep their dot
			return j + 1
		}
		if r == '.' && dots == 0 && segStart > i && hyphenAbbr(t, i, j+1, &z.buf) != 0 {
			return j + 1 // "then-Sen.", "ex-Gov.": a title's abbreviation after a hyphen
		}
		break
	}
	return j
}

// other scans the non-word token at i.
func (z *tokenizer) other(t string, i, end int, r rune, n int, headline bool) {
	tk := token{s: i, e: i + n, k: kPunct}
	switch r {
	case '.':
		tk.k = kStop
		for tk.e < end && t[tk.e] == '.' {
			tk.e++
		}
	case '?', '!', '…':
		tk.k = kStop
		for tk.e < end {
			r2, n2 := runeAt(t, tk.e)
			if r2 != '?' && r2 != '!' && r2 != '…' {
				break
			}
			tk.e += n2
		}
	case '“', '«', '„':
		tk.k, tk.mark = kMark, markOpen
	case '”', '»':
		tk.k, tk.mark = kMark, markClose
		if r == '”' && opensMisprinted(t, i, n) {
			tk.mark = markOpen // quote_marks.go: "‪”Sorry, ...” posted Tom Reed"
		}
	case '"':
		tk.k, tk.mark = kMark, markBoth
	case '`':
		if i+1 < end && t[i+1] == '`' {
			tk.k, tk.mark, tk.e = kMark, markOpen, i+2
		}
	case '\'':
		if i+2 < end && t[i+1] == '\'' && t[i+2] == '\'' {
			tk.k, tk.mark, tk.e = kMark, markBoth, i+3 // a closing mark after a nested quote
		} else if i+1 < end && t[i+1] == '\'' {
			tk.k, tk.mark, tk.e = kMark, markBoth, i+2
		} else if headline || z.singles {
			tk.k, tk.mark = kMark, markBoth|markSingle
		}
	case '‘':
		if headline || z.singles {
			tk.k, tk.mark = kMark, markOpen|markSingle
		}
	case '’':
		if headline || z.singles {
			tk.k, tk.mark = kMark, markClose|markSingle
		}
	}
	z.raw = append(z.raw, tk)
}

// pair turns the raw tokens into the token list of a block: each paired
// quotation becomes one kQuote token. A quotation still open at the end of
// the block runs to its end (the newspaper habit for quotes that go on in the
// next paragraph). Stray closing marks are dropped.
func (z *tokenizer) pair(t string, out []token) []token {
	out = out[:0]
	for i := 0; i < len(z.raw); i++ {
		k := i
		for k < len(z.raw) && z.raw[k].k != kMark {
			k++
		}
		out = append(out, z.raw[i:k]...) // the tokens up to the next mark, in one copy
		if k == len(z.raw) {
			break
		}
		i = k
		tk := z.raw[i]
		single := tk.mark&markSingle != 0
		m := tk.mark &^ markSingle
		if m == markClose || (m == markBoth && !opensAt(t, tk, single)) {
			continue
		}
		// find the closing mark of the same family
		j := i + 1
		closed := false
		for ; j < len(z.raw); j++ {
			c := z.raw[j]
			if c.k != kMark || (c.mark&markSingle != 0) != single {
				continue
			}
			cm := c.mark &^ markSingle
			if cm == markClose || (cm == markBoth && (!single || closesAt(t, c))) {
				closed = true
				break
			}
			if cm == markOpen && !single {
				// an opening mark before any close: either used as a closing
				// one (“It's unusual,“ said) or the first quote was never closed
				closed = c.s > 0 && !isSpaceByte(t[c.s-1]) && (c.e >= len(t) || !isLetter(rune(t[c.e])))
				break
			}
		}
		q := token{s: tk.s, is: tk.e, k: kQuote}
		switch {
		case closed:
			q.e, q.ie = z.raw[j].e, z.raw[j].s
			i = j
		case j < len(z.raw):
			q.e, q.ie = z.raw[j].s, z.raw[j].s
			i = j - 1
		default:
			last := z.raw[len(z.raw)-1]
			q.e, q.ie, q.open = last.e, last.e, true
			i = len(z.raw)
		}
		for q.ie > q.is && isSpaceByte(t[q.ie-1]) {
			q.ie--
		}
		out = append(out, q)
	}
	return out
}

func isSpaceByte(b byte) bool {
	return b == ' ' || b == '\n' || b == '\t' || b == '\r'
}

// opensAt reports whether a straight quote mark opens a quotation: it does
// unless it stands right after a letter or punctuation with a space or the
// end after it.
func opensAt(t string, tk token, single bool) bool {
	if tk.s == 0 {
		return true
	}
	before, _ := utf8.DecodeLastRuneInString(t[:tk.s])
	if !single {
		return true // a straight double quote outside a quotation opens one
	}
	return isSpace(before) || before == '(' || before == '[' || before == '—' || before == '-' || before == ':'
}

// closesAt reports whether a straight single quote ends a quotation: it
// stands after a word or punctuation and before a space, punctuation or the
// end, not inside a word (Trump's).
func closesAt(t string, tk token) bool {
	if tk.e >= len(t) {
		return true
	}
	after, _ := utf8.DecodeRuneInString(t[tk.e:])
	return !isLetter(after)
}

func isDigit(b byte) bool { return '0' <= b && b <= '9' }

func equalFold(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := 0; i < len(a); i++ {
		x, y := a[i], b[i]
		if 'A' <= x && x <= 'Z' {
			x += 'a' - 'A'
		}
		if 'A' <= y && y <= 'Z' {
			y += 'a' - 'A'
		}
		if x != y {
			return false
		}
	}
	return true
}

// lowerInto writes the lower-case form of w into buf (past its size, into a
// new array) and returns it: string(lowerInto(&buf, w)) in a map index, a
// switch or a comparison makes no copy on the heap, where lowerASCII's
// result does whenever w has a capital.
func lowerInto(buf *[32]byte, w string) []byte {
	b := append(buf[:0], w...)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return b
}

// lowerBytes is strings.ToLower(w) as bytes, in buf when w is ASCII (no
// copy made, for a map look-up or a test of its letters; lowerInto
// lowers ASCII letters only, and "Émily" must become "émily").
func lowerBytes(buf *[32]byte, w string) []byte {
	for i := 0; i < len(w); i++ {
		if w[i] >= 0x80 {
			return []byte(strings.ToLower(w))
		}
	}
	return lowerInto(buf, w)
}

// hasPrefixFold and hasSuffixFold are strings.HasPrefix and HasSuffix
// matching ASCII letters case-insensitively (the affix in lower case), as
// on lowerASCII(s) but without a copy.
func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && equalFold(s[:len(prefix)], prefix)
}

func hasSuffixFold(s, suffix string) bool {
	return len(s) >= len(suffix) && equalFold(s[len(s)-len(suffix):], suffix)
}

// noLower reports whether strings.ToUpper(w) == w, without the copy for
// an ASCII word.
func noLower(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return strings.ToUpper(w) == w
		}
	}
	for i := 0; i < len(w); i++ {
		if 'a' <= w[i] && w[i] <= 'z' {
			return false
		}
	}
	return true
}

// toLowerInto returns strings.ToLower(w) as bytes: lowered into buf for
// an ASCII word of up to len(buf) bytes, without a copy of its own.
func toLowerInto(buf *[32]byte, w string) []byte {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return []byte(strings.ToLower(w))
		}
	}
	return lowerInto(buf, w)
}

func lowerASCII(s string) string {
	for i := range len(s) {
		if s[i]-'A' < 26 { // a capital A-Z
			return lowerCaps(s) // out of line, so that the search inlines
		}
	}
	return s
}

// lowerCaps is lowerASCII for s with a capital.
func lowerCaps(s string) string {
	if k, ok := lexKey(s); ok {
		return k // the lexicon's own lower-case key: no copy made
	}
	b := []byte(s)
	for j := range b {
		if 'A' <= b[j] && b[j] <= 'Z' {
			b[j] += 'a' - 'A'
		}
	}
	return string(b)
}

// mojibakeTail reports whether r is what the second byte of a two-byte
// UTF-8 letter becomes when the text was decoded as Latin-1: a C1 control
// or a Latin-1 sign (U+0080-U+00BF, not the no-break space), the rune
// after an "Ã" or "Â" in "FranÃ§ois".
func mojibakeTail(r rune) bool {
	return r >= 0x80 && r <= 0xBF && r != 0xA0
}

// mojibakeHead reports whether w ends in the "Ã" or "Â" that the first
// byte of a two-byte UTF-8 letter becomes when read as Latin-1, composed
// or written as a capital A and a combining tilde or circumflex.
func mojibakeHead(w string) bool {
	p, n := utf8.DecodeLastRuneInString(w)
	if p == '\u0303' || p == '\u0302' {
		return strings.HasSuffix(w[:len(w)-n], "A")
	}
	return p == 'Ã' || p == 'Â'
}
