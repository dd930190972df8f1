package store

import (
	"context"
	"database/sql"
	"fmt"
)

// Incremental merging of the full-text index. Each save transaction leaves
// a segment; FTS5's automerge folds a level once it holds four, so a
// long-running daemon's index keeps a dozen or so segments at a million
// statements, and every phrase query seeks through each of them. TidyIndex
// merges a level as soon as it holds two (usermerge 2), a bounded amount
// at a time, so the index stays at about one segment per level without
// the whole-index rewrite of Optimize.
const (
	// tidyPages is how many leaf pages one merge step writes at most
	// (about 4 MB at the default page size): one step holds the writer
	// for tens of milliseconds, not seconds.
	tidyPages = 1000
	// tidyUserMerge is the number of segments on one level that makes
	// the level worth merging.
	tidyUserMerge = 2
)

// TidyIndex runs at most steps incremental merges of the full-text index,
// each in its own write transaction, and returns how many did work; it
// stops early once there is nothing left to merge. Run it after saves
// that added entries.
func (s *Store) TidyIndex(ctx context.Context, steps int) (int, error) {
	did := 0
	for range steps {
		worked := false
		err := s.write(ctx, func(tx *sql.Tx) error {
			if _, err := tx.ExecContext(ctx, `INSERT INTO entry_fts (entry_fts, rank) VALUES ('usermerge', ?)`, tidyUserMerge); err != nil {
				return err
			}
			var before, after int64
			if err := tx.QueryRowContext(ctx, `SELECT total_changes()`).Scan(&before); err != nil {
				return err
			}
			if _, err := tx.ExecContext(ctx, `INSERT INTO entry_fts (entry_fts, rank) VALUES ('merge', ?)`, tidyPages); err != nil {
				return err
			}
			if err := tx.QueryRowContext(ctx, `SELECT total_changes()`).Scan(&after); err != nil {
				return err
			}
			// FTS5: a merge that changed fewer than two rows found
			// nothing to merge.
			worked = after-before >= 2
			return nil
		})
		if err != nil {
			return did, fmt.Errorf("store: tidy the full-text index: %w", err)
		}
		if !worked {
			break
		}
		did++
	}
	return did, nil
}

// IndexSegments returns how many segments the full-text index has.
func (s *Store) IndexSegments(ctx context.Context) (int, error) {
	var n int
	if err := s.rdb.QueryRowContext(ctx, `SELECT count(DISTINCT segid) FROM entry_fts_idx`).Scan(&n); err != nil {
		return 0, fmt.Errorf("store: count index segments: %w", err)
	}
	return n, nil
}

// DefaultAutomerge is FTS5's own automerge: a level of the full-text
// index is merged once it holds four segments.
const DefaultAutomerge = 4

// SetIndexAutomerge sets FTS5's automerge for the full-text index, which
// the database keeps: DefaultAutomerge, or 0 to save a bulk of clippings
// without merging as it goes, before one merge of the whole index
// (Optimize, or TidyIndex's steps).
func (s *Store) SetIndexAutomerge(ctx context.Context, n int) error {
	return s.write(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO entry_fts (entry_fts, rank) VALUES ('automerge', ?)`, n)
		return err
	})
}
