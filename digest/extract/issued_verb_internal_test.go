package extract

import "testing"

// TestIssuedVerb: the word before "a statement saying" is the verb that
// put the statement out when it is a past or a third-person form
// ("issued", "sent", "posts"); a modifier, a noun's base or a short word
// is not ("new", "campaign", "his").
func TestIssuedVerb(t *testing.T) {
	for _, tt := range []struct {
		text, word string
		want       bool
	}{
		{"The union issued a statement saying it would strike.", "issued", true},
		{"The mayor sent a letter saying the park would close.", "sent", true},
		{"The mayor's office released a video saying the park would close.", "released", true},
		{"The senator posts a message saying he is well.", "posts", true},
		{"The senator put out a message saying he is well.", "put", true},
		{"The union has a new statement saying it would strike.", "new", false},
		{"The campaign statement saying he won was false.", "campaign", false},
		{"They read his statement saying he would stay.", "his", false},
	} {
		x := newExtractor(tt.text)
		x.z.scan(tt.text, 0, len(tt.text), false)
		s := sentence{x: x, t: tt.text, toks: x.z.pair(tt.text, nil)}
		v := -1
		for i := range s.toks {
			if s.word(i) == tt.word {
				v = i
				break
			}
		}
		if v < 0 {
			t.Fatalf("%q: no token %q", tt.text, tt.word)
		}
		if got := s.issuedVerb(v); got != tt.want {
			t.Errorf("%q: issuedVerb(%q) = %v, want %v", tt.text, tt.word, got, tt.want)
		}
	}
}
