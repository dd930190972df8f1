package extract

import "strings"

// fieldsInto is strings.Fields(s) in buf: no array of its own for a phrase
// of up to len(buf) words, while the caller keeps the result to itself.
func fieldsInto(buf *[8]string, s string) []string {
	words := buf[:0]
	for w := range strings.FieldsSeq(s) {
		words = append(words, w)
	}
	return words
}
