package bot

import (
	"path/filepath"
	"strings"
	"testing"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/whosaid/whosaid/bot/fakeapi"
	"github.com/whosaid/whosaid/digest/clip"
	"github.com/whosaid/whosaid/digest/extract"
)

// seedClippings stores the five seed clippings as `whosaid ingest` does.
func (h *harness) seedClippings() {
	h.t.Helper()
	paths, err := filepath.Glob(filepath.Join("..", "testdata", "clippings", "*.md"))
	if err != nil || len(paths) != 5 {
		h.t.Fatalf("seed clippings: %v %v", paths, err)
	}
	for _, p := range paths {
		c, err := clip.ReadFile(p, clip.Options{})
		if err != nil {
			h.t.Fatal(err)
		}
		c.Statements = extract.Statements(c)
		if _, err := h.store.SaveClipping(h.ctx, c); err != nil {
			h.t.Fatal(err)
		}
	}
}

// TestLatestSeedsLedeFirst: /latest shows the newest story first, from its
// lede: the RT piece of 5 Sep 2025 opens with Peskov's "total freeze".
func TestLatestSeedsLedeFirst(t *testing.T) {
	h := newHarness(t, harnessOptions{})
	h.seedClippings()
	private := fakeapi.PrivateChat(h.admin)
	member := fakeapi.User(2002, "Bo")
	group := tgbotapi.Chat{ID: -3003, Type: "group", Title: "Newsroom"}
	h.fake.SetMember(group.ID, member, "member")
	check := func(name, text string) {
		t.Helper()
		lines := strings.Split(text, "\n")
		first := strings.Join(lines[:min(len(lines), 5)], "\n")
		if !strings.Contains(first, "Dmitry Peskov") || !strings.Contains(first, "total freeze") || !strings.Contains(first, "RT") {
			t.Errorf("%s: Peskov's lede of the newest story is not among the first lines:\n%s", name, text)
		}
		if strings.Index(text, "Fri 5 Sep 2025") > strings.Index(text, "Tue 29 Jul 2025") {
			t.Errorf("%s: the newest story is not first:\n%s", name, text)
		}
	}
	got := h.say(private, h.admin, "/latest", 1)
	check("/latest in private", got[0].Text)
	got = h.say(group, member, "/latest@whosaid_bot 3", 1)
	check("/latest@bot in a group", got[0].Text)
}
