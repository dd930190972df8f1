package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"github.com/whosaid/whosaid/digest"
)

// newWhere returns the conditions and arguments selecting the entries after
// afterID (up to upTo when it is not 0) by any of speakers (anyone when empty) and none of muted.
func newWhere(afterID, upTo int64, speakers, muted []int64) (string, []any) {
	where := []string{`id > ?`}
	args := []any{afterID}
	if upTo > 0 {
		where = append(where, `id <= ?`)
		args = append(args, upTo)
	}
	if len(speakers) > 0 {
		where = append(where, `speaker_id IN (`+placeholders(len(speakers))+`)`)
		args = append(args, int64Args(speakers)...)
	}
	if len(muted) > 0 {
		where = append(where, `speaker_id NOT IN (`+placeholders(len(muted))+`)`)
		args = append(args, int64Args(muted)...)
	}
	return strings.Join(where, " AND "), args
}

// NewEntries returns the entries q selects, the first stored first, at most
// q.Limit, and how many it selects in all (counted only when there are
// more than the limit: otherwise the number returned). A digest reads what
// is new in the order it came, so what it could not read waits for the
// next one instead of being passed over.
func (s *Store) NewEntries(ctx context.Context, q digest.NewQuery) ([]digest.Entry, int, error) {
	limit := q.Limit
	if limit <= 0 {
		limit = DefaultLimit
	}
	where, args := newWhere(q.AfterID, q.UpTo, q.Speakers, q.Muted)
	var entries []digest.Entry
	total := 0
	err := s.read(ctx, func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx, `SELECT id FROM entries WHERE `+where+` ORDER BY id LIMIT ?`, append(args, limit)...)
		if err != nil {
			return err
		}
		ids, err := scanIDs(rows)
		if err != nil {
			return err
		}
		total = len(ids)
		if len(ids) == limit {
			if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM entries WHERE `+where, args...).Scan(&total); err != nil {
				return err
			}
		}
		entries, err = loadEntries(ctx, tx, ids)
		return err
	})
	if err != nil {
		return nil, 0, fmt.Errorf("store: new entries: %w", err)
	}
	return entries, total, nil
}

// CountOthers returns how many entries stored in (afterID, upTo] are by
// none of speakers and none of muted: what a chat that follows speakers
// was not shown.
func (s *Store) CountOthers(ctx context.Context, afterID, upTo int64, speakers, muted []int64) (int, error) {
	where, args := newWhere(afterID, upTo, nil, append(append([]int64(nil), speakers...), muted...))
	var n int
	err := s.rdb.QueryRowContext(ctx, `SELECT count(*) FROM entries WHERE `+where, args...).Scan(&n)
	if err != nil {
		return 0, fmt.Errorf("store: count others: %w", err)
	}
	return n, nil
}

// queryEntries runs a query of entry ids and loads those entries, in the
// query's order.
func queryEntries(ctx context.Context, tx *sql.Tx, query string, args ...any) ([]digest.Entry, error) {
	rows, err := tx.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	ids, err := scanIDs(rows)
	if err != nil {
		return nil, err
	}
	return loadEntries(ctx, tx, ids)
}
