package store

import (
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
