package store

import (
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/whosaid/whosaid/digest"
)

// What a statement is stored with besides itself: its date's precision, the
// key its content is matched by, the words around it that search shows and
// indexes (its context), and the text near-duplicate signatures are taken
// from.

// precision returns d's precision, unknown for an unknown date.
func precision(d digest.Date) digest.Precision {
	if !d.Known() {
		return digest.PrecisionUnknown
	}
	return d.Precision
}

// contentKey folds a statement's content so that the same quote from two
// outlets (different quote marks, dashes, spacing or case) gets the same
// key.
func contentKey(content string) string {
	var buf [512]byte
	b := buf[:0]
	space := false
	for i, r := range content {
		if r < utf8.RuneSelf {
			// ASCII, most of any text: a byte at a time.
			if c := asciiWordByte[content[i]]; c != 0 {
				if space && len(b) > 0 {
					b = append(b, ' ')
				}
				space = false
				b = append(b, c)
			} else if r != '\'' {
				space = true
			}
			continue
		}
		// As strings.ToLower would, a rune at a time, without the copy.
		r = unicode.ToLower(r)
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if space && len(b) > 0 {
				b = append(b, ' ')
			}
			space = false
			b = utf8.AppendRune(b, r)
		} else if r != '\'' && r != '’' {
			space = true
		}
	}
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:16])
}

// maxContext bounds the words around a statement kept as its search
// context, in bytes: about 16 words on either side, beside the headline.
// The context is half of what the full-text index tokenises; 200 instead
// of 360 cut 5% of the CPU of BenchmarkIngest (index and all).
const maxContext = 200

// contextAround returns the folded words before and after a statement in
// its paragraph, cut as joinContext cuts them (cutAround).
func contextAround(c *digest.Clipping, st *digest.Statement) (before, after string) {
	from, to := st.ContentSpan.Start(), st.ContentSpan.End()
	// Only the words next to the statement are kept, so only they are read:
	// folding the whole paragraph up to each statement made a long
	// single-paragraph text quadratic (1 MB: 45 s).
	if b, ok := blockAt(c.Blocks, from); ok {
		before = foldTail(c.Text[b.Span.Start():from], maxContext/2)
		if to <= b.Span.End() {
			after = foldHead(c.Text[to:b.Span.End()], maxContext/2)
		}
	}
	return cutAround(before, after)
}

// cutAround cuts the folded words before and after a statement to half of
// maxContext each, at a word: the end of before, the start of after.
func cutAround(before, after string) (string, string) {
	if len(before) > maxContext/2 {
		before = lastWords(before, maxContext/2)
	}
	if len(after) > maxContext/2 {
		after = shorten(after, maxContext/2)
	}
	return before, after
}

// contextWords returns what the full-text index holds of a statement's
// context: the distinct words of context (headline, words around) that
// are not common words (stopwords.go) and not words of content, lower
// case, space-separated, in the order first seen. A search finds the
// statement by any of them; phrases match in the content and names only,
// so the context needs no order, no repeats and no common words, and
// FTS5 tokenises and stores a third fewer tokens an entry (PolNeAR train
// ingest: 23.6 context words an entry, 13.4 of them kept).
func contextWords(content, context string) string {
	return wordsBesides(content, nil, context, "")
}

// hashedWord is a word as forWords gives it, and its hash.
type hashedWord struct {
	w string
	h uint64
}

// headlineWords returns the distinct words of text that are not common
// words, in the order first seen: what contextWords keeps of a headline
// before it leaves out the statement's own words. A clipping's statements
// share its headline, so prepStatements finds them once (a fifth of the
// words a context holds, and the string joinContext made of them).
func headlineWords(text string) []hashedWord {
	var out []hashedWord
	forWords(text, func(w []byte, h uint64) {
		if len(w) <= maxCommonWord && commonWords[string(w)] != "" {
			return
		}
		for _, o := range out {
			if o.h == h {
				return
			}
		}
		out = append(out, hashedWord{string(w), h})
	})
	return out
}

// wordsBesides is contextWords of content and a context made of the
// headline whose headlineWords are head, then before, then after.
func wordsBesides(content string, head []hashedWord, before, after string) string {
	var seen [64]uint64
	have := seen[:0] // hashes of the content's words, then of those kept
	forWords(content, func(w []byte, h uint64) {
		if !slices.Contains(have, h) {
			have = append(have, h)
		}
	})
	var b strings.Builder
	b.Grow(len(before) + len(after) + 8*len(head))
	keep := func(w string, h uint64) {
		have = append(have, h)
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w)
	}
	for _, hw := range head {
		if !slices.Contains(have, hw.h) {
			keep(hw.w, hw.h)
		}
	}
	add := func(w []byte, h uint64) {
		if len(w) <= maxCommonWord && commonWords[string(w)] != "" || slices.Contains(have, h) {
			return
		}
		have = append(have, h)
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.Write(w)
	}
	forWords(before, add)
	forWords(after, add)
	return b.String()
}

// maxCommonWord is the length of the longest of commonWords.
const maxCommonWord = 8

// forWords calls fn with each word of text, split and lower-cased as
// termWords does, and its FNV-1a hash. w is valid only during the call.
func forWords(text string, fn func(w []byte, h uint64)) {
	var buf [64]byte
	w := buf[:0]
	h := uint64(fnvOffset)
	for i := 0; i < len(text); {
		c := text[i]
		in := false
		if c < utf8.RuneSelf {
			// ASCII, most of any text: a byte at a time.
			i++
			if c = asciiWordByte[c]; c != 0 {
				in = true
				w = append(w, c)
				h = (h ^ uint64(c)) * fnvPrime
			}
		} else {
			r, n := utf8.DecodeRuneInString(text[i:])
			i += n
			if in = wordRune(r); in {
				start := len(w)
				w = utf8.AppendRune(w, unicode.ToLower(r))
				for _, b := range w[start:] {
					h = (h ^ uint64(b)) * fnvPrime
				}
			}
		}
		if !in && len(w) > 0 {
			fn(w, h)
			w, h = w[:0], fnvOffset
		}
	}
	if len(w) > 0 {
		fn(w, h)
	}
}

// joinContext makes a statement's context of the clipping's headline and
// the folded words before and after the statement in its paragraph, each
// side cut to half of maxContext at a word.
func joinContext(headline, before, after string) string {
	before, after = cutAround(before, after)
	around := strings.TrimSpace(before + " … " + after)
	around = strings.TrimSpace(strings.TrimSuffix(strings.TrimPrefix(around, "…"), "…"))
	if headline == "" {
		return around
	}
	return headline + "\n" + around
}

// lastWords returns the end of s, at most n bytes, starting at a word.
func lastWords(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := len(s) - n
	if i := strings.IndexByte(s[cut:], ' '); i >= 0 {
		return s[cut+i+1:]
	}
	return ""
}

// shorten cuts s to at most n bytes at a word boundary.
func shorten(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := strings.LastIndexByte(s[:n], ' ')
	if cut <= 0 {
		cut = n
		for cut > 0 && !utf8RuneStart(s[cut]) {
			cut--
		}
	}
	return s[:cut]
}

func utf8RuneStart(b byte) bool { return b&0xC0 != 0x80 }

// textSource defaults a clipping's TextSource to a file.
func textSource(c *digest.Clipping) string {
	if c.TextSource == "" {
		return digest.TextSourceFile
	}
	return c.TextSource
}

// nonNil returns an empty list for nil, so JSON holds [] not null.
func nonNil(list []string) []string {
	if list == nil {
		return []string{}
	}
	return list
}
