// A function word written in capitals in running text is an acronym: "WHO
// said" is the World Health Organization, "US officials" the country's,
// "IT workers" those of information technology. Read with the lexicon's
// entry for "who", "us" or "it", the name would be a pronoun.

package extract

// acronymWord reports whether t[i:j], a capitalised word of two to four
// letters, is written all in capitals while the word after it (or, at a
// sentence's end, before it) is in lower case: an acronym in running
// text, not a word of a line set in capitals nor the head of a run of
// capitals ("WHO Director-General Amir Tal" is read as before).
func acronymWord(t string, i, j, end int) bool {
	if j-i < 2 || j-i > 4 || stressedPronoun(t[i:j]) {
		return false
	}
	for k := i; k < j; k++ {
		if t[k] < 'A' || t[k] > 'Z' {
			return false
		}
	}
	// the next word's letters, past spaces and punctuation on the line
	for k := j; k < end && k < j+40 && t[k] != '\n'; k++ {
		if c := t[k]; c >= 'a' && c <= 'z' {
			return true
		} else if c >= 'A' && c <= 'Z' {
			return false // "WHO SAID IT": a line in capitals; "WHO Director-General Amir Tal": a run of capitals the name reader takes whole
		}
	}
	for k := i - 1; k >= 0 && k > i-40 && t[k] != '\n'; k-- {
		if c := t[k]; c >= 'a' && c <= 'z' {
			return true
		}
	}
	return false
}

// stressedPronoun reports whether w, written in capitals, is a subject
// pronoun: one set in capitals stands for stress ("HE said", "WE will
// win", "THEY lied"), never for a body, as an object form or relative
// can ("US officials", "WHO said").
func stressedPronoun(w string) bool {
	switch w {
	case "HE", "WE", "SHE", "YOU", "THEY":
		return true
	}
	return false
}
