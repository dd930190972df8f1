package daemon

import (
	"context"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/whosaid/whosaid/bot"
	"github.com/whosaid/whosaid/cmd/whosaid/config"
	"github.com/whosaid/whosaid/digest"
)

// digestLimit is how many new entries one digest reads at most; the digest
// shows MaxEntries of them and counts the rest.
var digestLimit = 1000

// Stores is what the digest job needs from the store. Implemented by
// store.Store.
type Stores interface {
	digest.StatementStore
	digest.ChatStore
	digest.Outbox
	NewEntries(ctx context.Context, q digest.NewQuery) ([]digest.Entry, int, error)
	CountOthers(ctx context.Context, afterID, upTo int64, speakers, muted []int64) (int, error)
	MaxEntryID(ctx context.Context) (int64, error)
	digest.ClippingReader
}

// Digester makes the daily digests: for each chat, at its local time, the
// entries new since its last digest and matching its filters, composed and
// written to the outbox. It is a plain method that cron, start-up catch-up
// and tests all call; the outbox's unique (chat, key) keeps a chat from
// getting two digests for one day whoever calls it.
type Digester struct {
	Store      Stores
	Notify     func() // tells the sender there is mail; may be nil
	Now        func() time.Time
	Log        *slog.Logger
	MaxEntries int
	// Made, when set, is called after each digest written to the outbox.
	Made func(chatID int64, messages int)
}

// Slot returns the last time at or before now that a chat with digest time
// hhmm in zone tz was due, and the digest key for it ("digest:YYYY-MM-DD",
// the slot's local date). On a day when hhmm does not exist (the
// spring-forward gap) the slot is the instant time.Date normalises it to,
// so that day still has one.
func Slot(hhmm, tz string, now time.Time) (time.Time, string, error) {
	loc, err := time.LoadLocation(tz)
	if err != nil {
		return time.Time{}, "", digest.Errorf(digest.EINVALID, "unknown time zone %q", tz)
	}
	at, err := config.ParseClock(hhmm)
	if err != nil {
		return time.Time{}, "", digest.Errorf(digest.EINVALID, "%v", err)
	}
	h, m := int(at/time.Hour), int(at%time.Hour/time.Minute)
	local := now.In(loc)
	y, mo, d := local.Date()
	slot := time.Date(y, mo, d, h, m, 0, 0, loc)
	if slot.After(now) {
		y, mo, d = time.Date(y, mo, d-1, 12, 0, 0, 0, loc).Date()
		slot = time.Date(y, mo, d, h, m, 0, 0, loc)
	}
	return slot, fmt.Sprintf("digest:%04d-%02d-%02d", y, int(mo), d), nil
}

// due reports whether chat's slot has not been served: it is later than its
// last digest and than the moment the chat subscribed.
func due(c *digest.Chat, slot time.Time) bool {
	return c.Receiving() && slot.After(c.LastDigest) && slot.After(c.Created)
}

// SendDigests makes the digest of every chat whose last scheduled time has
// passed since its last digest: the catch-up at start-up, after a missed
// cron run (a daylight-saving gap) and the periodic safety net. It returns
// how many digests it wrote.
func (g *Digester) SendDigests(ctx context.Context) (int, error) {
	chats, err := g.Store.Chats(ctx)
	if err != nil {
		return 0, fmt.Errorf("digests: %w", err)
	}
	now := g.Now()
	made := 0
	var firstErr error
	rc := &readCache{m: map[string]cachedRead{}} // most chats read the same new statements
	for i := range chats {
		if ctx.Err() != nil {
			return made, ctx.Err()
		}
		c := &chats[i]
		ok, err := g.digestDue(ctx, c, now, rc)
		if err != nil {
			g.Log.Error("digest_failed", slog.Int64("chat_id", c.ID), slog.Any("error", err))
			if firstErr == nil {
				firstErr = err
			}
		}
		if ok {
			made++
		}
	}
	if made > 0 && g.Notify != nil {
		g.Notify()
	}
	return made, firstErr
}

// DigestFor makes chat id's digest if its latest slot is due: what the
// chat's cron job runs. It reloads the chat so that settings changed since
// the job was scheduled count.
func (g *Digester) DigestFor(ctx context.Context, id int64) (bool, error) {
	c, err := g.Store.Chat(ctx, id)
	if err != nil {
		return false, err
	}
	ok, err := g.digestDue(ctx, c, g.Now(), nil)
	if ok && g.Notify != nil {
		g.Notify()
	}
	return ok, err
}

func (g *Digester) digestDue(ctx context.Context, c *digest.Chat, now time.Time, rc *readCache) (bool, error) {
	if !c.Receiving() {
		return false, nil
	}
	slot, key, err := Slot(c.DigestTime, c.Timezone, now)
	if err != nil {
		return false, fmt.Errorf("chat %d: %w", c.ID, err)
	}
	if !due(c, slot) {
		return false, nil
	}
	return g.make(ctx, c, slot, key, rc)
}

// make composes chat c's digest of the entries new since its last one and
// writes it to the outbox under key. An empty digest is written as a
// record with no messages (so the day counts as served), or as one
// "nothing new" message when the chat asked for that. It returns false
// when the chat already has a digest with this key.
func (g *Digester) make(ctx context.Context, c *digest.Chat, now time.Time, key string, rc *readCache) (bool, error) {
	d, last, err := g.compose(ctx, c, now, rc)
	if err != nil {
		return false, fmt.Errorf("chat %d: new entries: %w", c.ID, err)
	}
	var msgs []digest.Message
	if !d.Empty() || c.NothingNew || d.Others > 0 {
		for i, text := range d.HTML() {
			msgs = append(msgs, digest.Message{ChatID: c.ID, DigestKey: key, Seq: i + 1, Text: text})
		}
	}
	err = g.Store.EnqueueDigest(ctx, c.ID, key, last, msgs)
	switch {
	case digest.ErrorCode(err) == digest.ECONFLICT:
		return false, nil
	case err != nil:
		return false, fmt.Errorf("chat %d: %w", c.ID, err)
	}
	g.Log.Info("digest_made", slog.Int64("chat_id", c.ID), slog.String("key", key),
		slog.Int64("last_entry", last), slog.Int("messages", len(msgs)))
	if g.Made != nil {
		g.Made(c.ID, len(msgs))
	}
	return true, nil
}

// compose makes chat c's digest of what is new since its last one, and
// returns it with the newest entry id it covers. It reads the new entries
// in the order they were stored, at most digestLimit: what it could not
// read waits for the next digest (the digest says how many) instead of
// being passed over. A chat that follows speakers sees only theirs and a
// count of the rest; muted speakers are left out.
func (g *Digester) compose(ctx context.Context, c *digest.Chat, now time.Time, rc *readCache) (*digest.Digest, int64, error) {
	loc, err := time.LoadLocation(c.Timezone)
	if err != nil {
		loc = time.UTC
	}
	opts := digest.ComposeOptions{Now: now, Location: loc, Follows: c.Follows, MaxEntries: g.MaxEntries, MoreCommand: "/latest %d", MoreMax: bot.LatestMax, MoreSpeakerCommand: "/timeline %s"}
	upTo, err := g.Store.MaxEntryID(ctx)
	if err != nil {
		return nil, 0, err
	}
	q := digest.NewQuery{AfterID: firstAfter(c, upTo), UpTo: upTo, Speakers: c.Follows, Muted: c.Mutes, Limit: digestLimit}
	entries, total, err := rc.newEntries(ctx, g.Store, q)
	if err != nil {
		return nil, 0, err
	}
	last := max(upTo, c.LastEntry)
	if total > len(entries) { // the rest waits: cover only what was read
		last = entries[len(entries)-1].ID
		opts.Unread = total - len(entries)
	}
	if len(c.Follows) > 0 {
		if opts.Others, err = g.Store.CountOthers(ctx, q.AfterID, last, c.Follows, c.Mutes); err != nil {
			return nil, 0, err
		}
		opts.OthersCommand = "/latest, or /unfollow to see everyone"
	}
	return digest.Compose(entries, opts), last, nil
}

// firstAfter returns the entry id a chat's digest reads after: its last
// digest's, or for a chat that never had one, the start of the newest
// digestLimit statements stored (a chat that subscribes to a store of
// years starts with the news, not with its oldest statements).
func firstAfter(c *digest.Chat, upTo int64) int64 {
	if c.LastEntry == 0 && c.LastDigest.IsZero() {
		return max(0, upTo-int64(digestLimit))
	}
	return c.LastEntry
}

// readCache keeps the new statements read for one fan-out, by query: the
// chats of one run mostly ask for the same ones. Compose copies what it
// changes, so chats share what was read. A nil cache reads every time.
type readCache struct {
	mu sync.Mutex
	m  map[string]cachedRead
}

type cachedRead struct {
	entries []digest.Entry
	total   int
}

// newEntries returns what the store's NewEntries returns for q, read once
// per cache.
func (rc *readCache) newEntries(ctx context.Context, st Stores, q digest.NewQuery) ([]digest.Entry, int, error) {
	if rc == nil {
		return readNew(ctx, st, q)
	}
	key := fmt.Sprint(q.AfterID, q.UpTo, q.Speakers, q.Muted, q.Limit)
	rc.mu.Lock()
	defer rc.mu.Unlock()
	if r, ok := rc.m[key]; ok {
		return r.entries, r.total, nil
	}
	entries, total, err := readNew(ctx, st, q)
	if err != nil {
		return nil, 0, err
	}
	rc.m[key] = cachedRead{entries, total}
	return entries, total, nil
}

// readNew reads the new entries q selects and finds the questions their
// short answers answer.
func readNew(ctx context.Context, st Stores, q digest.NewQuery) ([]digest.Entry, int, error) {
	entries, total, err := st.NewEntries(ctx, q)
	if err != nil {
		return nil, 0, err
	}
	if err := digest.AddClippingFacts(ctx, st, entries); err != nil {
		return nil, 0, err
	}
	return entries, total, nil
}
