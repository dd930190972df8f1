package extract

import "testing"

// TestCapitalisedElsewhere: a word that opens a sentence is a name when it
// stands capitalised mid-sentence elsewhere in the clipping, not when the
// only such place is the one asked about; the answer read once for a word
// serves every place asked.
func TestCapitalisedElsewhere(t *testing.T) {
	text := "Rates will rise. The bank said so, Rates is its newsletter. Lower prices will follow."
	x := newExtractor(text)
	elsewhere := len("Rates will rise. The bank said so, ")
	for _, c := range []struct {
		name string
		pos  int
		want bool
	}{
		{"Rates", 0, true},          // the newsletter's name after a comma
		{"Rates", elsewhere, false}, // asked at its only mid-sentence place
		{"Lower", len(text) - len("Lower prices will follow."), false},
		{"Rates", 0, true}, // asked again: the kept answer
	} {
		if got := x.capitalisedElsewhere(c.name, c.pos); got != c.want {
			t.Errorf("capitalisedElsewhere(%q, %d) = %v, want %v", c.name, c.pos, got, c.want)
		}
	}
	if got := midSentenceCaps(text, "Rates"); got != [2]int{elsewhere, -1} {
		t.Errorf("midSentenceCaps(Rates) = %v, want [%d -1]", got, elsewhere)
	}
}
