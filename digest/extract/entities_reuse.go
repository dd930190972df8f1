package extract

import "slices"

// The entity table of one clipping is rebuilt for the next in the same
// pooled extractor: each place in es.list keeps its entity's arrays of
// mentions, forms, title words and roles, emptied, so that the next
// clipping's entity there appends into them instead of growing new ones.

// newEntity appends an entity of name and words to es.list and returns its
// id, reusing the arrays an earlier clipping's entity left at that place.
func (es *entities) newEntity(name string, words []string) int {
	n := len(es.list)
	if n == cap(es.list) {
		es.list = append(es.list, entity{name: name, words: words})
		return n
	}
	es.list = es.list[:n+1]
	e := &es.list[n]
	*e = entity{name: name, words: words, mentions: e.mentions[:0], forms: e.forms[:0], twords: e.twords[:0], roles: e.roles[:0]}
	return n
}

// resetList empties es.list for the next clipping. The strings of the
// arrays it keeps are cleared, so that a pooled extractor holds no
// clipping's text.
func (es *entities) resetList() {
	for i := range es.list {
		e := &es.list[i]
		clear(e.forms)
		clear(e.twords)
		clear(e.roles)
		*e = entity{mentions: e.mentions[:0], forms: e.forms[:0], twords: e.twords[:0], roles: e.roles[:0]}
	}
	es.list = es.list[:0]
	clear(es.words.buf)
	es.words.buf = es.words.buf[:0]
}

// wordArena holds the words of the names of one clipping's mentions in
// shared arrays instead of one array for each: a mention's words are a
// slice of it, capped at their end. The last array is kept for the next
// clipping (resetList), its strings cleared.
type wordArena struct {
	buf []string
}

// keep returns a copy of words in the arena; a new array when ar is nil.
func (ar *wordArena) keep(words []string) []string {
	if ar == nil {
		return slices.Clone(words)
	}
	if len(ar.buf)+len(words) > cap(ar.buf) {
		ar.buf = make([]string, 0, max(256, len(words)))
	}
	n := len(ar.buf)
	ar.buf = append(ar.buf, words...)
	return ar.buf[n:len(ar.buf):len(ar.buf)]
}

// hasLowered reports whether ws holds the word w.
func hasLowered(ws []string, w []byte) bool {
	for _, s := range ws {
		if s == string(w) {
			return true
		}
	}
	return false
}
