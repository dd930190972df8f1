package store

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/whosaid/whosaid/digest"
)

// Backup writes a consistent copy of the database to path (VACUUM INTO),
// while readers and writers carry on. It refuses to overwrite an existing
// file with an EINVALID error. The copy is written to a temporary file
// beside path and linked into place only when complete, so a backup that
// fails (disk full, a size limit, cancelled) leaves nothing at path to
// block the retry, and nothing half-written that looks like a backup.
func (s *Store) Backup(ctx context.Context, path string) error {
	if _, err := os.Lstat(path); err == nil {
		return digest.Errorf(digest.EINVALID, "%s already exists; not overwriting it", path)
	}
	dir := filepath.Dir(path)
	if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
		return digest.Errorf(digest.EINVALID, "cannot back up to %s: no folder %s", path, dir)
	}
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".partial-*")
	if err != nil {
		// the temporary file's name means nothing to the user: say what
		// failed of what they asked (most often a folder they may not write)
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return fmt.Errorf("store: backup to %s: %w", path, err)
	}
	tmpPath := tmp.Name()
	tmp.Close()
	defer os.Remove(tmpPath)
	// VACUUM INTO writes only into a file that is absent or empty.
	if err := s.vacuumInto(ctx, tmpPath); err != nil {
		return fmt.Errorf("store: backup to %s: %w", path, err)
	}
	// A hard link refuses an existing target, where a rename would replace
	// it: a file that appeared at path meanwhile is kept.
	if err := os.Link(tmpPath, path); err != nil {
		if errors.Is(err, fs.ErrExist) {
			return digest.Errorf(digest.EINVALID, "%s already exists; not overwriting it", path)
		}
		// No hard links here (some network or FAT file systems): rename.
		if _, serr := os.Lstat(path); serr == nil {
			return digest.Errorf(digest.EINVALID, "%s already exists; not overwriting it", path)
		}
		if err := os.Rename(tmpPath, path); err != nil {
			return fmt.Errorf("store: backup to %s: %w", path, err)
		}
	}
	return nil
}

// vacuumInto runs VACUUM INTO path on a reader connection: it reads a
// snapshot, so the writer is not held up.
func (s *Store) vacuumInto(ctx context.Context, path string) error {
	conn, err := s.rdb.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, `PRAGMA query_only = 0`); err != nil {
		return err
	}
	defer conn.ExecContext(context.Background(), `PRAGMA query_only = 1`)
	_, err = conn.ExecContext(ctx, `VACUUM INTO ?`, path)
	return err
}
