package store

import (
	"context"
	"database/sql"
	"fmt"
	"strconv"
	"time"
)

// FileState is what the store remembers of a file it ingested, so a re-run
// (after an interruption, or on an inbox folder) skips files it has done.
// It is kept in source_items as source "file", the path its key.
type FileState struct {
	Path       string
	Size       int64
	ModTime    time.Time
	ClippingID int64  // 0 when the file gave no clipping
	Error      string // why the file could not be read, when it could not
}

// fileSource is the source_items source of files given to `whosaid ingest`.
const fileSource = "file"

// fileSig is the sig of a file of this size and modification time: a
// changed file is read again.
func fileSig(size int64, mod time.Time) string {
	return strconv.FormatInt(size, 10) + "/" + strconv.FormatInt(mod.UnixNano(), 10)
}

// DoneFiles is what the store had recorded of ingested files when it was
// read (Store.DoneFiles): each file's signature (fileSig) by path.
type DoneFiles map[string]string

// Done reports whether the file at path with this size and modification
// time was ingested (successfully or not).
func (d DoneFiles) Done(path string, size int64, mod time.Time) bool {
	sig, ok := d[path]
	return ok && sig == fileSig(size, mod)
}

// DoneFiles returns every file recorded as ingested, read at once: asked
// a file at a time while the writer saved, the store took about 60 us of
// CPU a file (3% of `whosaid ingest`'s CPU on the PolNeAR train texts).
// A file another process records later is not in it; reading that file
// again finds its clipping stored already.
func (s *Store) DoneFiles(ctx context.Context) (DoneFiles, error) {
	rows, err := s.rdb.QueryContext(ctx, `SELECT key, sig FROM source_items WHERE source = ?`, fileSource)
	if err != nil {
		return nil, fmt.Errorf("store: files done: %w", err)
	}
	defer rows.Close()
	done := DoneFiles{}
	for rows.Next() {
		var path, sig string
		if err := rows.Scan(&path, &sig); err != nil {
			return nil, fmt.Errorf("store: files done: %w", err)
		}
		done[path] = sig
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("store: files done: %w", err)
	}
	return done, nil
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
	_, err := s.txExec(ctx, tx, sqlRecordFile, fileSource, f.Path, fileSig(f.Size, f.ModTime), fmtTime(s.now()), f.ClippingID, f.Error)
	return err
}

// sqlRecordFile inserts or updates a file's record.
const sqlRecordFile = `INSERT INTO source_items (source, key, sig, seen, clipping_id, error)
	VALUES (?, ?, ?, ?, nullif(?, 0), ?)
	ON CONFLICT (source, key) DO UPDATE SET sig = excluded.sig, seen = excluded.seen,
		clipping_id = excluded.clipping_id, error = excluded.error`
