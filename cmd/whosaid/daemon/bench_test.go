package daemon

import (
	"context"
	"fmt"
	"log/slog"
	"testing"
	"time"

	"github.com/whosaid/whosaid/bot/fakeapi"

	"github.com/whosaid/whosaid/digest"
)

// BenchmarkSendDigests1000 measures the daily fan-out's first half: the
// digests of 1,000 chats composed and written to the outbox (one
// transaction per chat), over 50 new statements.
func BenchmarkSendDigests1000(b *testing.B) {
	ctx := context.Background()
	for b.Loop() {
		b.StopTimer()
		clk := fakeapi.NewClock(time.Date(2025, 7, 28, 12, 0, 0, 0, time.UTC))
		s := openStore(b, clk)
		for i := range 1000 {
			c := digest.Chat{ID: int64(i + 1), Type: digest.ChatPrivate, Subscribed: true, Active: true, DigestTime: "08:00", Timezone: "UTC"}
			if err := s.SaveChat(ctx, &c); err != nil {
				b.Fatal(err)
			}
		}
		for i := range 50 {
			saveQuote(b, s, fmt.Sprintf("Speaker Number%d", i%10), fmt.Sprintf("Statement number %d about the talks.", i))
		}
		clk.Set(time.Date(2025, 7, 29, 8, 0, 0, 0, time.UTC))
		g := &Digester{Store: s, Now: clk.Now, Log: slog.New(slog.DiscardHandler)}
		b.StartTimer()
		n, err := g.SendDigests(ctx)
		if err != nil || n != 1000 {
			b.Fatalf("made %d: %v", n, err)
		}
	}
}
