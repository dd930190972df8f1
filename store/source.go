package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// FetchState is what the collector remembers about one source between
// runs: the validators for a conditional GET and its backoff after errors.
type FetchState struct {
	Source       string    // "feed:<url>"
	ETag         string    // last ETag the server sent
	LastModified string    // last Last-Modified the server sent
	Failures     int       // consecutive failed fetches
	NextTry      time.Time // not before this time
	LastOK       time.Time // last successful fetch
	LastError    string    // why the last fetch failed ("" after a success)
}

// FetchState returns the state of source, or a zero FetchState (with Source
// set) when it was never fetched.
func (s *Store) FetchState(ctx context.Context, source string) (FetchState, error) {
	st := FetchState{Source: source}
	var next, ok string
	err := s.rdb.QueryRowContext(ctx, `SELECT etag, last_modified, failures, next_try, last_ok, last_error
		FROM fetch_state WHERE source = ?`, source).
		Scan(&st.ETag, &st.LastModified, &st.Failures, &next, &ok, &st.LastError)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return st, nil
	case err != nil:
		return st, fmt.Errorf("store: fetch state %s: %w", source, err)
	}
	st.NextTry, st.LastOK = parseTime(next), parseTime(ok)
	return st, nil
}

// SaveFetchState inserts or replaces the state of st.Source.
func (s *Store) SaveFetchState(ctx context.Context, st FetchState) error {
	_, err := s.db.ExecContext(ctx, `INSERT INTO fetch_state
		(source, etag, last_modified, failures, next_try, last_ok, last_error) VALUES (?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (source) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified,
			failures = excluded.failures, next_try = excluded.next_try, last_ok = excluded.last_ok,
			last_error = excluded.last_error`,
		st.Source, st.ETag, st.LastModified, st.Failures, fmtTime(st.NextTry), fmtTime(st.LastOK), st.LastError)
	if err != nil {
		return fmt.Errorf("store: save fetch state %s: %w", st.Source, err)
	}
	return nil
}

// Seen returns the signature recorded for an item of a source (a feed
// item's GUID, an inbox file's path) and whether one was recorded.
func (s *Store) Seen(ctx context.Context, source, key string) (sig string, ok bool, err error) {
	err = s.rdb.QueryRowContext(ctx, `SELECT sig FROM source_items WHERE source = ? AND key = ?`, source, key).Scan(&sig)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return "", false, nil
	case err != nil:
		return "", false, fmt.Errorf("store: seen %s %s: %w", source, key, err)
	}
	return sig, true, nil
}

// MarkSeen records that an item of a source was taken in, with a signature
// that tells a later change apart.
func (s *Store) MarkSeen(ctx context.Context, source, key, sig string) error {
	_, err := s.db.ExecContext(ctx, `INSERT INTO source_items (source, key, sig, seen) VALUES (?, ?, ?, ?)
		ON CONFLICT (source, key) DO UPDATE SET sig = excluded.sig, seen = excluded.seen`,
		source, key, sig, fmtTime(s.now()))
	if err != nil {
		return fmt.Errorf("store: mark seen %s %s: %w", source, key, err)
	}
	return nil
}
