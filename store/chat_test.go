package store

import (
	"context"
	"testing"
	"time"

	"github.com/whosaid/whosaid/digest"
)

func TestChats(t *testing.T) {
	ctx := context.Background()
	s, clock := openTest(t)
	if _, err := s.Chat(ctx, 42); digest.ErrorCode(err) != digest.ENOTFOUND {
		t.Fatalf("unknown chat: %v", err)
	}
	c := &digest.Chat{ID: -100123, Type: digest.ChatGroup, Title: "Analysts", Subscribed: true, Active: true,
		Timezone: "Europe/Moscow", Follows: []int64{3, 1}, Mutes: []int64{7}, NothingNew: true}
	if err := s.SaveChat(ctx, c); err != nil {
		t.Fatal(err)
	}
	got, err := s.Chat(ctx, c.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.DigestTime != "08:00" || got.Timezone != "Europe/Moscow" || len(got.Follows) != 2 || len(got.Mutes) != 1 ||
		!got.Receiving() || !got.NothingNew || !got.Created.Equal(clock.t) {
		t.Errorf("chat %+v", got)
	}
	got.Paused, got.DigestTime = true, "07:30"
	if err := s.SaveChat(ctx, got); err != nil {
		t.Fatal(err)
	}
	if again, _ := s.Chat(ctx, c.ID); !again.Paused || again.DigestTime != "07:30" || again.Receiving() {
		t.Errorf("update lost: %+v", again)
	}
	if err := s.SaveChat(ctx, &digest.Chat{ID: 7, Subscribed: true, Active: true}); err != nil {
		t.Fatal(err)
	}
	all, err := s.Chats(ctx)
	if err != nil || len(all) != 2 {
		t.Fatalf("Chats: %d, %v", len(all), err)
	}

	// Deactivation fails pending messages with the reason.
	if err := s.EnqueueDigest(ctx, 7, "", 0, []digest.Message{{Text: "reply"}}); err != nil {
		t.Fatal(err)
	}
	if err := s.DeactivateChat(ctx, 7, "403: bot was blocked by the user"); err != nil {
		t.Fatal(err)
	}
	c7, _ := s.Chat(ctx, 7)
	if c7.Active || c7.Inactive == "" {
		t.Errorf("after 403: %+v", c7)
	}
	if p, _ := s.Pending(ctx, 10); len(p) != 0 {
		t.Errorf("pending after deactivation: %v", p)
	}
	if err := s.DeactivateChat(ctx, 8, "x"); digest.ErrorCode(err) != digest.ENOTFOUND {
		t.Errorf("deactivate unknown: %v", err)
	}
}

func TestMigrateChat(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t)
	if err := s.SaveChat(ctx, &digest.Chat{ID: -1, Type: digest.ChatGroup, Subscribed: true, Active: true, Follows: []int64{5}}); err != nil {
		t.Fatal(err)
	}
	msgs := []digest.Message{{Text: "one"}, {Text: "two"}}
	if err := s.EnqueueDigest(ctx, -1, "digest:2025-07-29", 10, msgs); err != nil {
		t.Fatal(err)
	}
	if err := s.MigrateChat(ctx, -1, -1009); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Chat(ctx, -1); digest.ErrorCode(err) != digest.ENOTFOUND {
		t.Errorf("old chat still there: %v", err)
	}
	moved, err := s.Chat(ctx, -1009)
	if err != nil || moved.Type != digest.ChatSupergroup || len(moved.Follows) != 1 || moved.LastEntry != 10 {
		t.Fatalf("moved chat %+v, %v", moved, err)
	}
	pending, _ := s.Pending(ctx, 10)
	if len(pending) != 2 || pending[0].ChatID != -1009 {
		t.Errorf("pending %+v", pending)
	}
	// The digest went with it: the same key is still taken.
	if err := s.EnqueueDigest(ctx, -1009, "digest:2025-07-29", 10, msgs); digest.ErrorCode(err) != digest.ECONFLICT {
		t.Errorf("re-enqueue after migration: %v, want ECONFLICT", err)
	}
	if err := s.MigrateChat(ctx, -5, -6); digest.ErrorCode(err) != digest.ENOTFOUND {
		t.Errorf("migrate unknown: %v", err)
	}
}

func TestOutbox(t *testing.T) {
	ctx := context.Background()
	s, clock := openTest(t)
	for _, id := range []int64{1, 2} {
		if err := s.SaveChat(ctx, &digest.Chat{ID: id, Subscribed: true, Active: true}); err != nil {
			t.Fatal(err)
		}
	}
	day := []digest.Message{{Text: "<b>Who said what</b>", Seq: 0}, {Text: "part two", Seq: 1}}
	if err := s.EnqueueDigest(ctx, 1, "digest:2025-07-29", 17, day); err != nil {
		t.Fatal(err)
	}
	c1, _ := s.Chat(ctx, 1)
	if c1.LastEntry != 17 || !c1.LastDigest.Equal(clock.t) {
		t.Errorf("chat after digest: last entry %d, last digest %v", c1.LastEntry, c1.LastDigest)
	}
	// The same day again: refused, nothing written, the chat unchanged.
	clock.t = clock.t.Add(time.Hour)
	err := s.EnqueueDigest(ctx, 1, "digest:2025-07-29", 20, []digest.Message{{Text: "again"}})
	if digest.ErrorCode(err) != digest.ECONFLICT {
		t.Fatalf("second digest of the day: %v, want ECONFLICT", err)
	}
	if c1, _ = s.Chat(ctx, 1); c1.LastEntry != 17 {
		t.Errorf("a refused digest moved LastEntry to %d", c1.LastEntry)
	}
	// Another chat, same key: fine.
	if err := s.EnqueueDigest(ctx, 2, "digest:2025-07-29", 17, []digest.Message{{Text: "hi"}}); err != nil {
		t.Fatal(err)
	}
	pending, err := s.Pending(ctx, 10)
	if err != nil || len(pending) != 3 {
		t.Fatalf("pending %d, %v", len(pending), err)
	}
	if pending[0].Text != day[0].Text || pending[1].Seq != 1 || pending[0].State != digest.MessagePending || pending[2].ChatID != 2 {
		t.Errorf("pending order %+v", pending)
	}
	sentAt := clock.t.Add(time.Minute)
	if err := s.MarkSent(ctx, pending[0].ID, 555, sentAt); err != nil {
		t.Fatal(err)
	}
	if err := s.MarkSent(ctx, pending[0].ID, 556, sentAt.Add(time.Hour)); err != nil {
		t.Fatalf("marking sent twice: %v", err)
	}
	if err := s.MarkFailed(ctx, pending[1].ID, "400: message is too long"); err != nil {
		t.Fatal(err)
	}
	if err := s.MarkFailed(ctx, pending[0].ID, "late failure"); err != nil {
		t.Fatal(err)
	}
	if err := s.MarkSent(ctx, 999, 1, sentAt); digest.ErrorCode(err) != digest.ENOTFOUND {
		t.Errorf("unknown message: %v", err)
	}
	msgs, _ := s.Messages(ctx, 1)
	if msgs[0].State != digest.MessageSent || msgs[0].TGMessage != 555 || !msgs[0].Sent.Equal(sentAt) {
		t.Errorf("sent message %+v", msgs[0])
	}
	if msgs[1].State != digest.MessageFailed || msgs[1].Reason != "400: message is too long" {
		t.Errorf("failed message %+v", msgs[1])
	}
	if p, _ := s.Pending(ctx, 10); len(p) != 1 || p[0].ChatID != 2 {
		t.Errorf("pending after marks %+v", p)
	}
	st, err := s.Stats(ctx)
	if err != nil || st.MessagesSent != 1 || st.MessagesFailed != 1 || st.MessagesPending != 1 || st.Chats != 2 || st.LastDigest.IsZero() {
		t.Errorf("stats %+v, %v", st, err)
	}
}
