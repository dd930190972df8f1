package extract

import "testing"

// TestEndCandidateAside: the end model may not end a content before a
// dash that opens an aside a second dash closes, in any of the dash's
// spellings; a last dash, the gloss after it, and the rules' own end stay
// candidates.
func TestEndCandidateAside(t *testing.T) {
	for _, tt := range []struct {
		text, before  string // the content would end before the first dash after the word before
		rulesEndThere bool
		want          bool
	}{
		{"Lee argued it was up to the electors — loyal partisans — to cast ballots.", "electors", false, false},
		{"Lee argued it was up to the electors – loyal partisans – to cast ballots.", "electors", false, false},
		{"Lee argued it was up to the electors -- loyal partisans -- to cast ballots.", "electors", false, false},
		{"Lee argued it was up to the electors - loyal partisans - to cast ballots.", "electors", false, false},
		{"Lee argued it was up to the electors — a claim critics reject.", "electors", false, true},
		{"Lee argued it was up to the electors — loyal partisans. The rest — he said — was noise.", "electors", false, true},
		{"Lee argued it was up to the electors — loyal partisans — to cast ballots.", "electors", true, true},
	} {
		x := newExtractor(tt.text)
		x.z.scan(tt.text, 0, len(tt.text), false)
		s := sentence{x: x, t: tt.text, toks: x.z.pair(tt.text, nil)}
		for i := range s.toks {
			if s.toks[i].k == kStop {
				s.toks = s.toks[:i+1] // one sentence, as the extractor reads it
				break
			}
		}
		ce := -1
		for i := range s.toks {
			if s.word(i) == tt.before {
				ce = i + 1
				break
			}
		}
		if ce < 0 {
			t.Fatalf("%q: no token %q", tt.text, tt.before)
		}
		rulesEnd := -1
		if tt.rulesEndThere {
			rulesEnd = ce
		}
		if got := s.endCandidate(ce, rulesEnd); got != tt.want {
			t.Errorf("endCandidate before the dash after %q in %q = %v, want %v", tt.before, tt.text, got, tt.want)
		}
	}
}
