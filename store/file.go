package store

import (
	"context"
	"database/sql"
	"fmt"
	"time"
)

// FileState is what the store remembers of a file it ingested, so a re-run
// (after an interruption, or on an inbox folder) skips files it has done.
type FileState struct {
	Path       string
	Size       int64
	ModTime    time.Time
	ClippingID int64  // 0 when the file gave no clipping
	Error      string // why the file could not be read, when it could not
}

// FileDone reports whether the file at path with this size and
// modification time was already ingested (successfully or not).
func (s *Store) FileDone(ctx context.Context, path string, size int64, mod time.Time) (bool, error) {
	var n int
	err := s.rdb.QueryRowContext(ctx, `SELECT count(*) FROM ingested_files WHERE path = ? AND size = ? AND mtime = ?`,
		path, size, mod.UnixNano()).Scan(&n)
	if err != nil {
		return false, fmt.Errorf("store: file %s: %w", path, err)
	}
	return n > 0, nil
}

// RecordFile remembers that a file was ingested. It is written after the
// clipping is saved: a crash between the two makes the next run read the
// file again and find its clipping a duplicate.
func (s *Store) RecordFile(ctx context.Context, f FileState) error {
	err := s.write(ctx, func(tx *sql.Tx) error { return s.recordFile(ctx, tx, f) })
	if err != nil {
		return fmt.Errorf("store: record file %s: %w", f.Path, err)
	}
	return nil
}

// recordFile is RecordFile within a transaction.
func (s *Store) recordFile(ctx context.Context, tx *sql.Tx, f FileState) error {
	_, err := s.txExec(ctx, tx, sqlRecordFile, f.Path, f.Size, f.ModTime.UnixNano(), f.ClippingID, f.Error, fmtTime(s.now()))
	return err
}

// sqlRecordFile inserts or updates a file's record.
const sqlRecordFile = `INSERT INTO ingested_files (path, size, mtime, clipping_id, error, at)
	VALUES (?, ?, ?, nullif(?, 0), ?, ?)
	ON CONFLICT (path) DO UPDATE SET size = excluded.size, mtime = excluded.mtime,
		clipping_id = excluded.clipping_id, error = excluded.error, at = excluded.at`
