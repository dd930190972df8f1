package store

import (
	"context"
	"slices"
	"testing"
)

// Stems are FTS5's own, and the cache survives losing its database.
func TestStems(t *testing.T) {
	ctx := context.Background()
	var st stems
	defer st.close()
	want := map[string]string{"amendment": "amend", "amending": "amend", "being": "be", "its": "it", "the": "the", "ran": "ran", "caf\u00e9": "cafe", "2016": "2016"}
	var words []string
	for w := range want {
		words = append(words, w)
	}
	for round := range 2 {
		got, err := st.stemsOf(ctx, words)
		if err != nil {
			t.Fatal(err)
		}
		for w, s := range want {
			if got[w] != s {
				t.Errorf("round %d: stem of %q = %q, want %q", round, w, got[w], s)
			}
		}
		st.mu.Lock()
		st.reset() // as if its connection were lost
		st.mu.Unlock()
	}
	got, err := st.ofText(ctx, "Zoë’s “amendments” — being\u0301 ran")
	if err != nil || !slices.Equal(got, []string{"zoe", "s", "amend", "be", "ran"}) {
		t.Errorf("ofText = %q, %v", got, err)
	}
}

// Go splits text into tokens as unicode61 does, or says it cannot.
func TestFTSTokens(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
		ok   bool
	}{
		{"It's the U.S. of 2016, don't—“quote”", []string{"it", "s", "the", "u", "s", "of", "2016", "don", "t", "quote"}, true},
		{"Zoë Ünter café", []string{"zoë", "ünter", "café"}, true},
		{"e\u0301", nil, false},          // a combining mark
		{"soft\u00adhyphen", nil, false}, // a format character
		{"Москва", nil, false},           // past Latin Extended-B
		{"\xff", nil, false},
	} {
		got, ok := ftsTokens(c.text, nil)
		if ok != c.ok || ok && !slices.Equal(got, c.want) {
			t.Errorf("ftsTokens(%q) = %q, %v; want %q, %v", c.text, got, ok, c.want, c.ok)
		}
	}
}
