package store

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/whosaid/whosaid/digest"
)

// savedStore returns the path of a closed database holding one clipping.
func savedStore(t *testing.T) string {
	t.Helper()
	s, _ := openTest(t)
	save(t, s, clipping(t, "a.txt", "RFE/RL", "2017-09-13", "Kremlin says", story[:2],
		said{speaker: "Dmitry Peskov", content: "So far, the process of normalizing relations with the U.S. is going nowhere fast"}))
	s.Close()
	return s.Path()
}

// TestOpenReadOnly: a read-only open reads and refuses writes, finds a
// non-database and an old schema, and creates nothing.
func TestOpenReadOnly(t *testing.T) {
	ctx := context.Background()
	path := savedStore(t)
	s, err := OpenReadOnly(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	entries, err := s.Latest(ctx, digest.Filter{Limit: 5})
	if err != nil || len(entries) != 1 {
		t.Errorf("latest: %d entries, %v", len(entries), err)
	}
	if res, err := s.Search(ctx, "normalizing", 5, 0); err != nil || len(res.Entries) != 1 {
		t.Errorf("search: %+v, %v", res, err)
	}
	if problems, err := s.Check(ctx); err != nil || len(problems) != 0 {
		t.Errorf("check: %v, %v", problems, err)
	}
	if err := s.SaveChat(ctx, &digest.Chat{ID: 1}); err == nil || !ReadOnlyError(err) {
		t.Errorf("a write on a read-only store: %v", err)
	}
	checkMmap(t, s)
	s.Close()
	// A writable store's readers map the file too.
	w, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	checkMmap(t, w)
	w.Close()

	notDB := filepath.Join(t.TempDir(), "notes.txt")
	os.WriteFile(notDB, []byte("not a database at all, just some text here"), 0o644)
	if _, err := OpenReadOnly(ctx, notDB); digest.ErrorCode(err) != digest.EINVALID {
		t.Errorf("a text file: %v", err)
	}
	missing := filepath.Join(t.TempDir(), "missing.db")
	if _, err := OpenReadOnly(ctx, missing); digest.ErrorCode(err) != digest.EINVALID {
		t.Errorf("a missing file: %v", err)
	}
	if _, err := os.Stat(missing); err == nil {
		t.Error("a read-only open created the file")
	}

	// A database lacking a migration must be opened writable once.
	w, err = Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.db.ExecContext(ctx, `DELETE FROM schema_migrations WHERE version = (SELECT max(version) FROM schema_migrations)`); err != nil {
		t.Fatal(err)
	}
	w.Close()
	if _, err := OpenReadOnly(ctx, path); digest.ErrorCode(err) != digest.EINVALID || !strings.Contains(err.Error(), "older whosaid") {
		t.Errorf("an old schema: %v", err)
	}
}

// checkMmap fails t unless s's reading connections map the database
// (readerMmap).
func checkMmap(t *testing.T, s *Store) {
	t.Helper()
	var size int64
	if err := s.rdb.QueryRow(`PRAGMA mmap_size`).Scan(&size); err != nil || size <= 0 {
		t.Errorf("readers' mmap_size = %d, %v; want it on", size, err)
	}
}
