// How the attribution patterns read one sentence's tokens: a token's text,
// its word, punctuation and flags, and the span and text of a run of them.

package extract

import "github.com/whosaid/whosaid/digest"

func (s *sentence) word(i int) string {
	tk := &s.toks[i]
	if w := s.t[tk.s:tk.e]; tk.k != kPunct || len(w) != 3 || w == "—" || w == "–" {
		return w
	}
	return dashText(s.t, tk.s, tk.e) // "―", "‒", a spaced "−" (token_dash.go)
}

// is reports whether token i is the word w in any case. w is written in
// lower case (TestIsLowerCase), so only the token's bytes are folded.
func (s *sentence) is(i int, w string) bool {
	if uint(i) >= uint(len(s.toks)) {
		return false
	}
	tk := &s.toks[i]
	if tk.k != kWord || tk.e-tk.s != len(w) { // most words fail here, before any byte is compared
		return false
	}
	return equalLower(s.t[tk.s:tk.e], w)
}

// punct reports whether token i is the punctuation p. Its tests of the
// index and the token's kind inline (most tokens are words, and scans over
// every token ask "is this a comma?"); punctText reads the text.
func (s *sentence) punct(i int, p string) bool {
	return uint(i) < uint(len(s.toks)) && s.toks[i].k == kPunct && s.punctText(i, p)
}

// punctText is punct for a punctuation token i.
//
//go:noinline
func (s *sentence) punctText(i int, p string) bool {
	tk := &s.toks[i]
	if tk.e-tk.s != len(p) {
		return false
	}
	if len(p) != 3 {
		return s.t[tk.s:tk.e] == p // word reads only a three-byte mark otherwise than written
	}
	return s.word(i) == p
}

func (s *sentence) has(i int, f flag) bool {
	return i >= 0 && i < len(s.toks) && s.toks[i].k == kWord && s.toks[i].w.f&f != 0
}

func (s *sentence) according(j int) bool {
	return s.is(j, "according") && s.is(j+1, "to")
}

// span returns the byte span of tokens [a, b).
func (s *sentence) span(a, b int) digest.Span {
	if b <= a {
		return digest.Span{s.toks[a].s, s.toks[a].s}
	}
	return digest.Span{s.toks[a].s, s.toks[b-1].e}
}

// isEnd reports whether i is past the sentence's words: the end, or only
// stops and closing punctuation remain.
func (s *sentence) isEnd(i int) bool {
	for ; i < len(s.toks); i++ {
		if s.toks[i].k == kWord || s.toks[i].k == kQuote {
			return false
		}
		if s.toks[i].k == kPunct && s.word(i) != ")" && s.word(i) != "]" {
			return false
		}
	}
	return true
}

// text returns the folded text of tokens [a, b).
func (s *sentence) text(a, b int) string {
	if b <= a {
		return ""
	}
	return fold(s.t[s.toks[a].s:s.toks[b-1].e])
}

// textNoDet is text without a leading determiner.
func (s *sentence) textNoDet(a, b int) string {
	for a < b && s.has(a, fDet) {
		a++
	}
	return s.text(a, b)
}

// titleGoesOn reports whether token i is a title's abbreviation or an
// initial, its dot included, that the capitalised word after it continues:
// "Florida Sen. | Marco Rubio", "Donald J. | Trump". A statement's content
// that ended there would cut a name in two.
func (s *sentence) titleGoesOn(i int) bool {
	if i < 0 || i+1 >= len(s.toks) {
		return false
	}
	tk, next := &s.toks[i], &s.toks[i+1]
	if tk.k != kWord || !tk.cap || s.t[tk.e-1] != '.' || next.k != kWord || !next.cap {
		return false
	}
	return tk.w.f&fAbbr != 0 || tk.e-tk.s == 2
}
