package daemon

import (
	"context"
	"fmt"
	"log/slog"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/whosaid/whosaid/bot/fakeapi"

	"github.com/whosaid/whosaid/digest"
	"github.com/whosaid/whosaid/store"
)

func TestSlot(t *testing.T) {
	utc := func(s string) time.Time {
		t, err := time.Parse(time.RFC3339, s)
		if err != nil {
			panic(err)
		}
		return t
	}
	tests := []struct {
		name, hhmm, tz, now string
		slot, key           string
	}{
		{"after today's time", "08:00", "UTC", "2025-07-29T09:00:00Z", "2025-07-29T08:00:00Z", "digest:2025-07-29"},
		{"exactly at it", "08:00", "UTC", "2025-07-29T08:00:00Z", "2025-07-29T08:00:00Z", "digest:2025-07-29"},
		{"before today's time", "08:00", "UTC", "2025-07-29T07:59:59Z", "2025-07-28T08:00:00Z", "digest:2025-07-28"},
		{"local date ahead of UTC", "08:00", "Europe/Moscow", "2025-07-29T05:30:00Z", "2025-07-29T05:00:00Z", "digest:2025-07-29"},
		{"local date behind UTC", "23:00", "America/New_York", "2025-07-30T03:30:00Z", "2025-07-30T03:00:00Z", "digest:2025-07-29"},
		{"month boundary", "20:00", "UTC", "2025-08-01T10:00:00Z", "2025-07-31T20:00:00Z", "digest:2025-07-31"},
		// 02:30 does not exist in New York on 9 March 2025: the day still
		// has a slot, an hour off one way or the other.
		{"spring-forward gap", "02:30", "America/New_York", "2025-03-09T12:00:00Z", "", "digest:2025-03-09"},
		{"fall-back repeat", "01:30", "America/New_York", "2025-11-02T12:00:00Z", "", "digest:2025-11-02"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			slot, key, err := Slot(tt.hhmm, tt.tz, utc(tt.now))
			if err != nil {
				t.Fatal(err)
			}
			if key != tt.key {
				t.Errorf("key %s, want %s", key, tt.key)
			}
			if tt.slot != "" && !slot.Equal(utc(tt.slot)) {
				t.Errorf("slot %v, want %s", slot.UTC(), tt.slot)
			}
			if slot.After(utc(tt.now)) {
				t.Errorf("slot %v after now", slot)
			}
		})
	}
	if _, _, err := Slot("08:00", "Mars/Base", time.Now()); digest.ErrorCode(err) != digest.EINVALID {
		t.Errorf("bad zone: %v", err)
	}
}

// testClock is a settable clock.
type testClock = fakeapi.Clock

func openStore(t testing.TB, clk *testClock) *store.Store {
	t.Helper()
	s, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "w.db"), store.WithClock(clk.Now))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// saveQuote stores a clipping with one statement by speaker.
func saveQuote(t testing.TB, s *store.Store, speaker, quote string) {
	t.Helper()
	text := fmt.Sprintf("%s said: \"%s\"", speaker, quote)
	c := &digest.Clipping{Path: "t/" + quote, Text: text, Raw: []byte(text), TextSource: digest.TextSourceFile,
		Outlet: "The Test Times", Published: time.Date(2025, 7, 29, 0, 0, 0, 0, time.UTC)}
	c.Blocks = []digest.Block{{Span: digest.Span{0, len(text)}}}
	qs := strings.Index(text, quote)
	c.Statements = []digest.Statement{{Speaker: speaker, SpeakerSpan: digest.Span{0, len(speaker)},
		Cue: "said", CueSpan: digest.Span{len(speaker) + 1, len(speaker) + 5},
		Content: quote, ContentSpan: digest.Span{qs, qs + len(quote)}, Direct: true,
		SaidOn: "2025-07-29", SaidOnPrecision: digest.PrecisionDay}}
	if _, err := s.SaveClipping(context.Background(), c); err != nil {
		t.Fatal(err)
	}
}

func TestSendDigests(t *testing.T) {
	ctx := context.Background()
	clk := fakeapi.NewClock(time.Date(2025, 7, 28, 12, 0, 0, 0, time.UTC))
	s := openStore(t, clk)
	chats := []digest.Chat{
		{ID: 1, Type: digest.ChatPrivate, DigestTime: "08:00", Timezone: "UTC"},
		{ID: 2, Type: digest.ChatPrivate, DigestTime: "08:00", Timezone: "Europe/Moscow"},
		{ID: 3, Type: digest.ChatGroup, DigestTime: "08:00", Timezone: "UTC", NothingNew: true},
		{ID: 4, Type: digest.ChatPrivate, DigestTime: "08:00", Timezone: "UTC"},
		{ID: 5, Type: digest.ChatPrivate, DigestTime: "08:00", Timezone: "UTC", Paused: true},
		{ID: 6, Type: digest.ChatPrivate, DigestTime: "09:00", Timezone: "UTC"},
	}
	for i := range chats {
		chats[i].Subscribed, chats[i].Active = true, true
		if err := s.SaveChat(ctx, &chats[i]); err != nil {
			t.Fatal(err)
		}
	}
	saveQuote(t, s, "Dmitry Peskov", "So far, the process is going nowhere fast.")
	// Chats 3 and 4 mute the only speaker: their digests are empty.
	sps, err := s.FindSpeakers(ctx, "Dmitry Peskov", 1)
	if err != nil || len(sps) != 1 {
		t.Fatalf("speaker: %v %v", sps, err)
	}
	for _, i := range []int{2, 3} {
		chats[i].Mutes = []int64{sps[0].ID}
		if err := s.SaveChat(ctx, &chats[i]); err != nil {
			t.Fatal(err)
		}
	}
	notified := 0
	g := &Digester{Store: s, Now: clk.Now, Log: slog.New(slog.DiscardHandler), Notify: func() { notified++ }}

	messages := func(id int64) []digest.Message {
		t.Helper()
		ms, err := s.Messages(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		return ms
	}
	steps := []struct {
		name string
		at   time.Time
		made int
		msgs map[int64]int // messages per chat in total after the step
	}{
		{"before anyone's time", time.Date(2025, 7, 29, 4, 59, 0, 0, time.UTC), 0, map[int64]int{1: 0, 2: 0}},
		{"Moscow's 08:00", time.Date(2025, 7, 29, 5, 0, 0, 0, time.UTC), 1, map[int64]int{1: 0, 2: 1}},
		{"UTC 08:00", time.Date(2025, 7, 29, 8, 0, 30, 0, time.UTC), 3, map[int64]int{1: 1, 2: 1, 3: 1, 4: 0, 5: 0, 6: 0}},
		{"again: nothing twice", time.Date(2025, 7, 29, 8, 5, 0, 0, time.UTC), 0, map[int64]int{1: 1, 2: 1, 3: 1, 4: 0}},
		{"09:00 chat", time.Date(2025, 7, 29, 9, 0, 0, 0, time.UTC), 1, map[int64]int{6: 1}},
		// Down from before 08:00 on the 30th until the 31st at noon: one
		// digest each, for the 31st.
		{"catch-up after downtime", time.Date(2025, 7, 31, 12, 0, 0, 0, time.UTC), 5, map[int64]int{1: 1, 2: 1, 3: 2, 6: 1}},
	}
	for _, st := range steps {
		t.Run(st.name, func(t *testing.T) {
			clk.Set(st.at)
			made, err := g.SendDigests(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if made != st.made {
				t.Errorf("made %d digests, want %d", made, st.made)
			}
			for id, n := range st.msgs {
				if got := len(messages(id)); got != n {
					t.Errorf("chat %d has %d messages, want %d", id, got, n)
				}
			}
		})
	}
	if m := messages(1); len(m) != 1 || !strings.Contains(m[0].Text, "going nowhere fast") || m[0].DigestKey != "digest:2025-07-29" {
		t.Errorf("chat 1 digest: %+v", m)
	}
	if m := messages(3); !strings.Contains(m[0].Text, "Nothing new") {
		t.Errorf("chat 3 (nothing_new): %q", m[0].Text)
	}
	if m := messages(2); m[0].DigestKey != "digest:2025-07-29" {
		t.Errorf("chat 2 key %s", m[0].DigestKey)
	}
	if notified == 0 {
		t.Error("sender never notified")
	}

	// A new entry, then the next day: only what is new.
	saveQuote(t, s, "Donald Trump", "I am very disappointed.")
	clk.Set(time.Date(2025, 8, 1, 8, 0, 0, 0, time.UTC))
	if _, err := g.DigestFor(ctx, 1); err != nil {
		t.Fatal(err)
	}
	m := messages(1)
	if len(m) != 2 || !strings.Contains(m[1].Text, "disappointed") || strings.Contains(m[1].Text, "nowhere fast") {
		t.Errorf("second digest: %+v", m)
	}
}

func TestNewChatWaitsForNextSlot(t *testing.T) {
	ctx := context.Background()
	clk := fakeapi.NewClock(time.Date(2025, 7, 29, 9, 0, 0, 0, time.UTC))
	s := openStore(t, clk)
	c := digest.Chat{ID: 7, Type: digest.ChatPrivate, Subscribed: true, Active: true, DigestTime: "08:00", Timezone: "UTC"}
	if err := s.SaveChat(ctx, &c); err != nil {
		t.Fatal(err)
	}
	saveQuote(t, s, "Dmitry Peskov", "Nothing to add.")
	g := &Digester{Store: s, Now: clk.Now, Log: slog.New(slog.DiscardHandler)}
	if made, _ := g.SendDigests(ctx); made != 0 {
		t.Errorf("a chat that subscribed at 09:00 got the 08:00 digest")
	}
	clk.Set(time.Date(2025, 7, 30, 8, 0, 0, 0, time.UTC))
	if made, _ := g.SendDigests(ctx); made != 1 {
		t.Errorf("made %d next morning", made)
	}
}

// TestDSTGapDay: 02:30 does not exist in New York on 9 March 2025, so cron
// never fires the chat's job that day; the resync's SendDigests still
// makes the day's digest.
func TestDSTGapDay(t *testing.T) {
	ctx := context.Background()
	ny, err := time.LoadLocation("America/New_York")
	if err != nil {
		t.Fatal(err)
	}
	clk := fakeapi.NewClock(time.Date(2025, 3, 7, 12, 0, 0, 0, ny))
	s := openStore(t, clk)
	c := digest.Chat{ID: 9, Type: digest.ChatPrivate, Subscribed: true, Active: true, DigestTime: "02:30", Timezone: "America/New_York"}
	if err := s.SaveChat(ctx, &c); err != nil {
		t.Fatal(err)
	}
	g := &Digester{Store: s, Now: clk.Now, Log: slog.New(slog.DiscardHandler)}
	keys := []string{}
	for _, at := range []time.Time{
		time.Date(2025, 3, 8, 2, 31, 0, 0, ny), // the day before: a normal day
		time.Date(2025, 3, 9, 1, 59, 0, 0, ny), // just before the gap: not yet
		time.Date(2025, 3, 9, 3, 31, 0, 0, ny), // after the gap
		time.Date(2025, 3, 9, 12, 0, 0, 0, ny), // later that day: nothing more
		time.Date(2025, 3, 10, 2, 30, 0, 0, ny),
	} {
		saveQuote(t, s, "Dmitry Peskov", "News at "+at.Format(time.RFC3339))
		clk.Set(at)
		if _, err := g.SendDigests(ctx); err != nil {
			t.Fatal(err)
		}
	}
	msgs, err := s.Messages(ctx, 9)
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range msgs {
		keys = append(keys, m.DigestKey)
	}
	want := "[digest:2025-03-08 digest:2025-03-09 digest:2025-03-10]"
	if fmt.Sprint(keys) != want {
		t.Errorf("digests %v, want %s", keys, want)
	}
}
