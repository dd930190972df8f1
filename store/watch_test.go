package store

import (
	"context"
	"fmt"
	"testing"

	"github.com/whosaid/whosaid/digest"
)

func TestWatches(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t)
	chat := digest.Chat{ID: -10, Type: digest.ChatGroup, Subscribed: true, Active: true}
	if err := s.SaveChat(ctx, &chat); err != nil {
		t.Fatal(err)
	}
	save(t, s, clipping(t, "a.txt", "TASS", "2025-07-29", "Before", []string{"Peskov said the talks are going nowhere fast."},
		said{speaker: "Dmitry Peskov", content: "the talks are going nowhere fast"}))
	w := digest.Watch{ChatID: chat.ID, Query: `"nowhere fast"`}
	if err := s.AddWatch(ctx, &w); err != nil {
		t.Fatal(err)
	}
	if w.ID == 0 || w.LastEntry != 1 {
		t.Fatalf("watch %+v: want an id and LastEntry 1 (the statement stored before it)", w)
	}
	// A watch for someone never quoted, by surname: their first statement
	// matches, others' do not.
	unknown := digest.Watch{ChatID: chat.ID, Query: "going", Speaker: "lavrov"}
	if err := s.AddWatch(ctx, &unknown); err != nil {
		t.Fatal(err)
	}
	if got, err := s.WatchMatches(ctx, unknown, nil, 100, 10); err != nil || len(got) != 0 {
		t.Fatalf("a watch for a speaker never quoted matched %+v %v", got, err)
	}
	save(t, s, clipping(t, "b.txt", "TASS", "2025-07-30", "After", []string{"Lavrov said relations are going nowhere fast.", "Trump said it is going somewhere slowly."},
		said{speaker: "Sergei Lavrov", content: "relations are going nowhere fast"},
		said{speaker: "Donald Trump", content: "it is going somewhere slowly"}))
	got, err := s.WatchMatches(ctx, w, nil, 100, 10)
	if err != nil || len(got) != 1 || got[0].Speaker != "Sergei Lavrov" {
		t.Fatalf("matches %+v %v, want Lavrov's statement only", got, err)
	}
	lavrov := got[0].SpeakerID
	if got, err := s.WatchMatches(ctx, unknown, nil, 100, 10); err != nil || len(got) != 1 || got[0].SpeakerID != lavrov {
		t.Errorf("the watch for lavrov, once Sergei Lavrov is quoted: %+v %v", got, err)
	}
	if err := s.DeleteWatch(ctx, chat.ID, unknown.ID); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.WatchMatches(ctx, w, []int64{lavrov}, 100, 10); len(got) != 0 {
		t.Errorf("a muted speaker matched: %+v", got)
	}
	if got, _ := s.WatchMatches(ctx, digest.Watch{ChatID: chat.ID, SpeakerID: got[0].SpeakerID + 99}, nil, 100, 10); len(got) != 0 {
		t.Errorf("a watch for nothing matched %d", len(got))
	}

	// The alert and the mark move together; a second writer from the same
	// mark gets ECONFLICT and writes nothing.
	msg := []digest.Message{{Text: "alert"}}
	if err := s.EnqueueAlert(ctx, w, 3, msg); err != nil {
		t.Fatal(err)
	}
	if err := s.EnqueueAlert(ctx, w, 3, msg); digest.ErrorCode(err) != digest.ECONFLICT {
		t.Errorf("second alert from the same mark: %v, want ECONFLICT", err)
	}
	if msgs, _ := s.Messages(ctx, chat.ID); len(msgs) != 1 || msgs[0].DigestKey != fmt.Sprintf("watch:%d:3", w.ID) {
		t.Errorf("outbox %+v, want one alert", msgs)
	}

	// A supergroup migration takes the watches along; a 403 stops them.
	if err := s.MigrateChat(ctx, chat.ID, -1010); err != nil {
		t.Fatal(err)
	}
	if ws, _ := s.Watches(ctx, -1010); len(ws) != 1 || ws[0].LastEntry != 3 {
		t.Errorf("watches after the migration: %+v", ws)
	}
	if ws, _ := s.ActiveWatches(ctx); len(ws) != 1 {
		t.Errorf("active watches: %d, want 1", len(ws))
	}
	if err := s.DeactivateChat(ctx, -1010, "403"); err != nil {
		t.Fatal(err)
	}
	if ws, _ := s.ActiveWatches(ctx); len(ws) != 0 {
		t.Errorf("active watches after a 403: %d, want 0", len(ws))
	}
	// Back (as /start does), then unsubscribed: stopped again.
	back, err := s.Chat(ctx, -1010)
	if err != nil {
		t.Fatal(err)
	}
	back.Active = true
	if err := s.SaveChat(ctx, back); err != nil {
		t.Fatal(err)
	}
	if ws, _ := s.ActiveWatches(ctx); len(ws) != 1 {
		t.Errorf("active watches of a chat back: %d, want 1", len(ws))
	}
	back.Subscribed = false
	if err := s.SaveChat(ctx, back); err != nil {
		t.Fatal(err)
	}
	if ws, _ := s.ActiveWatches(ctx); len(ws) != 0 {
		t.Errorf("active watches of an unsubscribed chat: %d, want 0", len(ws))
	}
	// Restarted, the watch is checked from the newest entry on: what was
	// said while the chat was away alerts nobody.
	save(t, s, clipping(t, "c.txt", "TASS", "2025-07-31", "Away", []string{"Lavrov said talks are going nowhere fast again."},
		said{speaker: "Sergei Lavrov", content: "talks are going nowhere fast again"}))
	if n, err := s.RestartWatches(ctx, -1010); err != nil || n != 1 {
		t.Fatalf("restart: %d, %v", n, err)
	}
	newest, err := s.MaxEntryID(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if ws, _ := s.Watches(ctx, -1010); newest <= 3 || len(ws) != 1 || ws[0].LastEntry != newest {
		t.Errorf("watches after the restart: %+v, want checked from %d", ws, newest)
	}

	// At most MaxWatches per chat; removing one.
	for i := 1; i < digest.MaxWatches; i++ {
		if err := s.AddWatch(ctx, &digest.Watch{ChatID: -1010, Query: fmt.Sprint("word", i)}); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.AddWatch(ctx, &digest.Watch{ChatID: -1010, Query: "one too many"}); digest.ErrorCode(err) != digest.EINVALID {
		t.Errorf("watch past the limit: %v, want EINVALID", err)
	}
	if err := s.DeleteWatch(ctx, -1010, w.ID); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteWatch(ctx, -1010, w.ID); digest.ErrorCode(err) != digest.ENOTFOUND {
		t.Errorf("deleting it again: %v, want ENOTFOUND", err)
	}
}

func TestNewEntries(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t)
	for i := range 6 {
		save(t, s, clipping(t, fmt.Sprint(i, ".txt"), "TASS", "2025-07-29", fmt.Sprint("Story ", i),
			[]string{fmt.Sprintf("Peskov said point %d. Trump said point %d too.", i, i)},
			said{speaker: "Dmitry Peskov", content: fmt.Sprintf("Peskov said point %d", i)},
			said{speaker: "Donald Trump", content: fmt.Sprintf("Trump said point %d too", i)}))
	}
	all, total, err := s.NewEntries(ctx, digest.NewQuery{AfterID: 2, Limit: 4})
	if err != nil || total != 10 || len(all) != 4 || all[0].ID != 3 || all[3].ID != 6 {
		t.Fatalf("NewEntries after 2, 4 at most: %d entries from %d, total %d, %v; want ids 3..6 of 10", len(all), all[0].ID, total, err)
	}
	peskov := all[0].SpeakerID
	if all[0].Speaker != "Dmitry Peskov" {
		peskov = all[1].SpeakerID
	}
	some, total, _ := s.NewEntries(ctx, digest.NewQuery{AfterID: 0, UpTo: 8, Speakers: []int64{peskov}, Limit: 100})
	if len(some) != 4 || total != 4 {
		t.Errorf("Peskov's up to 8: %d (total %d), want 4", len(some), total)
	}
	if n, _ := s.CountOthers(ctx, 0, 8, []int64{peskov}, nil); n != 4 {
		t.Errorf("others up to 8: %d, want 4", n)
	}
	if n, _ := s.CountOthers(ctx, 0, 0, []int64{peskov}, nil); n != 6 {
		t.Errorf("others, no bound: %d, want 6", n)
	}
}
