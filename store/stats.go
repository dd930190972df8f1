package store

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/whosaid/whosaid/digest"
)

// Outlets returns the outlets in the store with their clipping counts, most
// clippings first.
func (s *Store) Outlets(ctx context.Context) ([]digest.OutletCount, error) {
	rows, err := s.rdb.QueryContext(ctx, `SELECT outlet, count(*) FROM clippings WHERE outlet != ''
		GROUP BY outlet ORDER BY count(*) DESC, outlet`)
	if err != nil {
		return nil, fmt.Errorf("store: outlets: %w", err)
	}
	defer rows.Close()
	var out []digest.OutletCount
	for rows.Next() {
		var o digest.OutletCount
		if err := rows.Scan(&o.Outlet, &o.Clippings); err != nil {
			return nil, fmt.Errorf("store: outlets: %w", err)
		}
		out = append(out, o)
	}
	return out, rows.Err()
}

// Stats returns the store's counts.
func (s *Store) Stats(ctx context.Context) (digest.Stats, error) {
	var st digest.Stats
	var last string
	err := s.read(ctx, func(tx *sql.Tx) error {
		return tx.QueryRowContext(ctx, `SELECT
			(SELECT count(*) FROM clippings),
			(SELECT count(*) FROM entries),
			(SELECT count(*) FROM speakers WHERE statements > 0),
			(SELECT count(*) FROM chats WHERE subscribed AND active),
			(SELECT count(*) FROM deliveries WHERE state = ?),
			(SELECT count(*) FROM deliveries WHERE state = ?),
			(SELECT count(*) FROM deliveries WHERE state = ?),
			(SELECT coalesce(max(created), '') FROM digests)`,
			digest.MessageSent, digest.MessageFailed, digest.MessagePending).Scan(
			&st.Clippings, &st.Statements, &st.Speakers, &st.Chats,
			&st.MessagesSent, &st.MessagesFailed, &st.MessagesPending, &last)
	})
	if err != nil {
		return digest.Stats{}, fmt.Errorf("store: stats: %w", err)
	}
	st.LastDigest = parseTime(last)
	return st, nil
}
