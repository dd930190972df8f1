package store

import (
	"context"
	"database/sql"
	"path/filepath"
	"testing"
)

// dbAtVersion writes a database with the embedded migrations up to version
// upTo, as a whosaid of that version left it.
func dbAtVersion(t *testing.T, upTo int) *sql.DB {
	t.Helper()
	ctx := context.Background()
	db, err := sql.Open("sqlite", "file:"+filepath.Join(t.TempDir(), "old.db")+"?_pragma=foreign_keys(1)")
	if err != nil {
		t.Fatal(err)
	}
	db.SetMaxOpenConns(1)
	t.Cleanup(func() { db.Close() })
	if _, err := db.Exec(`CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied TEXT NOT NULL)`); err != nil {
		t.Fatal(err)
	}
	ms, err := migrations()
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range ms {
		if m.version > upTo {
			break
		}
		tx, err := db.Begin()
		if err != nil {
			t.Fatal(err)
		}
		if _, err := tx.Exec(m.sql); err != nil {
			t.Fatalf("migration %d: %v", m.version, err)
		}
		if step := migrationSteps[m.version]; step != nil {
			if err := step(ctx, tx); err != nil {
				t.Fatal(err)
			}
		}
		if _, err := tx.Exec(`INSERT INTO schema_migrations VALUES (?, ?, 'x')`, m.version, m.name); err != nil {
			t.Fatal(err)
		}
		if err := tx.Commit(); err != nil {
			t.Fatal(err)
		}
	}
	return db
}

// A database written before migration 0072 held each statement's context
// as text (headline, then the words around it) and the common-word pairs
// of that context too; once opened, its index holds the context's words
// as a set, search finds a statement by them, and phrases match in the
// statement only.
func TestOpenMigratesContextToWords(t *testing.T) {
	ctx := context.Background()
	db := dbAtVersion(t, 71)
	var file string
	if err := db.QueryRow(`SELECT file FROM pragma_database_list WHERE name = 'main'`).Scan(&file); err != nil {
		t.Fatal(err)
	}
	content := "the talks on trade would be resumed"
	context := "Minister Says Trade Talks Back On\nIn Geneva, the minister said … next week, in the spring of the year"
	oldPairs := "on0trade in0the of0the the0year"
	key := ftsKey("2025-07-29", "2025-07-30", 1)
	for _, q := range []struct {
		sql  string
		args []any
	}{
		{`INSERT INTO clippings (id, hash, text, added) VALUES (1, 'h1', ?, 'x')`, []any{context + " " + content}},
		{`INSERT INTO speakers (id, name, surname, added) VALUES (1, 'Ann Lee', 'lee', 'x')`, nil},
		{`INSERT INTO speaker_aliases (key, alias, speaker_id) VALUES ('ann lee', 'Ann Lee', 1)`, nil},
		{`INSERT INTO entries (id, fts_key, speaker_id, content_key, speaker, content, day, published, added, names, context, sid, pairs)
			VALUES (1, ?, 1, 'k1', 'Ann Lee', ?, '2025-07-29', '2025-07-30', 'x', 'Ann Lee', ?, 'spk1', ?)`, []any{key, content, context, oldPairs}},
		{`INSERT INTO entry_sources (entry_id, clipping_id) VALUES (1, 1)`, nil},
		{`INSERT INTO entry_fts (rowid, content, names, context, sid, pairs) VALUES (?, ?, 'Ann Lee', ?, 'spk1', ?)`, []any{key, content, context, oldPairs}},
	} {
		if _, err := db.Exec(q.sql, q.args...); err != nil {
			t.Fatalf("%s: %v", q.sql, err)
		}
	}
	db.Close()

	s, err := Open(ctx, file)
	if err != nil {
		t.Fatalf("Open of a database at schema 71: %v", err)
	}
	defer s.Close()
	checkIndex(t, s)
	var gotContext, gotPairs string
	if err := s.rdb.QueryRow(`SELECT context, pairs FROM entries WHERE id = 1`).Scan(&gotContext, &gotPairs); err != nil {
		t.Fatal(err)
	}
	if want := "minister says back geneva said next week spring year"; gotContext != want {
		t.Errorf("context after the migration %q, want %q", gotContext, want)
	}
	if gotPairs != "would0be" {
		t.Errorf("pairs after the migration %q, want the content's alone", gotPairs)
	}
	for query, want := range map[string]int{
		"geneva": 1, "spring minister": 1, `"talks on trade"`: 1, "talks": 1,
		`"in the spring"`: 0, `"in the"`: 0, `"next week"`: 0, "zanzibar": 0,
	} {
		res, err := s.Search(ctx, query, 10, 0)
		if err != nil || len(res.Entries) != want {
			t.Errorf("Search(%q) after the migration: %d hits, %v; want %d", query, len(res.Entries), err, want)
		}
	}
	if tl, err := s.Timeline(ctx, 1, "geneva", 10, 0); err != nil || len(tl.Entries) != 1 {
		t.Errorf("Timeline(geneva) after the migration: %d, %v", len(tl.Entries), err)
	}
}
