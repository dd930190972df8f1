package store

import (
	"context"
	"strings"
	"testing"

	"github.com/whosaid/whosaid/digest"
)

// TestSnippetCuts checks where a snippet elides: around the first match
// in a long text, never to drop a word or two at an end.
func TestSnippetCuts(t *testing.T) {
	words := func(n int) string {
		w := make([]string, n)
		for i := range w {
			w[i] = "word"
		}
		return strings.Join(w, " ")
	}
	tests := []struct {
		name              string
		text              string
		leading, trailing bool // "…" at the start, at the end
	}{
		{"short", "Curiel was biased against him over the wall", false, false},
		{"one word over, match at the end", "Curiel " + words(snippetWords-1) + " wall", false, false},
		{"a word or two over at each end", "Curiel " + words(snippetWords/4) + " wall " + words(snippetWords*3/4+1), false, false},
		{"long at both ends", words(3*snippetWords) + " wall " + words(3*snippetWords), true, true},
		{"long after the match", "wall " + words(3*snippetWords), false, true},
	}
	q := parseQuery("wall")
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := q.snippet(tt.text)
			if !ok || !strings.Contains(got, digest.SnippetOpen+"wall"+digest.SnippetClose) {
				t.Fatalf("snippet %q: the match is not marked", got)
			}
			if l := strings.HasPrefix(got, "…"); l != tt.leading {
				t.Errorf("leading cut %v, want %v: %q", l, tt.leading, got)
			}
			if r := strings.HasSuffix(got, "…"); r != tt.trailing {
				t.Errorf("trailing cut %v, want %v: %q", r, tt.trailing, got)
			}
		})
	}
}

// TestContextSnippetCuts: the words around a statement shown for a match
// in its article say where they are cut from a paragraph that goes on,
// and keep the " … " that stands for the statement when they start with
// the punctuation after it.
func TestContextSnippetCuts(t *testing.T) {
	s, _ := openTest(t)
	tail := ", the harbour master said on the quay, speaking of the long ferry dispute that has kept the island cut off from the mainland since the spring and that nobody expects to end before the winter storms."
	save(t, s, clipping(t, "ferry.txt", "Island Post", "2026-11-02", "Ferry strike drags on",
		[]string{"The strike began on Monday. Nobody will cross before Friday" + tail,
			"Boats may sail again next week" + tail},
		said{speaker: "harbour master", content: "Nobody will cross before Friday"},
		said{speaker: "harbour master", content: "Boats may sail again next week"}))
	res, err := s.Search(context.Background(), "quay", 10, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Entries) != 2 {
		t.Fatalf("%d results, want 2", len(res.Entries))
	}
	for _, e := range res.Entries {
		snip := e.Snippet
		if !strings.HasSuffix(snip, "…") {
			t.Errorf("%q: snippet %q does not say the paragraph goes on", e.Content, snip)
		}
		if strings.HasPrefix(e.Content, "Boats") && !strings.Contains(snip, "— … , the harbour master") {
			t.Errorf("%q: snippet %q lost the statement's place before its comma", e.Content, snip)
		}
		if strings.HasPrefix(e.Content, "Nobody") && !strings.Contains(snip, "— The strike began on Monday. … , the harbour master") {
			t.Errorf("%q: snippet %q", e.Content, snip)
		}
	}
}
