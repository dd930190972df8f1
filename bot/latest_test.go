package bot

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

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

// TestForwardDatedAndTitled: a forwarded channel post is stored dated when
// it was posted and with its channel as outlet, so /latest shows it first
// under that name, not last as "Unknown source".
func TestForwardDatedAndTitled(t *testing.T) {
	h := newHarness(t, harnessOptions{})
	h.seedClippings()
	private := fakeapi.PrivateChat(h.admin)
	up := h.fake.Forward(private, h.admin, tgbotapi.Chat{ID: -100500, Type: "channel", Title: "Kremlin Watch"}, "Sergei Lavrov: We are ready to talk", false)
	h.say(private, h.admin, "/fence@whosaid_bot", 1)
	h.col.mu.Lock()
	rcvs := slices.Clone(h.col.rcvs)
	h.col.mu.Unlock()
	if len(rcvs) != 1 || rcvs[0].Outlet != "Kremlin Watch" || !rcvs[0].At.Equal(time.Unix(int64(up.Message.ForwardDate), 0)) {
		t.Fatalf("the forward was stored with %+v, want the channel and its date %d", rcvs, up.Message.ForwardDate)
	}
	got := h.say(private, h.admin, "/latest", 1)
	lines := strings.Split(got[0].Text, "\n")
	if first := strings.Join(lines[:min(len(lines), 4)], "\n"); !strings.Contains(first, "Kremlin Watch") || !strings.Contains(first, "ready to talk") {
		t.Errorf("/latest does not show the forward first:\n%s", got[0].Text)
	}
	h.say(private, h.admin, "/add Sergei Lavrov: Talks will resume", 1)
	h.col.mu.Lock()
	defer h.col.mu.Unlock()
	if len(h.col.rcvs) != 2 || h.col.rcvs[1].At.IsZero() || h.col.rcvs[1].Outlet != "" {
		t.Errorf("/add text stored with %+v, want the time it was sent and no outlet", h.col.rcvs)
	}
}
