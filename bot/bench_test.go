package bot

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/whosaid/whosaid/bot/fakeapi"
	"github.com/whosaid/whosaid/digest"
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
	const chats, limit = 10000, 3000.0
	for i := 0; i < b.N; i++ {
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
		ob := &memOutbox{done: make(chan struct{})}
		for c := int64(1); c <= chats; c++ {
			ob.EnqueueDigest(ctx, c, "digest:2025-09-06", 0, []digest.Message{{Text: "<b>Who said what</b> — one message for every chat"}})
		}
		s := NewSender(api, ob, nil, SenderOptions{Limits: Limits{GlobalPerSecond: limit, ChatPerSecond: 1, GroupPerMinute: 20}, Workers: 64, Recheck: -1, PageSize: 2000})
		b.StartTimer()
		done := make(chan struct{})
		go func() { s.Run(ctx); close(done) }()
		<-ob.done
		b.StopTimer()
		cancel()
		<-done
		st := fake.Stats()
		fake.Close()
		rate := float64(st.Sent-1) / st.LastSent.Sub(st.FirstSent).Seconds()
		b.ReportMetric(rate, "msgs/s")
		b.ReportMetric(100*rate/limit, "%limit")
		b.ReportMetric(float64(st.TooMany), "429s")
		if st.Sent != chats || st.TooMany != 0 {
			b.Errorf("sent %d of %d with %d 429s", st.Sent, chats, st.TooMany)
		}
	}
}
