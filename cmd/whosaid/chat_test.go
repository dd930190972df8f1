package main

import (
	"context"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/whosaid/whosaid/bot/fakeapi"
	"github.com/whosaid/whosaid/store"
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

// chatSession runs one `whosaid chat` session over db with the lines typed.
func chatSession(t *testing.T, db string, lines ...string) string {
	t.Helper()
	var stdout, stderr strings.Builder
	code := Main(context.Background(), []string{"chat", "-db", db}, strings.NewReader(strings.Join(lines, "\n")), &stdout, &stderr)
	if code != 0 {
		t.Fatalf("chat: exit %d: %s\n%s", code, stderr.String(), stdout.String())
	}
	return stdout.String()
}

// TestChatLeavesTheDatabase: what a chat session sets (the chat, its
// watches, its mutes) lives in memory, as its help says; nothing of it is
// in the database afterwards, and the next session starts afresh.
func TestChatLeavesTheDatabase(t *testing.T) {
	ctx := context.Background()
	db := seededDB(ctx, t, t.TempDir())
	out := chatSession(t, db, "/start", "/watch nowhere fast", "/watches", "/mute peskov", "/settings", "/unwatch 1", "/watches", "/watch dialogue")
	for _, want := range []string{"1. nowhere fast", "Muted: Dmitry Peskov", "Watches: 1 (/watches)", "This chat watches nothing.", "Watching dialogue"} {
		if !strings.Contains(out, want) {
			t.Errorf("first session lacks %q:\n%s", want, out)
		}
	}
	st, err := store.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	chats, err := st.Chats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	watches, err := st.Watches(ctx, fakeapi.User(1, "You").ID)
	if err != nil {
		t.Fatal(err)
	}
	st.Close()
	if len(chats) != 0 || len(watches) != 0 {
		t.Errorf("the chat session wrote to the database: chats %+v, watches %+v", chats, watches)
	}
	out = chatSession(t, db, "/watches", "/mute peskov")
	for _, want := range []string{"This chat watches nothing.", "This chat is not set up yet"} {
		if !strings.Contains(out, want) {
			t.Errorf("second session lacks %q:\n%s", want, out)
		}
	}
}

// TestChatNextAndPrev: "next" and "prev" press the buttons pointing
// forward and back, whatever their labels ([Newer »], [« Older]).
func TestChatNextAndPrev(t *testing.T) {
	db := seededDB(context.Background(), t, t.TempDir())
	out := chatSession(t, db, "/timeline peskov", "next", "next", "prev")
	pages := regexp.MustCompile(`Page (\d+) of`).FindAllStringSubmatch(out, -1)
	var got []string
	for _, p := range pages {
		got = append(got, p[1])
	}
	if strings.Join(got, " ") != "1 2 3 2" || strings.Contains(out, "Send /help") {
		t.Errorf("pages %v, want 1 2 3 2:\n%s", got, out)
	}
}
