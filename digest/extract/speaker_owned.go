// A person a possessive places: "CNN's Dana Bash", "Apple's Tim Cook"
// (speaker.go analyseIn reads the owner as the title).

package extract

// ownedPerson reports whether the words after the possessive ending at
// toks[h-1] are a person's full name: two or three capitalised words from
// h to the phrase's end, the first a first name the train articles know,
// the last no body's head or outlet word ("Fox's Chris Wallace", not
// "China's Xinhua News Agency").
func ownedPerson(t string, toks []token, h int, words []string) bool {
	if len(words) < 2 || len(words) > 3 || len(toks)-h != len(words) || !knownFirstName(words[0]) {
		return false
	}
	for _, tk := range toks[h:] {
		if tk.k != kWord || !tk.cap || tk.w.f&(fOrgHead|fMedia|fRole|fHon) != 0 {
			return false
		}
	}
	return true
}
