// Package ingestbench measures ingest end to end: parse, extract and store.
// It lives apart from package store so that the store's own tests never
// depend on the extractor compiling. Its one non-test file is the raw
// SQLite yardstick, which the benchmark of the ingest command itself
// (cmd/whosaid) runs too.
package ingestbench

import (
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"strings"
	"time"

	_ "modernc.org/sqlite" // the driver the store uses
)

// Raw SQLite is the yardstick for ingest: the same driver inserting rows
// of real text into a table with an FTS5 porter index, 1,000 rows per
// transaction, with no logic of ours in between. The machine is shared, so
// ingest is judged by its ratio to this, measured in the same run.
const (
	rawRowBytes = 200
	rawPerTx    = 1000
)

// Corpus is the PolNeAR training texts (real news articles), from a
// package directory two levels below the project root.
const Corpus = "../../../shared/polnear/train/text"

// CorpusTexts reads the corpus's files; none when it is missing.
func CorpusTexts() (names []string, texts [][]byte, err error) {
	files, _ := filepath.Glob(filepath.Join(Corpus, "*.txt"))
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return nil, nil, err
		}
		names = append(names, f)
		texts = append(texts, data)
	}
	return names, texts, nil
}

// RawRows cuts the corpus into n rows of about rawRowBytes at word breaks
// (fewer when the texts run out).
func RawRows(texts [][]byte, n int) []string {
	var rows []string
	for _, t := range texts {
		words := strings.Fields(string(t))
		var b strings.Builder
		for _, w := range words {
			if b.Len()+len(w)+1 > rawRowBytes {
				rows = append(rows, b.String())
				if len(rows) == n {
					return rows
				}
				b.Reset()
			}
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(w)
		}
	}
	return rows
}

// RawInsertRate inserts rows into a fresh database in dir and returns
// rows per second.
func RawInsertRate(dir string, rows []string) (float64, error) {
	ctx := context.Background()
	db, err := sql.Open("sqlite", "file:"+filepath.Join(dir, "raw.db")+
		"?_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)&_pragma=cache_size(-32000)")
	if err != nil {
		return 0, err
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	for _, q := range []string{
		`CREATE TABLE rows (id INTEGER PRIMARY KEY, text TEXT NOT NULL)`,
		`CREATE VIRTUAL TABLE rows_fts USING fts5(text, content = 'rows', content_rowid = 'id',
			tokenize = 'porter unicode61 remove_diacritics 2')`,
	} {
		if _, err := db.ExecContext(ctx, q); err != nil {
			return 0, err
		}
	}
	start := time.Now()
	for i := 0; i < len(rows); i += rawPerTx {
		if err := rawInsert(ctx, db, rows, i, min(i+rawPerTx, len(rows))); err != nil {
			return 0, err
		}
	}
	return float64(len(rows)) / time.Since(start).Seconds(), nil
}

// rawInsert inserts rows[from:to] with their ids in one transaction.
func rawInsert(ctx context.Context, db *sql.DB, rows []string, from, to int) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	ins, err := tx.PrepareContext(ctx, `INSERT INTO rows (id, text) VALUES (?, ?)`)
	if err != nil {
		return err
	}
	fts, err := tx.PrepareContext(ctx, `INSERT INTO rows_fts (rowid, text) VALUES (?, ?)`)
	if err != nil {
		return err
	}
	for j := from; j < to; j++ {
		if _, err := ins.ExecContext(ctx, j+1, rows[j]); err != nil {
			return err
		}
		if _, err := fts.ExecContext(ctx, j+1, rows[j]); err != nil {
			return err
		}
	}
	return tx.Commit()
}
