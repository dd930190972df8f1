package store

import (
	"context"
	"database/sql"
	"strings"
)

// A save transaction's new entries and sources are not inserted one
// statement each but held in saveState and written a few dozen rows per
// INSERT (flushRows): one run of the statement's program and one round
// trip through database/sql for many rows. (Such an INSERT keeps a
// statement journal, as the foreign keys may fail it half way; its pages
// spill to a temporary file, about 2% of the writer's CPU.)
// The rows go in before anything reads the tables they are written to (an
// entry lookup, the full-text index's copy at the end of the batch) and
// before the transaction commits, so what a query sees is unchanged.

// entryCols are the arguments of an entry's row. sid is made in SQL from
// the speaker id, bound a second time: an integer binds at a fraction of
// a text's cost. (Parameters are plain '?': numbered ones, which could
// share one argument between rows, made binding quadratic in their number
// in SQLite's sqlite3_bind_parameter_name: 52 -> 86 CPU µs a statement.)
const entryCols = 20

// sourceCols are the columns of an entry_sources row.
const sourceCols = 9

// rowChunks are the numbers of rows an INSERT of several takes, largest
// first: the rows pending are written in as few statements as these
// sizes make. A size has a statement prepared at Open; 1 is the
// statement of one row.
var rowChunks = []int{64, 16, 4, 1}

// insertEntriesSQL returns the INSERT of n entries, entryCols arguments
// each.
func insertEntriesSQL(n int) string {
	row := `(` + placeholders(entryCols-2) + `, 'spk' || ?, ?)`
	return `INSERT INTO entries (id, fts_key, speaker_id, content_key, speaker, speaker_title, cue, content, direct,
		said_on, said_on_precision, via, audience, day, published, added, names, context, sid, pairs) VALUES ` +
		strings.Repeat(row+",", n-1) + row
}

// insertSourcesSQL returns the INSERT of n entry_sources rows.
func insertSourcesSQL(n int) string {
	row := `(` + placeholders(sourceCols) + `)`
	return `INSERT INTO entry_sources (entry_id, clipping_id, seq, speaker_start, speaker_end,
		cue_start, cue_end, content_start, content_end) VALUES ` + strings.Repeat(row+",", n-1) + row
}

// sqlInsertEntries and sqlInsertSources are the INSERTs of several rows,
// by their number of rows (rowChunks).
var (
	sqlInsertEntries = map[int]string{}
	sqlInsertSources = map[int]string{}
)

func init() {
	for _, n := range rowChunks {
		sqlInsertEntries[n] = insertEntriesSQL(n)
		sqlInsertSources[n] = insertSourcesSQL(n)
		hotStatements = append(hotStatements, sqlInsertEntries[n], sqlInsertSources[n])
	}
}

// pendingRows are the entries and sources a save transaction has made and
// not yet inserted: the arguments of their rows, entryCols or sourceCols
// each.
type pendingRows struct {
	entries, sources []any
	// keys are entryHash of the pending entries, so that looking up an
	// entry stored before the transaction does not insert them first.
	keys map[uint64]struct{}
}

// addEntry records the speaker and content key of an entry made pending.
func (p *pendingRows) addEntry(speaker int64, key string) {
	if p.keys == nil {
		p.keys = map[uint64]struct{}{}
	}
	p.keys[entryHash(speaker, key)] = struct{}{}
}

// mayHave reports whether an entry of speaker with content key may be
// pending: false means it is not.
func (p *pendingRows) mayHave(speaker int64, key string) bool {
	_, ok := p.keys[entryHash(speaker, key)]
	return ok
}

// flushRows inserts the pending rows, entries first (sources refer to
// them).
func (s *Store) flushRows(ctx context.Context, tx *sql.Tx, ss *saveState) error {
	p := &ss.pending
	if err := s.insertRows(ctx, tx, sqlInsertEntries, entryCols, p.entries); err != nil {
		return err
	}
	if err := s.insertRows(ctx, tx, sqlInsertSources, sourceCols, p.sources); err != nil {
		return err
	}
	clear(p.entries)
	clear(p.sources)
	clear(p.keys)
	p.entries, p.sources = p.entries[:0], p.sources[:0]
	return nil
}

// insertRows inserts rows (width arguments each) with the statements of
// several rows in stmts.
func (s *Store) insertRows(ctx context.Context, tx *sql.Tx, stmts map[int]string, width int, rows []any) error {
	for len(rows) > 0 {
		n := len(rows) / width
		for _, size := range rowChunks {
			if size <= n {
				n = size
				break
			}
		}
		if _, err := s.txExec(ctx, tx, stmts[n], rows[:n*width]...); err != nil {
			return err
		}
		rows = rows[n*width:]
	}
	return nil
}
