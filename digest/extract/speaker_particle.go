package extract

import (
	"unicode"
	"unicode/utf8"
)

// A surname may open with a particle joined to it by a hyphen: "al-Sudani",
// "el-Sisi". Written in lower case after the capitalised words of a
// speaker's name, the word still ends that name ("Iraqi Prime Minister
// Mohammed Shia al-Sudani": the title, then the name), not a lower-case
// word that makes the phrase a description. Only the speaker's phrase reads
// it so: elsewhere "Ansar al-Sharia" is no person to refer to.

// particleCap reports whether the lower-case word w is a particle of the
// lexicon (fParticle: al, el, bin, de ...), a hyphen and a capital.
func particleCap(w string, buf *[64]byte) bool {
	h := -1
	for k := 1; k < len(w) && k <= 4; k++ {
		if w[k] == '-' {
			h = k
			break
		}
	}
	if h < 0 || h+1 >= len(w) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w[h+1:])
	return unicode.IsUpper(r) && look(w[:h], buf).f&fParticle != 0
}
