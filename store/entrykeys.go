package store

import (
	"context"
	"database/sql"
	"fmt"
	"strconv"
)

// entryKeySet is the writer's memory of which (speaker, content key) pairs
// have an entry, as 64-bit hashes, so that saving a statement new to the
// store (the common case) takes no lookup query. It may hold more than the
// database (a hash collision, or a key added by a transaction that rolled
// back): a hit is checked with a query, and only a miss is trusted. It is
// loaded again whenever another connection (another process) has committed
// since it looked (PRAGMA data_version), so a miss is never wrong. Only the
// writer, under Store.saveMu, uses it.
type entryKeySet struct {
	loaded  bool // aliases and surnames as of version
	version int64
	// set is nil until loading it costs less than the lookups made so far
	// (a million entries take about 2 s): a store that saves a few
	// clippings into a large database does not pay for it.
	set     map[uint64]struct{}
	lookups int64 // entry lookup queries made
	// The same for speakers' folded aliases and surnames, so that a new
	// spelling costs no alias or surname query that would find nothing.
	aliases, surnames map[string]struct{}
}

// entryLoadRatio is about how many entry keys load in the time of one
// lookup query.
const entryLoadRatio = 25

const (
	sqlEntryKeys   = `SELECT speaker_id, content_key FROM entries` // by the (speaker_id, content_key) index alone
	sqlAliasKeys   = `SELECT key FROM speaker_aliases`
	sqlSurnames    = `SELECT DISTINCT surname FROM speakers`
	sqlDataVersion = `PRAGMA data_version`
)

// syncEntryKeys loads what the writer remembers when it has not, or the
// database was changed by another connection since it looked. It runs at
// the start of a save transaction, which holds the write lock, so nothing
// changes underneath.
func (s *Store) syncEntryKeys(ctx context.Context, tx *sql.Tx) error {
	k := &s.entryKeys
	var version int64
	if err := s.txQueryRow(ctx, tx, sqlDataVersion).Scan(&version); err != nil {
		return fmt.Errorf("data version: %w", err)
	}
	if !k.loaded || version != k.version || !s.nearDups.loaded {
		if err := s.nearDups.sync(ctx, tx); err != nil {
			return err
		}
	}
	if !k.loaded || version != k.version {
		aliases, err := loadStrings(ctx, tx, sqlAliasKeys)
		if err != nil {
			return fmt.Errorf("load alias keys: %w", err)
		}
		surnames, err := loadStrings(ctx, tx, sqlSurnames)
		if err != nil {
			return fmt.Errorf("load surnames: %w", err)
		}
		k.aliases, k.surnames, k.version, k.loaded, k.set = aliases, surnames, version, true, nil
	}
	if k.set != nil {
		return nil
	}
	var next int64
	if err := s.txQueryRow(ctx, tx, sqlNextEntryID).Scan(&next); err != nil {
		return fmt.Errorf("count entries: %w", err)
	}
	if k.lookups*entryLoadRatio < next-1 {
		return nil
	}
	rows, err := tx.QueryContext(ctx, sqlEntryKeys)
	if err != nil {
		return fmt.Errorf("load entry keys: %w", err)
	}
	defer rows.Close()
	set := make(map[uint64]struct{}, next)
	for rows.Next() {
		var speaker int64
		var key string
		if err := rows.Scan(&speaker, &key); err != nil {
			return fmt.Errorf("load entry keys: %w", err)
		}
		set[entryHash(speaker, key)] = struct{}{}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("load entry keys: %w", err)
	}
	k.set = set
	return nil
}

// loadStrings reads a one-column query into a set.
func loadStrings(ctx context.Context, tx *sql.Tx, query string) (map[string]struct{}, error) {
	rows, err := tx.QueryContext(ctx, query)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	set := make(map[string]struct{})
	for rows.Next() {
		var v string
		if err := rows.Scan(&v); err != nil {
			return nil, err
		}
		set[v] = struct{}{}
	}
	return set, rows.Err()
}

// mayHaveAlias reports whether a speaker alias folded as key may exist:
// false means it does not.
func (k *entryKeySet) mayHaveAlias(key string) bool {
	if !k.loaded {
		return true
	}
	_, ok := k.aliases[key]
	return ok
}

// mayHaveSurname is mayHaveAlias for a speaker's folded surname.
func (k *entryKeySet) mayHaveSurname(surname string) bool {
	if !k.loaded {
		return true
	}
	_, ok := k.surnames[surname]
	return ok
}

// addSpeaker records an alias key and a surname the current transaction
// stored.
func (k *entryKeySet) addSpeaker(alias, surname string) {
	if !k.loaded {
		return
	}
	if alias != "" {
		k.aliases[alias] = struct{}{}
	}
	if surname != "" {
		k.surnames[surname] = struct{}{}
	}
}

// mayHave reports whether an entry of speaker with content key may exist:
// false means it does not.
func (k *entryKeySet) mayHave(speaker int64, key string) bool {
	if k.set == nil {
		return true
	}
	_, ok := k.set[entryHash(speaker, key)]
	return ok
}

// add records a pair the current transaction stored.
func (k *entryKeySet) add(speaker int64, key string) {
	if k.set != nil {
		k.set[entryHash(speaker, key)] = struct{}{}
	}
}

// entryHash mixes a speaker id into the leading 64 bits of a content key
// (hex of a SHA-256 prefix; any other text is hashed whole).
func entryHash(speaker int64, key string) uint64 {
	var h uint64
	if len(key) >= 16 {
		h, _ = strconv.ParseUint(key[:16], 16, 64)
	}
	if h == 0 {
		// Not a hex key: FNV-1a over the text.
		h = 14695981039346656037
		for i := 0; i < len(key); i++ {
			h = (h ^ uint64(key[i])) * 1099511628211
		}
	}
	return h ^ uint64(speaker)*0x9E3779B97F4A7C15
}

// forgetEntryKeys drops the writer's memory of entry keys, for a write that
// adds entries without it; the next save loads it again.
func (s *Store) forgetEntryKeys() {
	s.saveMu.Lock()
	s.entryKeys = entryKeySet{}
	s.nearDups = nearDupIndex{}
	s.saveMu.Unlock()
}
