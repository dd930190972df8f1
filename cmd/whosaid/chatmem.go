package main

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/whosaid/whosaid/digest"
	"github.com/whosaid/whosaid/store"
)

// chatStore is the store `whosaid chat` hands the bot: statements are read
// from the database (and /add writes clippings to it), while watches, like
// chat settings (memChats), live in memory for the session, so that trying
// /watch in a terminal leaves nothing behind in a database a daemon may be
// alerting from.
type chatStore struct {
	*store.Store
	chats *memChats

	mu      sync.Mutex
	watches []digest.Watch // oldest first
	lastID  int64
}

var (
	_ digest.StatementStore = (*chatStore)(nil)
	_ digest.WatchStore     = (*chatStore)(nil)
	_ digest.ClippingReader = (*chatStore)(nil)
)

func newChatStore(st *store.Store, chats *memChats) *chatStore {
	return &chatStore{Store: st, chats: chats}
}

// AddWatch keeps w for the session, checked from the newest entry stored
// now on; a chat keeps at most digest.MaxWatches.
func (s *chatStore) AddWatch(ctx context.Context, w *digest.Watch) error {
	newest, err := s.MaxEntryID(ctx)
	if err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	n := 0
	for _, o := range s.watches {
		if o.ChatID == w.ChatID {
			n++
		}
	}
	if n >= digest.MaxWatches {
		return digest.Errorf(digest.EINVALID, "This chat has %d watches, the most it may keep: /unwatch one first.", n)
	}
	s.lastID++
	w.ID, w.LastEntry, w.Created = s.lastID, newest, time.Now()
	s.watches = append(s.watches, *w)
	return nil
}

// Watches returns a chat's watches, oldest first.
func (s *chatStore) Watches(ctx context.Context, chatID int64) ([]digest.Watch, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []digest.Watch
	for _, w := range s.watches {
		if w.ChatID == chatID {
			out = append(out, w)
		}
	}
	return out, nil
}

// DeleteWatch removes a chat's watch; ENOTFOUND when it has none with id.
func (s *chatStore) DeleteWatch(ctx context.Context, chatID, id int64) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	for i, w := range s.watches {
		if w.ChatID == chatID && w.ID == id {
			s.watches = append(s.watches[:i], s.watches[i+1:]...)
			return nil
		}
	}
	return digest.Errorf(digest.ENOTFOUND, "This chat has no watch %d.", id)
}

// ActiveWatches returns the watches of the chats that are subscribed and
// active.
func (s *chatStore) ActiveWatches(ctx context.Context) ([]digest.Watch, error) {
	chats, err := s.chats.Chats(ctx)
	if err != nil {
		return nil, err
	}
	receiving := map[int64]bool{}
	for _, c := range chats {
		receiving[c.ID] = c.Subscribed && c.Active
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []digest.Watch
	for _, w := range s.watches {
		if receiving[w.ChatID] {
			out = append(out, w)
		}
	}
	return out, nil
}

// RestartWatches moves a chat's watches to the newest entry stored and
// returns how many it has.
func (s *chatStore) RestartWatches(ctx context.Context, chatID int64) (int, error) {
	newest, err := s.MaxEntryID(ctx)
	if err != nil {
		return 0, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	n := 0
	for i := range s.watches {
		if w := &s.watches[i]; w.ChatID == chatID {
			w.LastEntry = max(w.LastEntry, newest)
			n++
		}
	}
	return n, nil
}

// EnqueueAlert refuses: the terminal chat runs no alert job and has no
// outbox, and the database's outbox is a daemon's to deliver.
func (s *chatStore) EnqueueAlert(ctx context.Context, w digest.Watch, upTo int64, msgs []digest.Message) error {
	return fmt.Errorf("whosaid chat: alerts are not sent from the terminal (watch %d)", w.ID)
}

// memChats keeps chat settings in memory, so that trying the bot in the
// terminal adds no chat to a database a daemon may be delivering from.
type memChats struct {
	mu    sync.Mutex
	chats map[int64]digest.Chat
}

func newMemChats() *memChats { return &memChats{chats: map[int64]digest.Chat{}} }

func (m *memChats) Chat(ctx context.Context, id int64) (*digest.Chat, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	c, ok := m.chats[id]
	if !ok {
		return nil, digest.Errorf(digest.ENOTFOUND, "no chat %d", id)
	}
	c.Follows = append([]int64(nil), c.Follows...)
	return &c, nil
}

func (m *memChats) SaveChat(ctx context.Context, c *digest.Chat) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	cc := *c
	cc.Follows = append([]int64(nil), c.Follows...)
	m.chats[c.ID] = cc
	return nil
}

func (m *memChats) Chats(ctx context.Context) ([]digest.Chat, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	var out []digest.Chat
	for _, c := range m.chats {
		out = append(out, c)
	}
	return out, nil
}

func (m *memChats) MigrateChat(ctx context.Context, from, to int64) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	c, ok := m.chats[from]
	if !ok {
		return digest.Errorf(digest.ENOTFOUND, "no chat %d", from)
	}
	delete(m.chats, from)
	c.ID = to
	m.chats[to] = c
	return nil
}

func (m *memChats) DeactivateChat(ctx context.Context, id int64, reason string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	c, ok := m.chats[id]
	if !ok {
		return digest.Errorf(digest.ENOTFOUND, "no chat %d", id)
	}
	c.Active, c.Inactive = false, reason
	m.chats[id] = c
	return nil
}
