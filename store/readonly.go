package store

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"net/url"
	"os"
	"strings"
	"time"

	"github.com/whosaid/whosaid/digest"
)

// OpenReadOnly opens the existing database at path for reading only: a
// file or folder the user may not write (a copy on read-only media, another
// user's database). Nothing is created or migrated; every write fails with
// SQLite's read-only error. A database that lacks migrations this whosaid
// has is refused with an EINVALID error saying to open it writable once; one
// from a newer whosaid with an ECONFLICT error, as Open does.
func OpenReadOnly(ctx context.Context, path string, opts ...Option) (*Store, error) {
	s := &Store{path: path, now: time.Now, log: slog.New(slog.DiscardHandler)}
	for _, o := range opts {
		o(s)
	}
	if err := checkHeader(path); err != nil {
		return nil, err
	}
	base := "file:" + (&url.URL{Path: path}).EscapedPath() + "?mode=ro" +
		"&_pragma=busy_timeout(10000)&_pragma=foreign_keys(1)&_pragma=cache_size(-32000)&_pragma=query_only(1)" + readerMmap
	var err error
	// A database in WAL mode needs its -shm file, which a read-only folder
	// may not let SQLite create: then read it as immutable, which is safe
	// because nobody can be writing where we cannot.
	for _, dsn := range []string{base, base + "&immutable=1"} {
		var db *sql.DB
		if db, err = sql.Open("sqlite", dsn); err != nil {
			return nil, fmt.Errorf("store: open %s: %w", path, err)
		}
		if err = checkSchema(ctx, db, path); err == nil {
			s.db, s.rdb = db, db
			return s, nil
		}
		db.Close()
		if digest.ErrorCode(err) != digest.EINTERNAL {
			return nil, err
		}
	}
	return nil, openError(path, err)
}

// checkHeader refuses a path that is not an existing SQLite file, without
// opening it as a database (checkExisting's read-only open fails in a
// read-only folder).
func checkHeader(path string) error {
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return digest.Errorf(digest.EINVALID, "no database at %s", path)
	}
	if err != nil {
		return fmt.Errorf("store: %w", err)
	}
	defer f.Close()
	if info, err := f.Stat(); err != nil || !info.Mode().IsRegular() {
		return digest.Errorf(digest.EINVALID, "%s is not a regular file, not a whosaid database", path)
	}
	head := make([]byte, len(sqliteMagic))
	if _, err := io.ReadFull(f, head); err != nil || !bytes.Equal(head, sqliteMagic) {
		return digest.Errorf(digest.EINVALID, "%s is not a whosaid database (not an SQLite file); refusing to touch it", path)
	}
	return nil
}

// checkSchema refuses a database whose migrations differ from this
// binary's (older ones need a writable open to migrate) and another
// program's SQLite file.
func checkSchema(ctx context.Context, db *sql.DB, path string) error {
	ms, err := migrations()
	if err != nil {
		return err
	}
	var ours int
	if err := db.QueryRowContext(ctx, `SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'`).Scan(&ours); err != nil {
		return err
	}
	if ours == 0 {
		return digest.Errorf(digest.EINVALID, "%s is not a whosaid database; refusing to touch it", path)
	}
	have := map[int]bool{}
	rows, err := db.QueryContext(ctx, `SELECT version FROM schema_migrations`)
	if err != nil {
		return err
	}
	defer rows.Close()
	latest := 0
	known := map[int]bool{}
	for _, m := range ms {
		known[m.version] = true
		latest = max(latest, m.version)
	}
	for rows.Next() {
		var v int
		if err := rows.Scan(&v); err != nil {
			return err
		}
		if !known[v] {
			return digest.Errorf(digest.ECONFLICT,
				"%s was written by a newer whosaid (schema version %d; this binary knows up to %d): upgrade whosaid to use it", path, v, latest)
		}
		have[v] = true
	}
	if err := rows.Err(); err != nil {
		return err
	}
	for _, m := range ms {
		if !have[m.version] {
			return digest.Errorf(digest.EINVALID,
				"%s is read-only and from an older whosaid (it lacks migration %d, %s): open it once where it can be written to upgrade it", path, m.version, m.name)
		}
	}
	return nil
}

// ReadOnlyError reports whether err is SQLite's refusal to write: the file
// or its folder is read-only for this user.
func ReadOnlyError(err error) bool {
	if err == nil {
		return false
	}
	msg := err.Error()
	return strings.Contains(msg, "readonly database") || strings.Contains(msg, "unable to open database file") ||
		strings.Contains(msg, "permission denied")
}

// Check runs SQLite's quick integrity check (PRAGMA quick_check) over the
// whole file and returns the problems it reports, none for a sound
// database. It reads every page, so it takes about as long as reading the
// file.
func (s *Store) Check(ctx context.Context) ([]string, error) {
	rows, err := s.rdb.QueryContext(ctx, `PRAGMA quick_check`)
	if err != nil {
		return nil, damaged(s.path, err)
	}
	defer rows.Close()
	var problems []string
	for rows.Next() {
		var line string
		if err := rows.Scan(&line); err != nil {
			return nil, err
		}
		if line != "ok" {
			problems = append(problems, line)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, damaged(s.path, err)
	}
	return problems, nil
}

// damaged turns SQLite's refusal to read a corrupt page during a check
// into the check's finding.
func damaged(path string, err error) error {
	msg := err.Error()
	if strings.Contains(msg, "malformed") || strings.Contains(msg, "corrupt") || strings.Contains(msg, "not a database") {
		return digest.Errorf(digest.EINVALID, "%s is damaged (%s): restore it from a backup (whosaid backup makes one)", path, msg)
	}
	return fmt.Errorf("store: check %s: %w", path, err)
}
