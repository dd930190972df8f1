package digest

import (
	"context"
	"strings"
	"time"
)

// Watch is a chat's standing request: an alert as soon as a new statement
// matches Query (words or "phrases", all required), said by SpeakerID when
// it is not 0.
type Watch struct {
	ID        int64
	ChatID    int64
	Query     string
	SpeakerID int64
	Speaker   string // the speaker's name when the watch was made
	LastEntry int64  // the newest entry id the watch has been checked against
	Created   time.Time
}

// Label returns the watch as a chat sees it: `"nowhere fast" by Dmitry Peskov`.
func (w *Watch) Label() string {
	q := strings.TrimSpace(w.Query)
	switch {
	case q == "":
		return "anything by " + w.Speaker
	case w.Speaker != "":
		return q + " by " + w.Speaker
	}
	return q
}

// NewQuery selects the entries stored since a chat's last digest.
type NewQuery struct {
	AfterID  int64   // entries with a higher id
	UpTo     int64   // and no higher than this; no bound when 0
	Speakers []int64 // by any of these speakers; anyone when empty
	Muted    []int64 // by none of these
	Limit    int     // at most this many, oldest stored first
}

// WatchStore keeps watches and finds what they match. Implemented by
// store.Store.
type WatchStore interface {
	// AddWatch stores w for its chat, checked from the newest entry stored
	// now on, and sets its ID and LastEntry. A chat has at most MaxWatches.
	AddWatch(ctx context.Context, w *Watch) error
	// Watches returns a chat's watches, oldest first.
	Watches(ctx context.Context, chatID int64) ([]Watch, error)
	// DeleteWatch removes a chat's watch; ENOTFOUND when it has none with id.
	DeleteWatch(ctx context.Context, chatID, id int64) error
	// ActiveWatches returns the watches of the subscribed chats Telegram
	// still delivers to.
	ActiveWatches(ctx context.Context) ([]Watch, error)
	// RestartWatches moves a chat's watches to the newest entry stored,
	// for a chat that comes back, and returns how many it has.
	RestartWatches(ctx context.Context, chatID int64) (int, error)
	// WatchMatches returns the entries stored after w.LastEntry, up to
	// upTo, that match w, oldest first, at most limit, leaving out muted
	// speakers.
	WatchMatches(ctx context.Context, w Watch, muted []int64, upTo int64, limit int) ([]Entry, error)
	// MaxEntryID returns the newest entry id, 0 in an empty store.
	MaxEntryID(ctx context.Context) (int64, error)
	// EnqueueAlert writes msgs to the outbox and moves the watch's
	// LastEntry from from to upTo, in one transaction. When the watch no
	// longer stands at from (another run moved it, or it was removed),
	// nothing is written and ECONFLICT is returned.
	EnqueueAlert(ctx context.Context, w Watch, upTo int64, msgs []Message) error
}

// MaxWatches is how many watches one chat may keep.
const MaxWatches = 20

// Alert renders the entries a watch matched as Telegram HTML messages:
// the newest stories first, each story's statements in text order.
func Alert(w Watch, entries []Entry, now time.Time, loc *time.Location) []string {
	d := Latest(entries, ComposeOptions{Title: "🔔 " + typographic(w.Label(), false), Now: now, Location: loc, MaxEntries: -1})
	d.plainTitle = true
	return d.HTML()
}
