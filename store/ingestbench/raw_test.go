package ingestbench

import (
	"context"
	"database/sql"
	"path/filepath"
	"strings"
	"testing"
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

// rawRows cuts the corpus into rows of about rawRowBytes at word breaks.
func rawRows(texts [][]byte, n int) []string {
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

// rawInsertRate inserts rows into a fresh database at dir and returns
// rows per second.
func rawInsertRate(tb testing.TB, dir string, rows []string) float64 {
	ctx := context.Background()
	db, err := sql.Open("sqlite", "file:"+filepath.Join(dir, "raw.db")+
		"?_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)&_pragma=cache_size(-32000)")
	if err != nil {
		tb.Fatal(err)
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	for _, q := range []string{
		`CREATE TABLE rows (id INTEGER PRIMARY KEY, text TEXT NOT NULL)`,
		`CREATE VIRTUAL TABLE rows_fts USING fts5(text, content = 'rows', content_rowid = 'id',
			tokenize = 'porter unicode61 remove_diacritics 2')`,
	} {
		if _, err := db.ExecContext(ctx, q); err != nil {
			tb.Fatal(err)
		}
	}
	start := time.Now()
	for i := 0; i < len(rows); i += rawPerTx {
		tx, err := db.BeginTx(ctx, nil)
		if err != nil {
			tb.Fatal(err)
		}
		ins, err := tx.PrepareContext(ctx, `INSERT INTO rows (id, text) VALUES (?, ?)`)
		if err != nil {
			tb.Fatal(err)
		}
		fts, err := tx.PrepareContext(ctx, `INSERT INTO rows_fts (rowid, text) VALUES (?, ?)`)
		if err != nil {
			tb.Fatal(err)
		}
		for j := i; j < min(i+rawPerTx, len(rows)); j++ {
			if _, err := ins.ExecContext(ctx, j+1, rows[j]); err != nil {
				tb.Fatal(err)
			}
			if _, err := fts.ExecContext(ctx, j+1, rows[j]); err != nil {
				tb.Fatal(err)
			}
		}
		if err := tx.Commit(); err != nil {
			tb.Fatal(err)
		}
	}
	return float64(len(rows)) / time.Since(start).Seconds()
}

// BenchmarkRawFTS is the yardstick alone: 200-byte rows of corpus text
// into a table and its FTS5 porter index, 1,000 per transaction.
//
//	go test ./store/ingestbench -run '^$' -bench RawFTS -benchtime 3x
func BenchmarkRawFTS(b *testing.B) {
	_, texts := loadCorpus(b)
	rows := rawRows(texts, 50000)
	var rate float64
	for range b.N {
		rate += rawInsertRate(b, b.TempDir(), rows)
	}
	b.ReportMetric(rate/float64(b.N), "rows/s")
}
