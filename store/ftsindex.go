// Keeping the full-text index in step with the entries a save writes.

package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"slices"
)

// ftsRow is what the full-text index holds of an entry.
type ftsRow struct {
	id, key                             int64
	content, names, context, sid, pairs string
}

// reindex replaces an entry's row in the full-text index (FTS5 external
// content wants the old values to delete; a row still pending in this
// transaction is replaced in ss.fts) and its key and context in entries.
func (s *Store) reindex(ctx context.Context, tx *sql.Tx, ss *saveState, old, next ftsRow) error {
	if _, pending := ss.fts[old.key]; pending {
		delete(ss.fts, old.key)
	} else {
		if ss.ftsGone == nil {
			ss.ftsGone = map[int64]ftsRow{}
		}
		ss.ftsGone[old.key] = old
	}
	if _, err := s.txExec(ctx, tx, sqlEntryReindex, next.context, next.pairs, next.key, next.id); err != nil {
		return err
	}
	ss.fts[next.key] = next
	return nil
}

// indexPending adds the transaction's new full-text rows in ascending key
// order. FTS5 writes its pending terms out as a new segment whenever a
// rowid is not above the last one written, and keys are chronological, not
// in the order statements arrive: in key order a batch makes one segment,
// not dozens to merge. The rows are read from entries, which holds exactly
// what the index is given (external content), by one statement: the text is
// not copied from Go a second time, and there is one round trip a batch.
func (s *Store) indexPending(ctx context.Context, tx *sql.Tx, ss *saveState) error {
	if len(ss.fts) == 0 && len(ss.ftsGone) == 0 {
		return nil
	}
	keys := make([]int64, 0, len(ss.fts)+len(ss.ftsGone))
	for k := range ss.fts {
		keys = append(keys, k)
	}
	if len(ss.ftsGone) > 0 {
		// A statement of several rows into FTS5 opens a savepoint, at
		// which FTS5 writes out what it has pending (the deletions) as a
		// segment of its own; so does a row whose key is below the last
		// one given, deletion or not. One row at a time and in key order
		// (a key's deletion before its new row), the deletions and the
		// rows go into one segment at commit: deleted as they came, a
		// batch that re-indexed entries out of key order left a segment
		// a deletion, and FTS5 merged them in the middle of the save.
		for k := range ss.ftsGone {
			if _, ok := ss.fts[k]; !ok {
				keys = append(keys, k)
			}
		}
		slices.Sort(keys)
		for _, k := range keys {
			if old, ok := ss.ftsGone[k]; ok {
				if _, err := s.txExec(ctx, tx, sqlDeleteFTS, old.key, old.content, old.names, old.context, old.sid, old.pairs); err != nil {
					return err
				}
			}
			if e, ok := ss.fts[k]; ok {
				if _, err := s.txExec(ctx, tx, sqlInsertFTSRow, e.key, e.content, e.names, e.context, e.sid, e.pairs); err != nil {
					return err
				}
			}
		}
		return nil
	}
	slices.Sort(keys)
	list, err := json.Marshal(keys)
	if err != nil {
		return err
	}
	r, err := s.txExec(ctx, tx, sqlInsertFTS, string(list))
	if err != nil {
		return err
	}
	if n, err := r.RowsAffected(); err == nil && n != int64(len(keys)) {
		return fmt.Errorf("store: full-text index: %d of %d entries found", n, len(keys))
	}
	return nil
}
