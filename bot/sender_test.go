package bot

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"github.com/whosaid/whosaid/bot/fakeapi"
	"github.com/whosaid/whosaid/digest"
)

// enqueue stores a chat (known to the fake too) and a digest of texts for
// it.
func (h *harness) enqueue(chat tgbotapi.Chat, key string, texts ...string) {
	h.t.Helper()
	h.fake.AddChat(chat)
	if _, err := h.store.Chat(h.ctx, chat.ID); err != nil {
		c := &digest.Chat{ID: chat.ID, Type: chat.Type, Title: chat.Title, Subscribed: true, Active: true, DigestTime: "08:00", Timezone: "UTC"}
		if err := h.store.SaveChat(h.ctx, c); err != nil {
			h.t.Fatal(err)
		}
	}
	var msgs []digest.Message
	for i, t := range texts {
		msgs = append(msgs, digest.Message{ChatID: chat.ID, DigestKey: key, Seq: i, Text: t})
	}
	if err := h.store.EnqueueDigest(h.ctx, chat.ID, key, 0, msgs); err != nil {
		h.t.Fatal(err)
	}
	h.sender.Notify()
}

// states returns the outbox states of a chat's messages, in order.
func (h *harness) states(chatID int64) []string {
	h.t.Helper()
	ms, err := h.store.Messages(h.ctx, chatID)
	if err != nil {
		h.t.Fatal(err)
	}
	var out []string
	for _, m := range ms {
		s := m.State
		if m.Reason != "" {
			s += ": " + m.Reason
		}
		out = append(out, s)
	}
	return out
}

// settled reports whether no message of the chats is pending.
func (h *harness) settled(ids ...int64) func() bool {
	return func() bool {
		for _, id := range ids {
			for _, s := range h.states(id) {
				if s == digest.MessagePending {
					return false
				}
			}
		}
		return true
	}
}

func private(id int64) tgbotapi.Chat {
	return tgbotapi.Chat{ID: id, Type: "private", FirstName: fmt.Sprint("user", id)}
}

func group(id int64) tgbotapi.Chat {
	return tgbotapi.Chat{ID: id, Type: "group", Title: fmt.Sprint("group", id)}
}

// TestSenderLimits: the sender keeps Telegram's limits by itself (the fake
// enforces them with no slack and answers no 429), and a chat's messages
// arrive in order.
func TestSenderLimits(t *testing.T) {
	// The global burst allows for the requests in flight at once: on the
	// virtual clock they can reach the fake at the same instant.
	h := newHarness(t, harnessOptions{limits: fakeapi.Limits{GlobalPerSecond: 30, GlobalBurst: 8, ChatPerSecond: 1, ChatBurst: 1, GroupPerMinute: 20, GroupBurst: 1}, noRun: true})
	var ids []int64
	for i := int64(1); i <= 40; i++ {
		h.enqueue(private(i), "digest:2025-09-06", fmt.Sprintf("<b>one</b> for %d", i), fmt.Sprintf("two for %d", i))
		ids = append(ids, i)
	}
	h.enqueue(group(-500), "digest:2025-09-06", "g1", "g2", "g3")
	ids = append(ids, -500)
	h.until("all sent", h.settled(ids...))
	st := h.fake.Stats()
	if st.TooMany != 0 {
		t.Errorf("the fake answered %d 429s", st.TooMany)
	}
	if st.Sent != 83 {
		t.Errorf("sent %d, want 83", st.Sent)
	}
	for _, id := range ids {
		ms := h.fake.Messages(id)
		for i := 1; i < len(ms); i++ {
			gap := ms[i].Date.Sub(ms[i-1].Date)
			min := time.Second
			if id < 0 {
				min = 3 * time.Second
			}
			if gap < min {
				t.Errorf("chat %d: messages %v apart, want >= %v", id, gap, min)
			}
		}
		if id > 0 && (len(ms) != 2 || !strings.HasPrefix(ms[0].Text, "one") || !strings.HasPrefix(ms[1].Text, "two")) {
			t.Errorf("chat %d got %v", id, texts(ms))
		}
	}
	// 83 messages at 30/s take at least 83/30 s of (virtual) time.
	if span := st.LastSent.Sub(st.FirstSent); span < 2700*time.Millisecond {
		t.Errorf("83 messages went out in %v: faster than 30/s", span)
	}
}

// TestSender429: when the sender is configured above what the server
// allows, the 429s are waited out for their retry_after and every message
// arrives, in order.
func TestSender429(t *testing.T) {
	h := newHarness(t, harnessOptions{noRun: true,
		limits: fakeapi.Limits{ChatPerSecond: 0.5, ChatBurst: 1}, botLimits: Limits{GlobalPerSecond: 1000, ChatPerSecond: 100}})
	h.enqueue(private(7), "d", "f1", "f2", "f3")
	h.until("sent", h.settled(7))
	if got := texts(h.fake.Messages(7)); strings.Join(got, ",") != "f1,f2,f3" {
		t.Errorf("got %v", got)
	}
	if got := h.states(7); strings.Join(got, ",") != "sent,sent,sent" {
		t.Errorf("states %v", got)
	}
	if n := h.fake.Stats().TooMany; n != 2 {
		t.Errorf("%d 429s, want 2", n)
	}
	if w := h.clock.waited(time.Second); fmt.Sprint(w) != "[2s 2s]" {
		t.Errorf("waited %v, want the two retry_after of 2s", w)
	}
	if n := h.sender.Stats().TooMany; n != 2 {
		t.Errorf("sender counted %d 429s", n)
	}
}

// TestSenderFailures: 5xx, dropped connections,
// 403, migration and a message Telegram rejects, each on its own chat.
func TestSenderFailures(t *testing.T) {
	h := newHarness(t, harnessOptions{noRun: true, maxAttempt: 4,
		botLimits: Limits{GlobalPerSecond: 1000, ChatPerSecond: 100, GroupPerMinute: 6000}})
	const (
		flaky    = 12
		dropped  = 13
		blocked  = 14
		rejected = 15
		down     = 16
		kicked   = -17
		oldGroup = -18
		newGroup = -1000000000018
	)
	for _, id := range []int64{flaky, dropped, blocked, rejected, down} {
		h.fake.AddChat(private(id))
	}
	h.fake.AddChat(group(kicked))
	h.fake.AddChat(group(oldGroup))
	h.fake.Fail(flaky, fakeapi.Fault{Code: 502, Description: "Bad Gateway", Times: 2})
	h.fake.Fail(dropped, fakeapi.Fault{Drop: true, Times: 1})
	h.fake.Block(blocked)
	h.fake.Kick(kicked)
	h.fake.Migrate(oldGroup, newGroup)
	h.fake.Fail(down, fakeapi.Fault{Code: 500, Description: "Internal Server Error"})

	h.enqueue(private(flaky), "d", "flaky")
	h.enqueue(private(dropped), "d", "dropped")
	h.enqueue(private(blocked), "d", "b1", "b2")
	h.enqueue(private(rejected), "d", "<b>unclosed", strings.Repeat("x", 4097), "fine")
	h.enqueue(private(down), "d", "down")
	h.enqueue(group(kicked), "d", "k")
	h.enqueue(group(oldGroup), "d", "m1", "m2")
	h.until("all settled", h.settled(flaky, dropped, blocked, rejected, down, kicked, oldGroup, newGroup))

	check := func(id int64, want ...string) {
		t.Helper()
		got := h.states(id)
		if strings.Join(got, "|") != strings.Join(want, "|") {
			t.Errorf("chat %d: states %q, want %q", id, got, want)
		}
	}
	check(flaky, "sent")
	check(dropped, "sent")
	check(blocked, "failed: 403 Forbidden: bot was blocked by the user", "failed: 403 Forbidden: bot was blocked by the user")
	check(kicked, "failed: 403 Forbidden: bot was kicked from the group chat")
	check(rejected,
		`failed: 400 Bad Request: can't parse entities: Can't find end tag corresponding to start tag "b"`,
		"failed: 400 Bad Request: message is too long", "sent")
	check(down, "failed: gave up after 4 attempts: 500 Internal Server Error")
	check(newGroup, "sent", "sent")
	if got := texts(h.fake.Messages(newGroup)); strings.Join(got, ",") != "m1,m2" {
		t.Errorf("migrated group got %v", got)
	}
	for _, id := range []int64{blocked, kicked} {
		c, err := h.store.Chat(h.ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if c.Active || !strings.Contains(c.Inactive, "403") {
			t.Errorf("chat %d after 403: active=%v reason=%q", id, c.Active, c.Inactive)
		}
	}
	if _, err := h.store.Chat(h.ctx, oldGroup); digest.ErrorCode(err) != digest.ENOTFOUND {
		t.Errorf("old group still stored: %v", err)
	}
	if c, err := h.store.Chat(h.ctx, newGroup); err != nil || !c.Active {
		t.Errorf("supergroup: %+v %v", c, err)
	}
	// Backoff doubled on the flaky chat: 1 s, then 2 s.
	w := fmt.Sprint(h.clock.waited(time.Second))
	if !strings.Contains(w, "1s") || !strings.Contains(w, "2s") {
		t.Errorf("waits %s lack the 1 s and 2 s backoffs", w)
	}
	st := h.sender.Stats()
	if st.Deactivated != 2 || st.Migrated != 1 || st.Queued != 0 {
		t.Errorf("sender stats %+v", st)
	}
}

// TestSenderRestart: messages pending when a sender starts are sent, and a
// message is sent once even when Notify comes many times.
func TestSenderNotifyTwice(t *testing.T) {
	h := newHarness(t, harnessOptions{noRun: true})
	h.enqueue(private(5), "d1", "a", "b")
	h.sender.Notify()
	h.sender.Notify()
	h.until("sent", h.settled(5))
	h.enqueue(private(5), "d2", "c")
	h.until("sent", h.settled(5))
	if got := texts(h.fake.Messages(5)); strings.Join(got, ",") != "a,b,c" {
		t.Errorf("got %v", got)
	}
}

// TestSendAfterStop: a reply after the sender stopped fails at once.
func TestSendAfterStop(t *testing.T) {
	h := newHarness(t, harnessOptions{noRun: true})
	h.fake.AddChat(private(42))
	s := NewSender(h.api, nil, nil, SenderOptions{Clock: h.clock, Recheck: -1})
	ctx, cancel := context.WithCancel(h.ctx)
	done := make(chan struct{})
	go func() { s.Run(ctx); close(done) }()
	if _, err := s.Send(h.ctx, 42, "before", nil); err != nil {
		t.Fatalf("send: %v", err)
	}
	cancel()
	<-done
	if _, err := s.Send(h.ctx, 42, "after", nil); !errors.Is(err, ErrSenderStopped) {
		t.Errorf("send after stop: %v", err)
	}
}
