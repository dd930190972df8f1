package daemon

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/whosaid/whosaid/bot/fakeapi"

	"github.com/whosaid/whosaid/digest"
)

// TestAlerts: a watch alerts once about each matching statement stored
// after it, in one outbox row per message; a second run writes nothing; a
// muted speaker and another speaker's words do not alert; a chat that
// answered 403 alerts no more; more matches than a batch come over
// several runs, none lost.
func TestAlerts(t *testing.T) {
	ctx := context.Background()
	clk := fakeapi.NewClock(time.Date(2025, 7, 29, 9, 0, 0, 0, time.UTC))
	s := openStore(t, clk)
	for _, id := range []int64{1, 2} {
		c := digest.Chat{ID: id, Type: digest.ChatPrivate, Subscribed: true, Active: true}
		if err := s.SaveChat(ctx, &c); err != nil {
			t.Fatal(err)
		}
	}
	saveQuote(t, s, "Dmitry Peskov", "Talks are going nowhere fast, before the watch.")
	sp, err := s.FindSpeakers(ctx, "Peskov", 1)
	if err != nil || len(sp) != 1 {
		t.Fatal(sp, err)
	}
	watches := []digest.Watch{
		{ChatID: 1, Query: `"nowhere fast"`},
		{ChatID: 1, Query: "sanctions", SpeakerID: sp[0].ID, Speaker: sp[0].Name},
		{ChatID: 2, Query: "nowhere"},
	}
	for i := range watches {
		if err := s.AddWatch(ctx, &watches[i]); err != nil {
			t.Fatal(err)
		}
	}
	notified := 0
	a := &Alerter{Store: s, Now: clk.Now, Log: slog.New(slog.DiscardHandler), Notify: func() { notified++ }}
	run := func(want int) {
		t.Helper()
		n, err := a.Run(ctx)
		if err != nil || n != want {
			t.Fatalf("alerts made: %d %v, want %d", n, err, want)
		}
	}
	run(0) // nothing stored after the watches
	saveQuote(t, s, "Dmitry Peskov", "So far, the process of normalizing relations is going nowhere fast.")
	saveQuote(t, s, "Donald Trump", "Sanctions are coming, and the talks are going nowhere fast.")
	saveQuote(t, s, "Sergei Lavrov", "Sanctions will not work.")
	run(2) // chat 1's phrase watch (Peskov and Trump) and chat 2's word watch
	run(0) // nothing new: nothing again
	msgs1, _ := s.Messages(ctx, 1)
	msgs2, _ := s.Messages(ctx, 2)
	if len(msgs1) != 1 || len(msgs2) != 1 || notified != 1 {
		t.Fatalf("chat 1 has %d messages, chat 2 %d, notified %d; want 1, 1, 1", len(msgs1), len(msgs2), notified)
	}
	golden(t, "alert.html", msgs1[0].Text)
	if strings.Contains(msgs1[0].Text, "Lavrov") || strings.Contains(msgs1[0].Text, "before the watch") {
		t.Errorf("the alert carries what does not match, or what came before the watch:\n%s", msgs1[0].Text)
	}

	// Chat 2 mutes Trump; chat 1 is blocked (403).
	c2, _ := s.Chat(ctx, 2)
	tr, _ := s.FindSpeakers(ctx, "Trump", 1)
	c2.Mutes = []int64{tr[0].ID}
	s.SaveChat(ctx, c2)
	if err := s.DeactivateChat(ctx, 1, "403: bot was blocked by the user"); err != nil {
		t.Fatal(err)
	}
	saveQuote(t, s, "Donald Trump", "It is going nowhere, and sanctions will follow.")
	saveQuote(t, s, "Dmitry Peskov", "Sanctions are illegal.")
	run(0)
	msgs1, _ = s.Messages(ctx, 1)
	msgs2, _ = s.Messages(ctx, 2)
	if len(msgs1) != 1 || len(msgs2) != 1 {
		t.Errorf("after the 403 and the mute: chat 1 has %d messages, chat 2 %d; want 1 and 1", len(msgs1), len(msgs2))
	}

	// More matches than one batch: every one alerted, once, over runs.
	for i := range alertBatch + 5 {
		saveQuote(t, s, "Maria Zakharova", fmt.Sprintf("Statement %d: talks going nowhere.", i))
	}
	run(1)
	run(1)
	run(0)
	msgs2, _ = s.Messages(ctx, 2)
	all := ""
	for _, m := range msgs2[1:] {
		all += m.Text
	}
	for i := range alertBatch + 5 {
		if n := strings.Count(all, fmt.Sprintf("Statement %d:", i)); n != 1 {
			t.Errorf("statement %d alerted %d times", i, n)
		}
	}
}

// TestDigestFollowsMutesUnread: a chat that follows a speaker gets only
// theirs and a count of the rest; a muted speaker is left out; what a
// digest could not read waits for the next one.
func TestDigestFollowsMutesUnread(t *testing.T) {
	ctx := context.Background()
	clk := fakeapi.NewClock(time.Date(2025, 7, 28, 12, 0, 0, 0, time.UTC))
	s := openStore(t, clk)
	for i := range 6 {
		saveQuote(t, s, "Dmitry Peskov", fmt.Sprintf("Peskov statement %d.", i))
		saveQuote(t, s, "Donald Trump", fmt.Sprintf("Trump statement %d.", i))
	}
	pe, _ := s.FindSpeakers(ctx, "Peskov", 1)
	tr, _ := s.FindSpeakers(ctx, "Trump", 1)
	g := &Digester{Store: s, Now: clk.Now, Log: slog.New(slog.DiscardHandler)}
	tests := []struct {
		name    string
		chat    digest.Chat
		want    []string
		notWant []string
	}{
		{"follows", digest.Chat{ID: 1, Follows: []int64{pe[0].ID}},
			[]string{"Peskov statement", "6 new statements by speakers this chat does not follow"}, []string{"Trump statement"}},
		{"mutes", digest.Chat{ID: 2, Mutes: []int64{tr[0].ID}}, []string{"Peskov statement"}, []string{"Trump", "does not follow"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := tt.chat
			c.Timezone = "UTC"
			d, last, err := g.compose(ctx, &c, clk.Now(), nil)
			if err != nil {
				t.Fatal(err)
			}
			text := strings.Join(d.HTML(), "\n")
			for _, w := range tt.want {
				if !strings.Contains(text, w) {
					t.Errorf("digest lacks %q:\n%s", w, text)
				}
			}
			for _, w := range tt.notWant {
				if strings.Contains(text, w) {
					t.Errorf("digest has %q:\n%s", w, text)
				}
			}
			if last != 12 {
				t.Errorf("covers up to %d, want 12", last)
			}
		})
	}
	t.Run("unread waits", func(t *testing.T) {
		c := digest.Chat{ID: 3, Timezone: "UTC", LastDigest: clk.Now().Add(-24 * time.Hour)}
		old := digestLimit
		defer func() { digestLimit = old }()
		digestLimit = 5
		d, last, err := g.compose(ctx, &c, clk.Now(), nil)
		if err != nil {
			t.Fatal(err)
		}
		if last != 5 || d.Unread != 7 || !strings.Contains(strings.Join(d.HTML(), "\n"), "7 more new statements wait for the next digest") {
			t.Errorf("covers up to %d with %d unread; want 5 and 7:\n%s", last, d.Unread, d.HTML())
		}
		c.LastEntry = last
		if _, last, _ = g.compose(ctx, &c, clk.Now(), nil); last != 10 {
			t.Errorf("the next digest covers up to %d, want 10", last)
		}
	})
	t.Run("a new chat starts with the newest", func(t *testing.T) {
		c := digest.Chat{ID: 4, Timezone: "UTC"}
		old := digestLimit
		defer func() { digestLimit = old }()
		digestLimit = 5
		d, last, err := g.compose(ctx, &c, clk.Now(), nil)
		if err != nil {
			t.Fatal(err)
		}
		if last != 12 || d.Unread != 0 || d.LastID != 12 || d.More+len(d.Stories) != 5 {
			t.Errorf("a new chat's first digest covers up to %d, %d unread, last id %d; want the newest 5 up to 12", last, d.Unread, d.LastID)
		}
	})
}

var update = flag.Bool("update", false, "rewrite the golden files under testdata/golden")

// golden compares got with the golden file name, or rewrites it with -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("..", "..", "..", "testdata", "golden", name)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run `go test ./cmd/whosaid/daemon -update` to create it)", err)
	}
	if got != string(want) {
		t.Errorf("%s differs from the golden file; got:\n%s\nwant:\n%s", name, got, want)
	}
}
