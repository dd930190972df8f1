package store

import (
	"bytes"
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"testing"

	"github.com/whosaid/whosaid/digest"
)

func TestOpenMigratesFromEmpty(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "w.db")
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	ms, err := migrations()
	if err != nil {
		t.Fatal(err)
	}
	v, err := s.SchemaVersion(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if want := ms[len(ms)-1].version; v != want {
		t.Errorf("schema version %d, want %d", v, want)
	}
	for _, table := range []string{"clippings", "entries", "speakers", "speaker_aliases", "entry_fts", "chats", "digests", "deliveries", "source_items"} {
		var n int
		if err := s.rdb.QueryRowContext(ctx, `SELECT count(*) FROM sqlite_master WHERE name = ?`, table).Scan(&n); err != nil || n != 1 {
			t.Errorf("table %s: n=%d err=%v", table, n, err)
		}
	}
	var mode string
	if err := s.db.QueryRowContext(ctx, `PRAGMA journal_mode`).Scan(&mode); err != nil || mode != "wal" {
		t.Errorf("journal_mode %q, %v; want wal", mode, err)
	}
	var fk int
	if err := s.rdb.QueryRowContext(ctx, `PRAGMA foreign_keys`).Scan(&fk); err != nil || fk != 1 {
		t.Errorf("reader foreign_keys %d, %v", fk, err)
	}
	s.Close()

	// Opening again applies nothing and keeps the data.
	s, err = Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	var n int
	if err := s.rdb.QueryRowContext(ctx, `SELECT count(*) FROM schema_migrations`).Scan(&n); err != nil || n != len(ms) {
		t.Errorf("%d migrations recorded, want %d (%v)", n, len(ms), err)
	}
	s.Close()
}

func TestOpenRefusesNewerDatabase(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "w.db")
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.db.ExecContext(ctx, `INSERT INTO schema_migrations (version, name, applied) VALUES (9999, 'future', '')`); err != nil {
		t.Fatal(err)
	}
	s.Close()
	_, err = Open(ctx, path)
	if digest.ErrorCode(err) != digest.ECONFLICT {
		t.Fatalf("Open of a newer database: %v, want ECONFLICT", err)
	}
	t.Logf("message: %s", err)
}

func TestOpenRefusesWhatIsNotOurs(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	other := filepath.Join(dir, "other.db")
	db, err := sql.Open("sqlite", other)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(`CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('keep me')`); err != nil {
		t.Fatal(err)
	}
	db.Close()
	otherBytes, _ := os.ReadFile(other)

	garbage := bytes.Repeat([]byte("not a database at all\n"), 300)
	damaged := append(append([]byte{}, sqliteMagic...), bytes.Repeat([]byte{0xAB}, 8192)...)
	for _, tc := range []struct {
		name string
		data []byte
	}{
		{"text file", garbage},
		{"sqlite header then garbage", damaged},
		{"another program's database", otherBytes},
		{"half a header", sqliteMagic[:6]},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(dir, tc.name)
			if err := os.WriteFile(path, tc.data, 0o644); err != nil {
				t.Fatal(err)
			}
			s, err := Open(ctx, path)
			if err == nil {
				s.Close()
				t.Fatal("Open succeeded")
			}
			if digest.ErrorCode(err) != digest.EINVALID {
				t.Errorf("error %v: code %q, want EINVALID", err, digest.ErrorCode(err))
			}
			got, _ := os.ReadFile(path)
			if !bytes.Equal(got, tc.data) {
				t.Error("the file was changed")
			}
			t.Logf("message: %s", err)
		})
	}
}

func TestBackup(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t)
	save(t, s, clipping(t, "a.txt", "RFE/RL", "2017-09-13", "Kremlin says", story[:2],
		said{speaker: "Dmitry Peskov", content: "So far, the process of normalizing relations with the U.S. is going nowhere fast"}))
	out := filepath.Join(t.TempDir(), "copy.db")
	if err := s.Backup(ctx, out); err != nil {
		t.Fatal(err)
	}
	if err := s.Backup(ctx, out); digest.ErrorCode(err) != digest.EINVALID {
		t.Errorf("second backup to the same file: %v, want EINVALID", err)
	}
	c, err := Open(ctx, out)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	st, err := c.Stats(ctx)
	if err != nil || st.Statements != 1 || st.Clippings != 1 {
		t.Errorf("backup stats %+v, %v", st, err)
	}
}
