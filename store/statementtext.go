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

// statementContext returns what a statement is indexed with besides its own
// words: the clipping's headline and the words around it in its paragraph
// (the content itself left out: it is indexed already), so a topic search
// finds a quote about "ties" in an article about "relations".
func statementContext(c *digest.Clipping, st *digest.Statement) string {
	from, to := st.ContentSpan.Start(), st.ContentSpan.End()
	var before, after string
	// Only the words next to the statement are kept, so only they are read:
	// folding the whole paragraph up to each statement made a long
	// single-paragraph text quadratic (1 MB: 45 s).
	if b, ok := blockAt(c.Blocks, from); ok {
		before = foldTail(c.Text[b.Span.Start():from], maxContext/2)
		if to <= b.Span.End() {
			after = foldHead(c.Text[to:b.Span.End()], maxContext/2)
		}
	}
	return joinContext(c.Headline, before, after)
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
	var seen [64]uint64
	have := seen[:0] // hashes of the content's words, then of those kept
	forWords(content, func(w []byte, h uint64) {
		if !slices.Contains(have, h) {
			have = append(have, h)
		}
	})
	var b strings.Builder
	b.Grow(len(context))
	forWords(context, func(w []byte, h uint64) {
		if len(w) <= maxCommonWord && commonWords[string(w)] != "" || slices.Contains(have, h) {
			return
		}
		have = append(have, h)
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.Write(w)
	})
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
	if len(before) > maxContext/2 {
		before = lastWords(before, maxContext/2)
	}
	if len(after) > maxContext/2 {
		after = shorten(after, maxContext/2)
	}
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
