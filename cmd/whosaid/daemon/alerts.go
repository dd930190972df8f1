package daemon

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"github.com/whosaid/whosaid/digest"
)

// alertBatch is how many matches one watch alerts about in one run; the
// rest come in the next run, none lost.
const alertBatch = 20

// AlertStores is what the alert job needs from the store. Implemented by
// store.Store.
type AlertStores interface {
	digest.WatchStore
	digest.ChatStore
}

// Alerter checks the chats' watches against the statements stored since
// each was last checked and writes an alert for what matches to the
// outbox, which the rate-limited sender delivers as it delivers digests.
// Each watch's mark moves in the transaction that writes its alert, so a
// crash loses and repeats nothing (at worst the one message in flight, as
// for digests). A run after each collection makes alerts arrive within one
// collection cycle.
type Alerter struct {
	Store  AlertStores
	Notify func() // tells the sender there is mail; may be nil
	Now    func() time.Time
	Log    *slog.Logger
}

// Run checks every watch of the chats Telegram still delivers to and
// returns how many alerts it wrote.
func (a *Alerter) Run(ctx context.Context) (int, error) {
	watches, err := a.Store.ActiveWatches(ctx)
	if err != nil || len(watches) == 0 {
		return 0, err
	}
	upTo, err := a.Store.MaxEntryID(ctx)
	if err != nil {
		return 0, fmt.Errorf("alerts: %w", err)
	}
	chats := map[int64]*digest.Chat{}
	made := 0
	var firstErr error
	for _, w := range watches {
		if ctx.Err() != nil {
			break
		}
		if w.LastEntry >= upTo {
			continue
		}
		ok, err := a.check(ctx, w, upTo, chats)
		if err != nil {
			a.Log.Error("alert_failed", slog.Int64("watch", w.ID), slog.Int64("chat_id", w.ChatID), slog.Any("error", err))
			if firstErr == nil {
				firstErr = err
			}
		}
		if ok {
			made++
		}
	}
	if made > 0 && a.Notify != nil {
		a.Notify()
	}
	return made, firstErr
}

// check alerts w's chat about w's matches up to upTo, and reports whether
// it wrote an alert.
func (a *Alerter) check(ctx context.Context, w digest.Watch, upTo int64, chats map[int64]*digest.Chat) (bool, error) {
	c, ok := chats[w.ChatID]
	if !ok {
		var err error
		if c, err = a.Store.Chat(ctx, w.ChatID); err != nil {
			return false, err
		}
		chats[w.ChatID] = c
	}
	matches, err := a.Store.WatchMatches(ctx, w, c.Mutes, upTo, alertBatch)
	if err != nil {
		return false, err
	}
	to := upTo
	if len(matches) == alertBatch { // more to come: the next run starts after the last one alerted
		to = matches[len(matches)-1].ID
	}
	var msgs []digest.Message
	if len(matches) > 0 {
		loc, err := time.LoadLocation(c.Timezone)
		if err != nil {
			loc = time.UTC
		}
		for _, text := range digest.Alert(w, matches, a.Now(), loc) {
			msgs = append(msgs, digest.Message{ChatID: w.ChatID, Text: text})
		}
	}
	err = a.Store.EnqueueAlert(ctx, w, to, msgs)
	switch {
	case digest.ErrorCode(err) == digest.ECONFLICT:
		return false, nil // another run, or /unwatch, came first
	case err != nil:
		return false, err
	}
	if len(msgs) > 0 {
		a.Log.Info("alert_made", slog.Int64("watch", w.ID), slog.Int64("chat_id", w.ChatID), slog.Int("statements", len(matches)))
	}
	return len(msgs) > 0, nil
}
