package main

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/whosaid/whosaid/bot/fakeapi"
	"github.com/whosaid/whosaid/digest"
	"github.com/whosaid/whosaid/store"
)

// alertsIn returns the alert messages among msgs about watch label.
func alertsIn(msgs []fakeapi.Message, label string) []fakeapi.Message {
	return slices.DeleteFunc(slices.Clone(msgs), func(m fakeapi.Message) bool { return !strings.HasPrefix(m.Text, "🔔 "+label) })
}

// TestRunWatch: /watch end to end, through `whosaid run` and the fake Bot
// API: a statement collected after the watch reaches the chat once; an
// alert that could not be sent when the process was killed (kill -9) is
// sent after the restart, once, and nothing is repeated; a chat that
// answers 403 stops its watches.
func TestRunWatch(t *testing.T) {
	if testing.Short() {
		t.Skip("starts child processes")
	}
	fake, err := fakeapi.Start(fakeapi.Options{Token: testToken})
	if err != nil {
		t.Fatal(err)
	}
	defer fake.Close()
	seeds := filepath.Join("..", "..", "testdata", "clippings")
	dir := t.TempDir()
	inbox := filepath.Join(dir, "inbox")
	cfg := writeConfig(t, dir, fake.URL(), nil, "")
	copyFile(t, filepath.Join(seeds, "001_6ce8ab88e25f6db9.md"), filepath.Join(inbox, "rt.md"))

	c := startChild(t, cfg, time.Date(2025, 9, 6, 7, 0, 0, 0, time.UTC))
	c.post("/debug/collect") // Peskov becomes a known speaker
	user := fakeapi.User(6001, "Wanda")
	chat := fakeapi.PrivateChat(user)
	say := func(text, want string) {
		t.Helper()
		before := len(fake.Messages(chat.ID))
		fake.SendText(chat, user, text)
		waitFor(t, fake, text, func() bool { return len(fake.Messages(chat.ID)) > before })
		if got := fake.Messages(chat.ID)[before].Text; !strings.Contains(got, want) {
			t.Errorf("%s: reply %q lacks %q", text, got, want)
		}
	}
	say("/start", "who said what")
	say(`/watch "nowhere fast"`, `Watching "nowhere fast"`)
	say("/watch disappointments speaker:peskov", "Watching disappointments by Dmitry Peskov")

	// A statement collected after the watch: one alert.
	copyFile(t, filepath.Join(seeds, "004_8021a6d9eda921e2.md"), filepath.Join(inbox, "mt.md"))
	c.post("/debug/collect")
	waitFor(t, fake, "the first alert", func() bool { return len(alertsIn(fake.Messages(chat.ID), "“nowhere fast”")) >= 1 })
	if a := alertsIn(fake.Messages(chat.ID), "“nowhere fast”"); !strings.Contains(a[0].Text, "going nowhere fast") || !strings.Contains(a[0].Text, "Dmitry Peskov") {
		t.Errorf("the alert:\n%s", a[0].Text)
	}

	// The second alert is written while Telegram fails for the chat, then
	// the process is killed: the alert waits in the outbox.
	c.post("/debug/drained")
	fake.Fail(chat.ID, fakeapi.Fault{Code: 502, Description: "Bad Gateway"})
	copyFile(t, filepath.Join(seeds, "002_7fa24fbac022c7e8.md"), filepath.Join(inbox, "mt2017.md"))
	c.post("/debug/collect")
	c.kill()
	fake.Heal(chat.ID)
	c = startChild(t, cfg, time.Date(2025, 9, 6, 7, 30, 0, 0, time.UTC))
	c.post("/debug/collect")
	waitFor(t, fake, "the alert written before the kill", func() bool {
		return len(alertsIn(fake.Messages(chat.ID), "disappointments by Dmitry Peskov")) >= 1
	})
	c.post("/debug/drained")

	// The user blocks the bot: the next alert fails with 403, the chat
	// becomes inactive, and its watches stop.
	fake.Block(chat.ID)
	write := func(name, text string) {
		t.Helper()
		p := filepath.Join(inbox, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		old := time.Now().Add(-time.Minute) // settled, as copyFile leaves it
		os.Chtimes(p, old, old)
	}
	write("again.txt", "Kremlin: talks still stalled\n\n\"The talks are going nowhere fast,\" Kremlin spokesman Dmitry Peskov told reporters on Monday.\n")
	c.post("/debug/collect")
	c.post("/debug/drained")
	write("more.txt", "Kremlin repeats it\n\n\"Our dialogue is going nowhere fast,\" Kremlin spokesman Dmitry Peskov told journalists on Tuesday.\n")
	c.post("/debug/collect")
	c.post("/debug/drained")
	c.term()

	msgs := fake.Messages(chat.ID)
	if n := len(alertsIn(msgs, "“nowhere fast”")); n != 1 {
		t.Errorf("%d “nowhere fast” alerts reached the chat, want 1", n)
	}
	if n := len(alertsIn(msgs, "disappointments by Dmitry Peskov")); n != 1 {
		t.Errorf("%d disappointments alerts reached the chat, want 1", n)
	}
	st, err := store.Open(context.Background(), filepath.Join(dir, "whosaid.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	rows, err := st.Messages(context.Background(), chat.ID)
	if err != nil {
		t.Fatal(err)
	}
	var alerts []digest.Message
	for _, m := range rows {
		if strings.HasPrefix(m.DigestKey, "watch:") {
			alerts = append(alerts, m)
		}
	}
	// Two sent, the one after the block failed with 403, none after it.
	if len(alerts) != 3 || alerts[0].State != digest.MessageSent || alerts[1].State != digest.MessageSent || alerts[2].State != digest.MessageFailed {
		for _, m := range alerts {
			t.Logf("%s %s %q", m.DigestKey, m.State, digest.Shorten(m.Text, 60))
		}
		t.Errorf("outbox alerts: %d, want 2 sent and 1 failed (403) and nothing after", len(alerts))
	}
	// The statement after the block was stored, and matched the watch: it
	// is its chat's 403 that kept it from the outbox.
	latest, err := st.Latest(context.Background(), digest.Filter{Limit: 50})
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, e := range latest {
		found = found || strings.Contains(e.Content, "Our dialogue is going nowhere fast")
	}
	if !found {
		t.Error("the statement collected after the block was not stored: the test proves nothing")
	}
	if ch, err := st.Chat(context.Background(), chat.ID); err != nil || ch.Active {
		t.Errorf("the blocked chat is still active: %+v %v", ch, err)
	}
}
