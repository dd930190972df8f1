package extract

import "testing"

// TestPhrasalNoteInitial: the tokenizer calls phrasalOut only for a word
// whose first letter is a p (token.go), so every word phrasalNote reads
// must begin with one, and "pointed out" still reads as "noted".
func TestPhrasalNoteInitial(t *testing.T) {
	for k := range phrasalNote {
		if k == "" || k[0] != 'p' {
			t.Errorf("phrasalNote key %q does not begin with p", k)
		}
	}
	for _, text := range []string{"She pointed out that the bridge was old.", "Pointed out by the mayor, the flaw was fixed."} {
		var z tokenizer
		z.scan(text, 0, len(text), false)
		found := false
		for _, tk := range z.raw {
			if text[tk.s:tk.e] == "pointed out" || text[tk.s:tk.e] == "Pointed out" {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: no token \"pointed out\"", text)
		}
	}
}
