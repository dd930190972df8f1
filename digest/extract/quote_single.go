// Single quotation marks as a clipping's own: the British press (and
// some wire copy) quotes with ‘…’ and nests “…” inside, where American
// copy quotes with “…” and nests ‘…’. A headline's single marks are read
// as quotations already (token.go); in the body they are read so only when
// the clipping quotes that way.

package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/whosaid/whosaid/digest"
)

// quoteFamily is the kind of mark a quotation opens with while the body
// is read for its style.
type quoteFamily uint8

const (
	famNone quoteFamily = iota
	famSingle
	famDouble
)

// singleQuoted reports whether the clipping's body quotes with single
// marks: more of its outermost quotations (those opened outside any other,
// a paragraph break closing what is left open) open with ‘ or ' than with
// “ or ". A quotation nested in another is not counted, so “He said ‘no’”
// counts for the double marks and ‘He told me, “Go,” and left,’ for the
// single ones. Headline blocks are not read: a headline quotes with single
// marks in either style.
func singleQuoted(t string, blocks []digest.Block) bool {
	singles, doubles := 0, 0
	for _, bl := range blocks {
		if bl.Kind == digest.BlockHeadline {
			continue
		}
		s, e := clampSpan(t, bl.Span)
		open := famNone
		stops := markStops{t: t, end: e, next: [4]int{-1, -1, -1, -1}}
		for i := s; i < e; {
			if i = stops.from(i); i >= e {
				break
			}
			r, n := rune(t[i]), 1
			if r >= utf8.RuneSelf {
				r, n = utf8.DecodeRuneInString(t[i:e])
			}
			switch r {
			case '\n':
				open = famNone // a quotation left open at a paragraph's end goes on in the next: its marks are counted there
			case '‘', '\'', '“', '"':
				if r == '\'' && i+1 < e && t[i+1] == '\'' {
					r, n = '"', 2 // '' is a straight double mark
				}
				fam := famDouble
				if r == '‘' || r == '\'' {
					fam = famSingle
				}
				switch {
				case open == famNone && markOpens(t, i, i+n, e):
					open = fam
					if fam == famSingle {
						singles++
					} else {
						doubles++
					}
				case open == fam && (r == '\'' || r == '"') && markCloses(t, i, i+n, e):
					open = famNone
				}
			case '’', '”':
				if open == famSingle && r == '’' || open == famDouble && r == '”' {
					if markCloses(t, i, i+n, e) {
						open = famNone
					}
				}
			}
			i += n
		}
	}
	return singles > doubles
}

// markStops finds the next byte singleQuoted stops at in t[:end]: a line
// break, a straight mark, or 0xE2, which leads the UTF-8 of ‘ ’ “ ” (and
// of other punctuation, which the loop steps over). None of them is ever a
// continuation byte, so jumping to the next one lands where reading rune by
// rune would. Each byte's next place is searched with strings.IndexByte
// and kept until the reading passes it: prose between marks is long.
type markStops struct {
	t    string
	end  int
	next [4]int // per byte of stopBytes; -1 before the first search
}

var stopBytes = [4]byte{'\n', '\'', '"', 0xE2}

// from returns the first place at or after i holding one of stopBytes,
// or end.
func (m *markStops) from(i int) int {
	first := m.end
	for k, c := range stopBytes {
		if m.next[k] < i {
			m.next[k] = m.end
			if j := strings.IndexByte(m.t[i:m.end], c); j >= 0 {
				m.next[k] = i + j
			}
		}
		first = min(first, m.next[k])
	}
	return first
}

// markOpens reports whether the quote mark at [i, j) may open a
// quotation: a letter or a digit follows it (not an elided year: "the
// ’90s") and it starts the text or follows a space, a bracket, a dash or
// a colon.
func markOpens(t string, i, j, end int) bool {
	if j >= end {
		return false
	}
	if after, _ := runeAt(t, j); !isLetter(after) {
		return false
	}
	if r, n := runeAt(t, i); elidedYearAt(t, i, end, r, n) > 0 {
		return false
	}
	if i == 0 {
		return true
	}
	before, _ := utf8.DecodeLastRuneInString(t[:i])
	return isSpace(before) || before == '(' || before == '[' || before == '—' || before == '-' || before == ':'
}

// markCloses reports whether the quote mark at [i, j) may close a
// quotation: it follows no space, and no letter comes right after it
// (not an apostrophe inside a word: "don’t").
func markCloses(t string, i, j, end int) bool {
	if i == 0 {
		return false
	}
	if before, _ := utf8.DecodeLastRuneInString(t[:i]); isSpace(before) {
		return false
	}
	if j >= end {
		return true
	}
	after, _ := runeAt(t, j)
	return !isLetter(after)
}
