package extract

import "strings"

// A subject pronoun fused with a contracted "is", "are" or "am" before a
// verb of speech in -ing is a progressive, as "He is predicting" is:
// "He’s predicting that ...", "They’re saying ...". The word is read as
// two tokens, the pronoun (the speaker's mention) and the contracted verb
// with the flags of "is", so the cue's reading finds its subject as it
// does after "is". Elsewhere "he’s" stays one word ("he’s been", "he’s
// right"): only a participle of speech after it splits it.

// contractedBe returns where the pronoun ends in the word t[i:j] when the
// word is a subject pronoun and a contracted "is", "are" or "am" ("he’s",
// "they're", "I’m"); else it returns i.
func contractedBe(t string, i, j int) int {
	w := t[i:j]
	for _, c := range [...]string{"’s", "'s", "’re", "'re", "’m", "'m"} {
		if len(w) > len(c) && strings.HasSuffix(w, c) {
			p := w[:len(w)-len(c)]
			for _, pro := range [...]string{"he", "she", "it", "they", "we", "i", "you", "who"} {
				if equalFold(p, pro) {
					return i + len(p)
				}
			}
			return i
		}
	}
	return i
}

// progressiveSpeech reports whether the word after j in t (up to end) is
// a participle of speech ("predicting", "saying", "telling").
func progressiveSpeech(t string, j, end int, z *tokenizer) bool {
	for j < end && t[j] == ' ' {
		j++
	}
	if j >= end || !isLetter(rune(t[j])) {
		return false
	}
	k := z.wordEnd(t, j, end)
	return look(t[j:k], &z.buf).f&fPart != 0
}

// apostropheBefore reports whether the word t[i:j] ends in an apostrophe
// (' or ’, whose last byte is 0x99) and "s", "m" or "re": the only words
// contractedBe reads, told apart from the rest by two or three bytes.
func apostropheBefore(t string, i, j int) bool {
	switch t[j-1] {
	case 's', 'm', 'S', 'M':
		return t[j-2] == '\'' || t[j-2] == 0x99
	case 'e', 'E':
		return j-i >= 4 && (t[j-2] == 'r' || t[j-2] == 'R') && (t[j-3] == '\'' || t[j-3] == 0x99)
	}
	return false
}
