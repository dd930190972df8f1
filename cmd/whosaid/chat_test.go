package main

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
)

// TestChatCommand types commands into `whosaid chat` over the seed
// clippings and reads the replies as a chat renders them.
func TestChatCommand(t *testing.T) {
	db := filepath.Join(t.TempDir(), "w.db")
	if code, _, stderr := runMain(t, "ingest", "-db", db, "-q", filepath.Join("..", "..", "testdata", "clippings")); code != 0 {
		t.Fatalf("ingest: %d %s", code, stderr)
	}
	input := strings.Join([]string{
		"/start",
		"/search peskov",
		"next",
		"/timeline peskov",
		"/time 25:99",
		"/frobnicate",
		`/add "We are ready to talk," Sergei Lavrov told reporters on Monday.`,
		"/stats",
	}, "\n")
	var stdout, stderr strings.Builder
	code := Main(context.Background(), []string{"chat", "-db", db}, strings.NewReader(input), &stdout, &stderr)
	out := stdout.String()
	if code != 0 {
		t.Fatalf("exit %d: %s\n%s", code, stderr.String(), out)
	}
	for _, want := range []string{
		"whosaid reads the news",      // /start
		"🔎 peskov — page 1",           // /search, tags gone
		"[Next »]",                    // its button
		"(edited)\n🔎 peskov — page 2", // pressing it
		"[« Prev] [Next »]",
		"Dmitry Peskov: ", // /timeline summary
		"Wed 13 Sep 2017",
		"Send the time as HH:MM",
		"I don't know /frobnicate",
		"Stored: ",
		"Clippings: 6",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "<b>") || strings.Contains(out, "&amp;") {
		t.Errorf("HTML left in the output:\n%s", out)
	}
}
