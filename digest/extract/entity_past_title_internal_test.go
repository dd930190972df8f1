package extract

import (
	"slices"
	"testing"
)

// TestThenTitlePast: a title joined to "then-" or "ex-" gives its holder
// the role as held no more ("then-Sen." a past senator), as "former Sen."
// does; "Sen." alone gives it as held now.
func TestThenTitlePast(t *testing.T) {
	for _, tt := range []struct {
		text string
		past bool
	}{
		{"The bill was praised by then-Sen. Carl Pruitt at a dinner.", true},
		{"The bill was praised by ex-Gov. Carl Pruitt at a dinner.", true},
		{"The bill was praised by former Sen. Carl Pruitt at a dinner.", true},
		{"The bill was praised by Sen. Carl Pruitt at a dinner.", false},
	} {
		x := newExtractor(tt.text)
		x.z.scan(tt.text, 0, len(tt.text), false)
		toks := x.z.pair(tt.text, nil)
		_, ends := splitSentences(tt.text, toks, nil, nil, false)
		x.ents.collect(tt.text, toks, ends)
		ids := x.ents.byLast["Pruitt"]
		if len(ids) != 1 {
			t.Fatalf("%q: %d entities named Pruitt, want 1", tt.text, len(ids))
		}
		e := x.ents.list[ids[0]]
		if len(e.roles) != 1 {
			t.Errorf("%q: roles %q, want one", tt.text, e.roles)
			continue
		}
		if got := slices.Contains(e.past, e.roles[0]); got != tt.past {
			t.Errorf("%q: role %q past %v, want %v", tt.text, e.roles[0], got, tt.past)
		}
	}
}
