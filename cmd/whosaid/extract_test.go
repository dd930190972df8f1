package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestExtractJSONContract checks the JSON Lines of `whosaid extract --json`:
// the fields DESIGN.md names, byte offsets into the file as read, and a
// quote broken by its attribution as one statement whose content_span is
// the outer span and content_spans its parts.
func TestExtractJSONContract(t *testing.T) {
	text := "Talks stall\n\n“A freeze takes time to end,” Peskov said on Tuesday, “and too much damage has been done.”\n"
	p := filepath.Join(t.TempDir(), "a.txt")
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, stderr := runMain(t, "extract", "--published", "2025-07-31", "--json", p)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 1 {
		t.Fatalf("want one statement, got %d lines:\n%s", len(lines), out)
	}
	var fields map[string]json.RawMessage
	if err := json.Unmarshal([]byte(lines[0]), &fields); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"clipping", "speaker", "speaker_title", "speaker_span", "cue", "cue_span", "content", "content_span", "content_spans", "direct", "said_on", "said_on_precision", "via", "audience"} {
		if _, ok := fields[k]; !ok {
			t.Errorf("no %q in %s", k, lines[0])
		}
	}
	var s struct {
		Content      string   `json:"content"`
		ContentSpan  [2]int   `json:"content_span"`
		ContentSpans [][2]int `json:"content_spans"`
		Direct       bool     `json:"direct"`
		SaidOn       string   `json:"said_on"`
	}
	if err := json.Unmarshal([]byte(lines[0]), &s); err != nil {
		t.Fatal(err)
	}
	if s.Content != "A freeze takes time to end … and too much damage has been done." || !s.Direct || s.SaidOn != "2025-07-29" {
		t.Errorf("got %+v", s)
	}
	if len(s.ContentSpans) != 2 || text[s.ContentSpans[0][0]:s.ContentSpans[0][1]] != "A freeze takes time to end" ||
		text[s.ContentSpans[1][0]:s.ContentSpans[1][1]] != "and too much damage has been done." {
		t.Errorf("content_spans %v", s.ContentSpans)
	}
	if s.ContentSpan != [2]int{s.ContentSpans[0][0], s.ContentSpans[1][1]} {
		t.Errorf("content_span %v is not the outer span of %v", s.ContentSpan, s.ContentSpans)
	}

	// --parts prints the broken quote as one line a part.
	code, out, stderr = runMain(t, "extract", "--published", "2025-07-31", "--json", "--parts", p)
	if code != 0 {
		t.Fatalf("--parts: exit %d: %s", code, stderr)
	}
	lines = strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 2 {
		t.Fatalf("--parts: want two lines, got %d:\n%s", len(lines), out)
	}
	for i, want := range []string{"A freeze takes time to end", "and too much damage has been done."} {
		var part struct {
			Content      string   `json:"content"`
			ContentSpan  [2]int   `json:"content_span"`
			ContentSpans [][2]int `json:"content_spans"`
			SaidOn       string   `json:"said_on"`
		}
		if err := json.Unmarshal([]byte(lines[i]), &part); err != nil {
			t.Fatal(err)
		}
		if part.Content != want || text[part.ContentSpan[0]:part.ContentSpan[1]] != want ||
			len(part.ContentSpans) != 1 || part.ContentSpans[0] != part.ContentSpan || part.SaidOn != "2025-07-29" {
			t.Errorf("--parts line %d: %+v, want content %q", i, part, want)
		}
	}
}
