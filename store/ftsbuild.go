// Building the full-text index once, at the end of a bulk load, instead of
// row by row.

package store

import (
	"context"
	"database/sql"
	"fmt"
	"log/slog"

	"github.com/whosaid/whosaid/digest"
)

// A bulk load into a nearly empty store saves its entries without their
// full-text rows and builds the index from entries at its end, in key
// order: each term is tokenised once and written once, into one segment,
// where row by row every save's commit wrote a segment of its own and the
// final merge (Optimize) wrote them all again. Until the build, the index
// lacks rows, so every deferred save marks it stale (setting
// indexStaleKey) in its own transaction, and the build clears the mark in
// the transaction that writes the index; search refuses a stale index
// rather than miss what it lacks, and Open rebuilds one (a load killed
// before its build).
const indexStaleKey = "index_stale"

// buildHashSize is FTS5's hashsize during a build: the terms pending
// before they are written as a segment. At the default (1 MB) a build
// wrote a segment every 1 MB of terms; at this, a store of up to about
// 150,000 statements gets one segment, and a larger one a segment every
// 64 MB, merged by Optimize after.
const buildHashSize = 64 << 20

// defaultHashSize is FTS5's own hashsize, set back after a build.
const defaultHashSize = 1 << 20

const (
	sqlMarkIndexStale = `INSERT INTO settings (key, value) VALUES ('` + indexStaleKey + `', '1')
		ON CONFLICT (key) DO NOTHING`
	sqlIndexStale = `SELECT count(*) FROM settings WHERE key = '` + indexStaleKey + `'`
)

// DeferIndex makes this Store's saves leave the full-text index for
// BuildIndex, which must follow: until it does, search on the database
// (by any process) fails with an ECONFLICT error, and the next Open
// rebuilds the index. BuildIndex reads every entry, so defer only a load
// that adds far more than the store holds.
func (s *Store) DeferIndex() {
	s.saveMu.Lock()
	defer s.saveMu.Unlock()
	if !s.deferIndex {
		s.indexing = lockIndexing(s.path)
	}
	s.deferIndex = true
}

// markIndexStale records, in a save's transaction, that the index lacks
// the entries it saves.
func (s *Store) markIndexStale(ctx context.Context, tx *sql.Tx, ss *saveState) error {
	if len(ss.fts) == 0 && len(ss.ftsGone) == 0 {
		return nil
	}
	_, err := s.txExec(ctx, tx, sqlMarkIndexStale)
	return err
}

// BuildIndex writes the full-text index anew from entries, in one
// transaction that also clears the stale mark, ends DeferIndex, merges the
// index when the build wrote more than one segment, and refreshes the
// query planner's statistics, as Optimize does.
func (s *Store) BuildIndex(ctx context.Context) error {
	s.saveMu.Lock()
	defer s.saveMu.Unlock()
	// The build holds the writer on one core while the other has nothing
	// to do: a reading connection copies the WAL into the database
	// meanwhile (checkpointAside), first what the saves left, then, while
	// the writer runs ANALYZE, what the build wrote. The writer's own
	// automatic checkpoint is off until then, or the build's commit would
	// copy it all on the writer.
	var autocheckpoint int
	if err := s.db.QueryRowContext(ctx, `PRAGMA wal_autocheckpoint`).Scan(&autocheckpoint); err != nil {
		return fmt.Errorf("store: build the full-text index: %w", err)
	}
	if _, err := s.db.ExecContext(ctx, `PRAGMA wal_autocheckpoint = 0`); err != nil {
		return fmt.Errorf("store: build the full-text index: %w", err)
	}
	defer func() {
		if _, err := s.db.ExecContext(context.WithoutCancel(ctx), fmt.Sprintf(`PRAGMA wal_autocheckpoint = %d`, autocheckpoint)); err != nil {
			s.log.Warn("wal_autocheckpoint", slog.Any("error", err))
		}
	}()
	aside := s.checkpointAside(ctx)
	err := s.write(ctx, func(tx *sql.Tx) error {
		for _, q := range []string{
			fmt.Sprintf(`INSERT INTO entry_fts (entry_fts, rank) VALUES ('hashsize', %d)`, buildHashSize),
			`INSERT INTO entry_fts (entry_fts) VALUES ('delete-all')`,
			// In key order: FTS5 writes what it holds as a segment
			// whenever a rowid is not above the last one.
			`INSERT INTO entry_fts (rowid, content, names, context, sid, pairs)
				SELECT fts_key, content, names, context, sid, pairs FROM entries ORDER BY fts_key`,
			fmt.Sprintf(`INSERT INTO entry_fts (entry_fts, rank) VALUES ('hashsize', %d)`, defaultHashSize),
			`DELETE FROM settings WHERE key = '` + indexStaleKey + `'`,
		} {
			if _, err := tx.ExecContext(ctx, q); err != nil {
				return err
			}
		}
		return nil
	})
	aside()
	if err != nil {
		return fmt.Errorf("store: build the full-text index: %w", err)
	}
	s.deferIndex = false
	unlockIndexing(s.path, s.indexing)
	s.indexing = nil
	n, err := s.IndexSegments(ctx)
	if err != nil {
		return err
	}
	if n > 1 {
		return s.Optimize(ctx)
	}
	aside = s.checkpointAside(ctx)
	if _, err := s.db.ExecContext(ctx, `ANALYZE`); err != nil {
		aside()
		return fmt.Errorf("store: optimize: ANALYZE: %w", err)
	}
	aside()
	return s.checkpoint(ctx)
}

// checkpointAside starts copying the WAL's committed pages into the
// database on a reading connection, beside the writer (a passive
// checkpoint never blocks it), and returns a function that waits for the
// copy to end. The copy's failure is only logged: the writer's own
// checkpoint after it copies whatever this one left.
func (s *Store) checkpointAside(ctx context.Context) (wait func()) {
	done := make(chan struct{})
	go func() {
		defer close(done)
		if _, err := s.rdb.ExecContext(ctx, `PRAGMA wal_checkpoint(PASSIVE)`); err != nil {
			s.log.Debug("checkpoint_aside", slog.Any("error", err))
		}
	}()
	return func() { <-done }
}

// rebuildStaleIndex builds the index when a load that deferred it ended
// before building it (Open); not while one is still saving.
func (s *Store) rebuildStaleIndex(ctx context.Context) error {
	var stale int
	if err := s.db.QueryRowContext(ctx, sqlIndexStale).Scan(&stale); err != nil || stale == 0 {
		return err
	}
	if indexingElsewhere(s.path) {
		return nil // its BuildIndex will do
	}
	s.log.Warn("index_rebuild", "reason", "a bulk load ended before building the full-text index")
	if err := s.BuildIndex(ctx); err != nil {
		return err
	}
	unlockIndexing(s.path, lockIndexing(s.path)) // the killed load's file
	return nil
}

// indexReady returns an ECONFLICT error when the full-text index lacks
// entries (DeferIndex), checked in the read transaction of a search.
func indexReady(ctx context.Context, tx *sql.Tx) error {
	var stale int
	if err := tx.QueryRowContext(ctx, sqlIndexStale).Scan(&stale); err != nil {
		return err
	}
	if stale > 0 {
		return digest.Errorf(digest.ECONFLICT, "the search index is being built: an ingest into this database is running, or ended before building it (opening the database with whosaid, by any command but a read-only one, builds it)")
	}
	return nil
}
