// "You" with an auxiliary run into it ("You’ve", "You'd") is the one
// addressed, as "You" alone is (an object pronoun to the lexicon, no
// speaker): not a capitalised name.

package extract

// youContracted reports whether w is "you" with a contracted auxiliary:
// "You’ve", "you'd".
func youContracted(w string) bool {
	return (w[0] == 'Y' || w[0] == 'y') && equalFold(stripAuxiliary(w), "you")
}
