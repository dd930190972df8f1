package store

import (
	"context"
	"database/sql"
	"slices"
	"strings"
	"unicode/utf8"
	"unsafe"
)

// phraseCheck is a phrase of lower-case ASCII words checked in Go against
// the text of candidate rows, in the entries columns cols, as FTS5 would
// match it there: consecutive tokens with the phrase's words' stems.
type phraseCheck struct {
	words []string
	cols  []string
}

// phraseMatcher is a phraseCheck with its words' stems, matching a text
// a token at a time without copying it: a token whose first byte no stem
// of the phrase's starts with (the index's stems keep a word's first
// letter) is not looked up.
type phraseMatcher struct {
	stems []string // of the phrase's words, in order (at most maxTermWords)
	first [256]bool
}

func newPhraseMatcher(stems []string) *phraseMatcher {
	m := &phraseMatcher{stems: stems}
	for _, s := range stems {
		m.first[s[0]] = true
	}
	return m
}

// Outcomes of phraseMatcher.match.
const (
	phraseAbsent  = iota
	phraseFound   // the phrase is in the text
	phraseUnknown // a token's stem is not in the cache: appended to missing
	phraseFTS     // text Go cannot tokenise as FTS5 does (see ftsTokens)
)

// maxASCIIToken is the longest ASCII token lower-cased in place; longer
// ones (rare) are lower-cased by a copy.
const maxASCIIToken = 64

// match reports whether text holds the phrase, its tokens' stems taken
// from cache (word to stem). A token the cache lacks that might matter is
// appended to missing, and unless the phrase is found anyway the outcome
// is phraseUnknown.
func (m *phraseMatcher) match(text string, cache map[string]string, missing *[]string) int {
	var buf [maxASCIIToken]byte
	last := uint(1) << (len(m.stems) - 1)
	var state uint // bit j: the tokens ending here match the phrase's first j+1 words
	unknown := false
	found, ok := eachToken(text, func(tok string, ascii bool) bool {
		c0 := tok[0]
		if 'A' <= c0 && c0 <= 'Z' {
			c0 += 'a' - 'A'
		}
		if c0 < utf8.RuneSelf && !m.first[c0] {
			state = 0 // no stem of the phrase's starts so: not looked up
			return false
		}
		var stem, key string
		var ok bool
		if ascii && len(tok) <= maxASCIIToken {
			lowered := buf[:len(tok)]
			for i := 0; i < len(tok); i++ {
				c := tok[i]
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				}
				lowered[i] = c
			}
			if stem, ok = cache[string(lowered)]; !ok {
				key = string(lowered)
			}
		} else {
			key = strings.ToLower(tok)
			if stem, ok = cache[key]; !ok {
				key = strings.Clone(key) // may be text's own bytes
			}
		}
		if !ok {
			*missing = append(*missing, key)
			unknown = true
			state = 0
			return false
		}
		var mask uint
		for j, s := range m.stems {
			if s == stem {
				mask |= 1 << j
			}
		}
		state = (state<<1 | 1) & mask
		return state&last != 0
	})
	switch {
	case found:
		return phraseFound
	case !ok:
		return phraseFTS
	case unknown:
		return phraseUnknown
	}
	return phraseAbsent
}

// phraseRows checks rows' texts for a phrase in Go as they are read (add),
// and at the end of a chunk (flush) decides those that needed the stems
// database: a token not in the cache, or text Go cannot tokenise, which
// FTS5's own tokenizer reads (0.2% of the benchmark's statements).
type phraseRows struct {
	st      *stems
	m       *phraseMatcher
	keys    []int64            // the chunk's rows, in walking order
	ok      map[int64]bool     // rows holding the phrase
	later   map[int64][]string // texts with a token not in the cache
	odd     map[int64][]string // texts Go cannot tokenise
	missing []string           // tokens not in the cache
}

func newPhraseRows(st *stems, m *phraseMatcher) *phraseRows {
	return &phraseRows{st: st, m: m, ok: map[int64]bool{}, later: map[int64][]string{}, odd: map[int64][]string{}}
}

// add checks row k's texts (one a column; read only during the call).
func (r *phraseRows) add(k int64, texts []sql.RawBytes) {
	r.keys = append(r.keys, k)
	outcome := phraseAbsent
	r.st.mu.Lock()
	cache := r.st.cache
	for _, t := range texts {
		switch r.m.match(unsafeString(t), cache, &r.missing) {
		case phraseFound:
			outcome = phraseFound
		case phraseUnknown:
			if outcome == phraseAbsent {
				outcome = phraseUnknown
			}
			r.later[k] = append(r.later[k], string(t))
		case phraseFTS:
			outcome = phraseFTS
		}
		if outcome == phraseFound || outcome == phraseFTS {
			break
		}
	}
	r.st.mu.Unlock()
	switch outcome {
	case phraseFound:
		r.ok[k] = true
		delete(r.later, k)
	case phraseFTS:
		delete(r.later, k)
		for _, t := range texts {
			r.odd[k] = append(r.odd[k], string(t))
		}
	}
}

// flush decides the chunk's rows and returns those holding the phrase in
// walking order, and those it could not decide (stems not to be had),
// for FTS5; the next chunk starts empty.
func (r *phraseRows) flush(ctx context.Context) (found, undecided []int64, err error) {
	if len(r.later) > 0 {
		if _, err := r.st.stemsOf(ctx, r.missing); err != nil {
			if ctx.Err() != nil {
				return nil, nil, err
			}
		}
		r.st.mu.Lock()
		for k, texts := range r.later {
			var more []string
			for _, t := range texts {
				switch r.m.match(t, r.st.cache, &more) {
				case phraseFound:
					r.ok[k] = true
				case phraseUnknown, phraseFTS: // no stems to be had
					undecided = append(undecided, k)
				}
				if r.ok[k] {
					break
				}
			}
		}
		r.st.mu.Unlock()
	}
	for k, texts := range r.odd {
		for _, t := range texts {
			got, err := r.st.ofText(ctx, t)
			if err != nil {
				if ctx.Err() != nil {
					return nil, nil, err
				}
				undecided = append(undecided, k)
				break
			}
			if holdsStems(got, r.m.stems) {
				r.ok[k] = true
				break
			}
		}
	}
	for _, k := range r.keys {
		if r.ok[k] {
			found = append(found, k)
		}
	}
	r.keys, r.missing = r.keys[:0], r.missing[:0]
	clear(r.ok)
	clear(r.later)
	clear(r.odd)
	return found, undecided, nil
}

// holdsStems reports whether phrase occurs in text, both as stems.
func holdsStems(text, phrase []string) bool {
	for at := 0; at+len(phrase) <= len(text); at++ {
		if slices.Equal(text[at:at+len(phrase)], phrase) {
			return true
		}
	}
	return false
}

// unsafeString is b's bytes as a string, valid while b is.
func unsafeString(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(&b[0], len(b))
}
