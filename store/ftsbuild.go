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
		s.asideWarned.Store(false) // a new load: its first failed copy is a warning
	}
	s.deferIndex = true
	// The saves' WAL is copied aside (checkpoint.go); failing that, the
	// writer keeps copying it itself.
	if err := s.pauseAutocheckpoint(context.Background()); err != nil {
		s.log.Warn("wal_autocheckpoint", slog.Any("error", err))
	}
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
// query planner's statistics, as Optimize does, and copies the WAL into
// the database (a copy that fails is logged, not returned: finishWAL).
func (s *Store) BuildIndex(ctx context.Context) error {
	s.saveMu.Lock()
	defer s.saveMu.Unlock()
	// The build holds the writer on one core while the other has nothing
	// to do: a reading connection copies the WAL into the database
	// meanwhile (checkpointAsideNext), first what the saves left, then,
	// while the writer runs ANALYZE, what the build wrote. The writer's own
	// automatic checkpoint stays off until the build ends (checkpoint.go),
	// or the build's commit would copy it all on the writer.
	if err := s.pauseAutocheckpoint(ctx); err != nil {
		return fmt.Errorf("store: build the full-text index: %w", err)
	}
	defer func() {
		if err := s.resumeAutocheckpoint(context.WithoutCancel(ctx)); err != nil {
			s.log.Warn("wal_autocheckpoint", slog.Any("error", err))
		}
	}()
	s.checkpointAsideNext(ctx)
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
	if err != nil {
		s.waitAside()
		return fmt.Errorf("store: build the full-text index: %w", err)
	}
	s.deferIndex = false
	unlockIndexing(s.path, s.indexing)
	s.indexing = nil
	n, err := s.IndexSegments(ctx)
	if err != nil {
		s.waitAside()
		return err
	}
	if n > 1 {
		s.waitAside()
		return s.Optimize(ctx)
	}
	// The copy of what the saves wrote may still run (their WAL is left
	// for it, up to asideFromBytes): the build's pages are copied after
	// it, and ANALYZE does not wait for either (it waited 0-19 ms for the
	// first in BenchmarkIngest).
	s.checkpointAsideNext(ctx)
	err = s.analyze(ctx)
	s.waitAside()
	if err != nil {
		return err
	}
	// What the copies left (ANALYZE's pages) goes into the database too;
	// the WAL file itself is not emptied, as Optimize does: after the
	// copies beside the writer it is as long as all the load wrote
	// (SQLite starts it over only when a write begins after a copy of all
	// of it), and truncating it on the writer cost more than the copies
	// saved (BenchmarkIngest: 518-521 -> 503-505 ms). Closing the store
	// deletes it; a store kept open writes over it. The index is
	// committed by now: a failed copy is only logged (finishWAL).
	s.finishWAL(ctx, "PASSIVE")
	return nil
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
