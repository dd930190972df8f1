package extract

import (
	"strings"

	"github.com/whosaid/whosaid/digest"
	"unicode/utf8"
)

// A no-break space, a thin space and the other Unicode spaces (isSpace)
// separate words as a plain space does: "said,\u00a0“We will win”",
// "Ann\u00a0Lee said". The tokenizer reads them as spaces, but the
// readings of the raw text around it (a speaker's description, the
// comma before a quote's closing mark, a mark printed after a space)
// look for ASCII spaces; so the extractor reads a copy of the text with
// each of them written as ASCII spaces, one for each of its bytes, and the
// byte offsets of every span stay those of the clipping's own text. A
// statement's content and cue are then read again from that text, as
// printed.

// asciiSpaces returns t with each multi-byte space written as ASCII
// spaces of its width; t itself when it holds none.
func asciiSpaces(t string) string {
	first := -1
	for i := 0; i < len(t); {
		if i+8 <= len(t) {
			b := t[i : i+8] // eight bytes of known length, which the compiler reads in one load
			if (uint64(b[0])|uint64(b[1])<<8|uint64(b[2])<<16|uint64(b[3])<<24|uint64(b[4])<<32|uint64(b[5])<<40|uint64(b[6])<<48|uint64(b[7])<<56)&0x8080808080808080 == 0 {
				i += 8 // eight ASCII bytes in one test: most of a text
				continue
			}
		}
		if t[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(t[i:])
		if isSpace(r) {
			first = i
			break
		}
		i += n
	}
	if first < 0 {
		return t
	}
	var b strings.Builder
	b.Grow(len(t))
	b.WriteString(t[:first])
	for i := first; i < len(t); {
		if t[i] < utf8.RuneSelf {
			j := i + 1
			for j < len(t) && t[j] < utf8.RuneSelf {
				j++
			}
			b.WriteString(t[i:j]) // the run of ASCII in one copy, not a byte at a time
			i = j
			continue
		}
		r, n := utf8.DecodeRuneInString(t[i:])
		if isSpace(r) {
			b.WriteString("    "[:n]) // at most four bytes
		} else {
			b.WriteString(t[i : i+n])
		}
		i += n
	}
	return b.String()
}

// ownWords sets the contents and cues of out from the clipping's text t,
// as finish sets them from the extractor's copy.
func ownWords(out []digest.Statement, t string) {
	spaced := brokenWords(t)
	for i := range out {
		st := &out[i]
		parts := make([]string, len(st.ContentSpans))
		for k, p := range st.ContentSpans {
			parts[k] = cleanContent(t[p[0]:p[1]], spaced)
		}
		st.Content = strings.Join(parts, " … ")
		st.Cue = digest.FoldSpace(t[st.CueSpan[0]:st.CueSpan[1]])
	}
}
