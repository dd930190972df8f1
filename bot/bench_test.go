package bot

import (
	"context"
	"log/slog"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/whosaid/whosaid/bot/fakeapi"
	"github.com/whosaid/whosaid/digest"
	"github.com/whosaid/whosaid/store"
)

// memOutbox is an in-memory digest.Outbox, so that the fan-out benchmark
// measures the sender and not the disk.
type memOutbox struct {
	mu      sync.Mutex
	msgs    []digest.Message
	pending int
	done    chan struct{} // closed when nothing is pending
}

func (o *memOutbox) EnqueueDigest(ctx context.Context, chatID int64, key string, lastEntry int64, msgs []digest.Message) error {
	o.mu.Lock()
	defer o.mu.Unlock()
	for _, m := range msgs {
		m.ID = int64(len(o.msgs) + 1)
		m.ChatID, m.DigestKey, m.State = chatID, key, digest.MessagePending
		o.msgs = append(o.msgs, m)
		o.pending++
	}
	return nil
}

func (o *memOutbox) Pending(ctx context.Context, limit int) ([]digest.Message, error) {
	o.mu.Lock()
	defer o.mu.Unlock()
	var out []digest.Message
	for _, m := range o.msgs {
		if m.State == digest.MessagePending {
			out = append(out, m)
			if len(out) == limit {
				break
			}
		}
	}
	return out, nil
}

func (o *memOutbox) mark(id int64, state string) {
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.msgs[id-1].State == digest.MessagePending {
		o.msgs[id-1].State = state
		o.pending--
		if o.pending == 0 && o.done != nil {
			close(o.done)
		}
	}
}

func (o *memOutbox) MarkSent(ctx context.Context, id int64, tg int, at time.Time) error {
	o.mark(id, digest.MessageSent)
	return nil
}

func (o *memOutbox) MarkFailed(ctx context.Context, id int64, reason string) error {
	o.mark(id, digest.MessageFailed)
	return nil
}

// BenchmarkFanout sends one message to each of 10,000 chats through the
// fake Bot API with Telegram's limits scaled up to 3,000 messages a second
// in all (1 a second per chat), on the real clock. It reports the achieved
// rate as a share of the limit and the 429s; the goal is >= 95% and none.
//
//	go test ./bot -run '^$' -bench Fanout -benchtime 1x
func BenchmarkFanout(b *testing.B) {
	benchFanout(b, func(b *testing.B) fanoutOutbox { return &memOutbox{done: make(chan struct{})} })
}

// BenchmarkFanoutStore is BenchmarkFanout with the outbox in SQLite (the
// store package), as the daemon runs it: every message is marked sent in
// its own transaction.
//
//	go test ./bot -run '^$' -bench FanoutStore -benchtime 1x
func BenchmarkFanoutStore(b *testing.B) {
	benchFanout(b, func(b *testing.B) fanoutOutbox {
		st, err := store.Open(context.Background(), filepath.Join(b.TempDir(), "fanout.db"))
		if err != nil {
			b.Fatal(err)
		}
		b.Cleanup(func() { st.Close() })
		return &storeOutbox{Store: st}
	})
}

// fanoutOutbox is an outbox the benchmark can fill and wait on.
type fanoutOutbox interface {
	digest.Outbox
	addChat(ctx context.Context, id int64) error
	// wait returns when n messages are no longer pending.
	wait(ctx context.Context, n int) error
}

func (o *memOutbox) addChat(ctx context.Context, id int64) error { return nil }
func (o *memOutbox) wait(ctx context.Context, n int) error {
	select {
	case <-o.done:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// storeOutbox counts the messages the store marks.
type storeOutbox struct {
	*store.Store
	marked atomic.Int64
	done   chan struct{}
	n      int64
}

func (o *storeOutbox) addChat(ctx context.Context, id int64) error {
	return o.SaveChat(ctx, &digest.Chat{ID: id, Type: digest.ChatPrivate, Subscribed: true, Active: true, DigestTime: "08:00", Timezone: "UTC"})
}

func (o *storeOutbox) MarkSent(ctx context.Context, id int64, tg int, at time.Time) error {
	err := o.Store.MarkSent(ctx, id, tg, at)
	if o.marked.Add(1) == o.n {
		close(o.done)
	}
	return err
}

func (o *storeOutbox) wait(ctx context.Context, n int) error {
	select {
	case <-o.done:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func benchFanout(b *testing.B, newOutbox func(b *testing.B) fanoutOutbox) {
	const chats, limit = 10000, 3000.0
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		fake, err := fakeapi.Start(fakeapi.Options{
			Token: testToken, AcceptUnknownChats: true,
			// A tenth of a second's worth of burst absorbs network jitter.
			Limits: fakeapi.Limits{GlobalPerSecond: limit, GlobalBurst: int(limit / 10), ChatPerSecond: 1, ChatBurst: 1},
		})
		if err != nil {
			b.Fatal(err)
		}
		ctx, cancel := context.WithCancel(context.Background())
		api, err := NewAPI(ctx, testToken, fake.URL(), 10*time.Second)
		if err != nil {
			b.Fatal(err)
		}
		ob := newOutbox(b)
		if so, ok := ob.(*storeOutbox); ok {
			so.n, so.done = chats, make(chan struct{})
		}
		for c := int64(1); c <= chats; c++ {
			if err := ob.addChat(ctx, c); err != nil {
				b.Fatal(err)
			}
			msg := []digest.Message{{Text: "<b>Who said what</b> — one message for every chat"}}
			if err := ob.EnqueueDigest(ctx, c, "digest:2025-09-06", 0, msg); err != nil {
				b.Fatal(err)
			}
		}
		var logs strings.Builder
		s := NewSender(api, ob, nil, SenderOptions{Logger: slog.New(slog.NewTextHandler(&syncWriter{b: &logs}, nil)), Limits: Limits{GlobalPerSecond: limit, ChatPerSecond: 1, GroupPerMinute: 20}, Workers: 64, Recheck: -1, PageSize: 2000})
		b.StartTimer()
		done := make(chan struct{})
		go func() { s.Run(ctx); close(done) }()
		if err := ob.wait(ctx, chats); err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		cancel()
		<-done
		st := fake.Stats()
		fake.Close()
		rate := float64(st.Sent-1) / st.LastSent.Sub(st.FirstSent).Seconds()
		b.ReportMetric(rate, "msgs/s")
		b.ReportMetric(100*rate/limit, "%limit")
		b.ReportMetric(float64(st.TooMany), "429s")
		b.ReportMetric(float64(s.Stats().Retries), "retries")
		if s.Stats().Retries > 0 {
			b.Logf("log:\n%s", logs.String())
		}
		if st.Sent != chats || st.TooMany != 0 {
			b.Errorf("sent %d of %d with %d 429s", st.Sent, chats, st.TooMany)
		}
	}
}
