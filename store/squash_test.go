package store

import (
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/whosaid/whosaid/digest"
)

// legacyDB writes a database the way whosaid did before the migrations
// were squashed: the old migration files in testdata/schema-0006 whose
// version is in versions, recorded in schema_migrations.
func legacyDB(t *testing.T, versions ...int) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "old.db")
	db, err := sql.Open("sqlite", "file:"+path+"?_pragma=foreign_keys(1)")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	exec := func(q string, args ...any) {
		t.Helper()
		if _, err := db.Exec(q, args...); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	exec(`CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied TEXT NOT NULL)`)
	files, err := filepath.Glob("testdata/schema-0006/*.sql")
	if err != nil || len(files) == 0 {
		t.Fatalf("no old migrations (%v)", err)
	}
	sort.Strings(files)
	want := map[int]bool{}
	for _, v := range versions {
		want[v] = true
	}
	for _, f := range files {
		num, name, _ := strings.Cut(filepath.Base(f), "_")
		v, _ := strconv.Atoi(num)
		if !want[v] {
			continue
		}
		body, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		exec(string(body))
		exec(`INSERT INTO schema_migrations VALUES (?, ?, '2026-11-01T00:00:00Z')`, v, strings.TrimSuffix(name, ".sql"))
	}
	return path
}

func TestOpenUpgradesSquashedSchema(t *testing.T) {
	ctx := context.Background()
	path := legacyDB(t, 1, 2, 3, 4, 5, 6, 50)
	// One clipping, speaker and statement as the old writer stored them,
	// with its near-duplicate bands and the file it came from.
	db, err := sql.Open("sqlite", "file:"+path+"?_pragma=foreign_keys(1)")
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Repeat("The minister said the talks on trade and tariffs would resume next week in Geneva. ", 4)
	// A signature as the MinHash before 0071 stored it: 64 8-byte values.
	oldSig := make([]byte, 8*64)
	for i := range oldSig {
		oldSig[i] = byte(i * 7)
	}
	key := ftsKey("2025-07-29", "2025-07-30", 1)
	for _, q := range []struct {
		sql  string
		args []any
	}{
		{`INSERT INTO clippings (id, hash, text, minhash, added) VALUES (1, 'h1', ?, ?, 'x')`, []any{text, oldSig}},
		{`INSERT INTO clipping_bands (band, clipping_id) VALUES (7, 1)`, nil},
		{`INSERT INTO speakers (id, name, surname, added) VALUES (1, 'Ann Lee', 'lee', 'x')`, nil},
		{`INSERT INTO speaker_aliases (key, alias, speaker_id) VALUES ('ann lee', 'Ann Lee', 1)`, nil},
		{`INSERT INTO entries (id, fts_key, speaker_id, content_key, speaker, content, day, published, added, names, context, sid)
			VALUES (1, ?, 1, 'k1', 'Ann Lee', 'the talks on trade would resume', '2025-07-29', '2025-07-30', 'x', 'Ann Lee', 'Geneva tariffs', 'spk1')`, []any{key}},
		{`INSERT INTO entry_sources (entry_id, clipping_id) VALUES (1, 1)`, nil},
		{`INSERT INTO entry_fts (rowid, content, names, context, sid) VALUES (?, 'the talks on trade would resume', 'Ann Lee', 'Geneva tariffs', 'spk1')`, []any{key}},
		{`INSERT INTO ingested_files (path, size, mtime, clipping_id, at) VALUES ('/in/a.txt', 42, 1000, 1, 'x')`, nil},
		{`INSERT INTO source_items (source, key, sig, seen) VALUES ('inbox:/in', 'b.txt', 's', 'x')`, nil},
		{`INSERT INTO chats (id, title, keywords, created) VALUES (5, 'Desk', '["tariffs"]', 'x')`, nil},
	} {
		if _, err := db.Exec(q.sql, q.args...); err != nil {
			t.Fatalf("%s: %v", q.sql, err)
		}
	}
	db.Close()

	s, err := Open(ctx, path)
	if err != nil {
		t.Fatalf("Open of a database from before the squash: %v", err)
	}
	defer s.Close()
	ms, _ := migrations()
	if v, err := s.SchemaVersion(ctx); err != nil || v != ms[len(ms)-1].version {
		t.Errorf("schema version %d, %v; want %d", v, err, ms[len(ms)-1].version)
	}
	for _, gone := range []string{"clipping_bands", "ingested_files"} {
		var n int
		s.rdb.QueryRow(`SELECT count(*) FROM sqlite_master WHERE name = ?`, gone).Scan(&n)
		if n != 0 {
			t.Errorf("table %s still there", gone)
		}
	}
	// chats.keywords is dropped (0070); the chat stays.
	var cols int
	s.rdb.QueryRow(`SELECT count(*) FROM pragma_table_info('chats') WHERE name = 'keywords'`).Scan(&cols)
	if cols != 0 {
		t.Error("chats.keywords still there")
	}
	var title string
	if err := s.rdb.QueryRow(`SELECT title FROM chats WHERE id = 5`).Scan(&title); err != nil || title != "Desk" {
		t.Errorf("chat after the upgrade: %q, %v", title, err)
	}
	if done, err := s.DoneFiles(ctx); err != nil || !done.Done("/in/a.txt", 42, time.Unix(0, 1000)) {
		t.Errorf("DoneFiles after the upgrade = %v, %v; want /in/a.txt ingested before it", done, err)
	}
	if sig, ok, err := s.Seen(ctx, "inbox:/in", "b.txt"); err != nil || !ok || sig != "s" {
		t.Errorf("Seen of an inbox file recorded before = %q %v %v", sig, ok, err)
	}
	res, err := s.Search(ctx, "geneva", 10, 0)
	if err != nil || len(res.Entries) != 1 {
		t.Fatalf("search after the upgrade: %d hits, %v", len(res.Entries), err)
	}
	// The writer finds the old clipping a near-duplicate from its signature,
	// recomputed by migration 0071.
	var sigLen int
	if err := s.rdb.QueryRow(`SELECT length(minhash) FROM clippings WHERE id = 1`).Scan(&sigLen); err != nil || sigLen != 4*minhashSize {
		t.Errorf("signature after the upgrade: %d bytes, %v; want %d", sigLen, err, 4*minhashSize)
	}
	c := &digest.Clipping{Path: "b.txt", Text: text + " Reuters.", TextSource: digest.TextSourceFile}
	r, err := s.SaveClipping(ctx, c)
	if err != nil || r.NearDupOf != 1 {
		t.Errorf("SaveClipping of a near copy: near-duplicate of %d, %v; want 1", r.NearDupOf, err)
	}
	s.Close()
	// And opens again with nothing left to do.
	s2, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	s2.Close()
}

func TestOpenRefusesPartOfSquashedSchema(t *testing.T) {
	path := legacyDB(t, 1, 2, 3)
	_, err := Open(context.Background(), path)
	if digest.ErrorCode(err) != digest.ECONFLICT || !strings.Contains(err.Error(), "new database") {
		t.Errorf("Open of a database at old schema 3 = %v, want ECONFLICT saying to ingest into a new database", err)
	}
}
