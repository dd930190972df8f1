package extract

import "testing"

// TestLetUs: "let’s", "let's", "let us" and "let me" before a verb of
// speech are the writer turning to the reader; "let" must be a word of
// its own ("the outlet’s say" is no "let’s say").
func TestLetUs(t *testing.T) {
	for _, tt := range []struct {
		text, cue string
		want      bool
	}{
		{"First, let’s say what the sale is not.", "say", true},
		{"Let me say this plainly.", "say", true},
		{"Now let us note the cost.", "note", true},
		{"Owners of the outlet’s say the merger was dead.", "say", false},
		{"Readers of the booklet's note the cost.", "note", false},
		{"Lee said the sale is not done.", "said", false},
	} {
		x := newExtractor(tt.text)
		x.z.scan(tt.text, 0, len(tt.text), false)
		s := sentence{x: x, t: tt.text, toks: x.z.pair(tt.text, nil)}
		j := -1
		for i := range s.toks {
			if s.word(i) == tt.cue {
				j = i
				break
			}
		}
		if j < 0 {
			t.Fatalf("%q: no token %q", tt.text, tt.cue)
		}
		if got := s.letUs(j); got != tt.want {
			t.Errorf("letUs(%q) in %q = %v, want %v", tt.cue, tt.text, got, tt.want)
		}
	}
}
