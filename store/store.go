// Package store keeps whosaid's clippings, statements, speakers, chats and
// outgoing messages in SQLite (modernc.org/sqlite: pure Go, no cgo). All SQL
// of the program lives here, next to the method that runs it.
//
// A Store holds two connection pools on one database file in WAL mode: one
// writer connection whose transactions begin IMMEDIATE (so read-then-write
// transactions never fail with SQLITE_BUSY half way), and a pool of
// query-only readers that keep working while the writer ingests.
package store

import (
	"bytes"
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/url"
	"os"
	"path"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/whosaid/whosaid/digest"
	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

//go:embed migrations/*.sql
var migrationFiles embed.FS

// Store is whosaid's SQLite database. It implements digest.StatementStore,
// digest.ChatStore and digest.Outbox. Safe for concurrent use.
type Store struct {
	path  string
	db    *sql.DB // the one writer connection: BEGIN IMMEDIATE transactions
	rdb   *sql.DB // query-only readers
	now   func() time.Time
	log   *slog.Logger
	stmts *stmtCache // statements prepared on the writer, for ingest
	// txStmts are stmts bound to the current writer transaction.
	txStmts txStmts
	// speakerCache maps folded spellings to their speakers, as committed.
	speakerCache sync.Map
	// surnames holds the speakers of each surname, as committed.
	surnames surnameCache
	// saveMu serialises saves, which use entryKeys.
	saveMu    sync.Mutex
	entryKeys entryKeySet
	nearDups  nearDupIndex
	// stems of words as the index makes them, for phrases checked in Go
	stems stems
	// the index's pages of words, for choosing how to walk a phrase
	pages pageCounts
	// deferIndex: saves leave the full-text index to BuildIndex
	// (DeferIndex; guarded by saveMu), holding indexing, the lock that
	// keeps another process's Open from rebuilding it meanwhile.
	deferIndex bool
	indexing   *os.File
	// autocheckpoint is the writer's wal_autocheckpoint while a bulk load
	// has it off, 0 otherwise; aside is closed when the last checkpoint
	// run beside the writer ends (checkpoint.go; both guarded by saveMu).
	autocheckpoint int
	aside          chan struct{}
	// walFrames is the WAL's frames as the last copy found them; after a
	// copy aside that failed, the most the file can hold (walFileFrames).
	walFrames   atomic.Int64
	walLimit    int64       // the frames past which the writer starts the WAL over (maxWALFrames)
	asideFrom   int64       // the WAL's size from which saves copy it aside (asideFromBytes)
	asideWarned atomic.Bool // a copy of this load's WAL has failed (logged at Warn)
	// walCheckpoint runs every copy of the WAL into the database
	// (checkpointWAL; tests replace it to make copies fail).
	walCheckpoint func(ctx context.Context, db *sql.DB, mode string) (int64, error)
}

var (
	_ digest.StatementStore = (*Store)(nil)
	_ digest.ChatStore      = (*Store)(nil)
	_ digest.Outbox         = (*Store)(nil)
)

// Option configures a Store.
type Option func(*Store)

// WithClock sets the clock the store stamps rows with (default time.Now).
func WithClock(now func() time.Time) Option { return func(s *Store) { s.now = now } }

// WithLogger sets the logger for the store's warnings (default: discard).
func WithLogger(l *slog.Logger) Option { return func(s *Store) { s.log = l } }

// sqliteMagic starts every SQLite database file.
var sqliteMagic = []byte("SQLite format 3\x00")

// Open opens the database at path, creating it when it does not exist, and
// applies the embedded migrations it lacks. It returns an EINVALID error
// when path is not an SQLite file or not a whosaid database (and leaves the
// file untouched), and an ECONFLICT error when the database was written by
// a newer whosaid.
func Open(ctx context.Context, path string, opts ...Option) (*Store, error) {
	s := &Store{path: path, now: time.Now, log: slog.New(slog.DiscardHandler), asideFrom: asideFromBytes, walLimit: maxWALFrames, walCheckpoint: checkpointWAL}
	for _, o := range opts {
		o(s)
	}
	if err := checkExisting(ctx, path); err != nil {
		return nil, err
	}
	base := "file:" + (&url.URL{Path: path}).EscapedPath()
	var err error
	s.db, err = sql.Open("sqlite", base+"?mode=rwc&_txlock=immediate"+
		"&_pragma=busy_timeout(10000)&_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)"+
		"&_pragma=foreign_keys(1)&_pragma=cache_size(-32000)")
	if err != nil {
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	s.db.SetMaxOpenConns(1)
	s.db.SetMaxIdleConns(1)
	s.db.SetConnMaxLifetime(0)
	s.db.SetConnMaxIdleTime(0)
	s.rdb, err = sql.Open("sqlite", base+"?mode=rw"+
		"&_pragma=busy_timeout(10000)&_pragma=foreign_keys(1)&_pragma=cache_size(-32000)&_pragma=query_only(1)"+readerMmap)
	if err != nil {
		s.db.Close()
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	s.rdb.SetMaxOpenConns(4)
	s.rdb.SetMaxIdleConns(4)
	if err := s.db.PingContext(ctx); err != nil {
		s.Close()
		return nil, openError(path, err)
	}
	if err := s.migrate(ctx); err != nil {
		s.Close()
		return nil, err
	}
	if s.stmts, err = prepareStatements(ctx, s.db, hotStatements...); err != nil {
		s.Close()
		return nil, err
	}
	if err := s.rebuildStaleIndex(ctx); err != nil {
		s.Close()
		return nil, openError(path, err)
	}
	return s, nil
}

// readerMmap is the DSN pragma that has reading connections map the
// database into memory (up to SQLite's default ceiling, 2 GB) instead of
// copying each page with a read call into their page cache: at a million
// statements the pages a search or timeline touches are mostly not in
// that cache: reading them was a third of loading a page of results, half
// of that in read calls.
// Search median 1.17 -> 0.80 ms and the timeline's median 1.49 -> 1.10 ms
// on the real-ingest benchmark DB. Writes still go through the WAL; the
// pages mapped are the OS's page cache, shared, counted in RSS once
// touched.
const readerMmap = "&_pragma=mmap_size(2147418112)"

// checkExisting refuses a file that exists but is not a whosaid database,
// without writing to it: a non-SQLite file, a damaged one, or another
// program's SQLite database.
func checkExisting(ctx context.Context, path string) error {
	info, err := os.Stat(path)
	switch {
	case errors.Is(err, os.ErrNotExist):
		return nil
	case err != nil:
		return fmt.Errorf("store: %w", err)
	case info.IsDir():
		return digest.Errorf(digest.EINVALID, "%s is a directory, not a whosaid database", path)
	case !info.Mode().IsRegular():
		return digest.Errorf(digest.EINVALID, "%s is not a regular file (a pipe, socket or device), not a whosaid database", path)
	case info.Size() == 0:
		return nil
	}
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("store: %w", err)
	}
	head := make([]byte, len(sqliteMagic))
	_, err = io.ReadFull(f, head)
	f.Close()
	if err != nil || !bytes.Equal(head, sqliteMagic) {
		return digest.Errorf(digest.EINVALID, "%s is not a whosaid database (not an SQLite file); refusing to touch it", path)
	}
	ro, err := sql.Open("sqlite", "file:"+(&url.URL{Path: path}).EscapedPath()+"?mode=ro&_pragma=busy_timeout(10000)")
	if err != nil {
		return fmt.Errorf("store: open %s: %w", path, err)
	}
	defer ro.Close()
	var tables, ours int
	err = ro.QueryRowContext(ctx, `SELECT count(*), count(*) FILTER (WHERE name = 'schema_migrations')
		FROM sqlite_master WHERE type = 'table'`).Scan(&tables, &ours)
	if err != nil {
		return openError(path, err)
	}
	if tables > 0 && ours == 0 {
		return digest.Errorf(digest.EINVALID, "%s is an SQLite database of another program, not a whosaid database; refusing to touch it", path)
	}
	return nil
}

// openError turns SQLite's complaints about a damaged file into a clear
// message.
func openError(path string, err error) error {
	msg := err.Error()
	if strings.Contains(msg, "not a database") || strings.Contains(msg, "malformed") || strings.Contains(msg, "corrupt") {
		return digest.Errorf(digest.EINVALID, "%s is damaged or not a whosaid database (%s); refusing to touch it", path, msg)
	}
	return fmt.Errorf("store: open %s: %w", path, err)
}

// Close closes the database. A closed Store cannot be used again.
func (s *Store) Close() error {
	s.saveMu.Lock()
	s.waitAside()
	s.saveMu.Unlock()
	unlockIndexing(s.path, s.indexing)
	errs := []error{s.stems.close()}
	if s.stmts != nil {
		errs = append(errs, s.stmts.close())
	}
	if s.rdb != nil {
		errs = append(errs, s.rdb.Close())
	}
	if s.db != nil {
		errs = append(errs, s.db.Close())
	}
	return errors.Join(errs...)
}

// Path returns the database file's path.
func (s *Store) Path() string { return s.path }

// write runs fn in one writer transaction and commits it when fn returns
// nil.
func (s *Store) write(ctx context.Context, fn func(tx *sql.Tx) error) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := fn(tx); err != nil {
		return err
	}
	return tx.Commit()
}

// writeDetached runs fn in one write transaction, as write does, and hands
// fn ctx without its end for its statements: under a context that can end,
// the driver starts a goroutine and a progress handler for every
// statement, to interrupt it, which made the writer's CPU a statement 35%
// higher (BenchmarkWriter with such a context, three pairs: 54.7 / 55.9 /
// 58.4 -> 79.7 / 74.3 / 76.0 us). fn checks ctx between statements
// instead; an end rolls the whole transaction back. When ctx has ended, the
// error is ctx's: database/sql rolls the transaction back then, and a
// statement run after that fails with "transaction has already been
// committed or rolled back".
func (s *Store) writeDetached(ctx context.Context, fn func(wctx context.Context, tx *sql.Tx) error) error {
	err := s.write(ctx, func(tx *sql.Tx) error { return fn(context.WithoutCancel(ctx), tx) })
	if cerr := ctx.Err(); err != nil && cerr != nil && !errors.Is(err, cerr) {
		err = cerr
	}
	return err
}

// read runs fn in one read transaction: a consistent snapshot that does not
// block the writer.
func (s *Store) read(ctx context.Context, fn func(tx *sql.Tx) error) error {
	tx, err := s.rdb.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return err
	}
	defer tx.Rollback()
	return fn(tx)
}

// migration is one embedded schema change: migrations/NNNN_name.sql.
type migration struct {
	version int
	name    string
	sql     string
}

// migrations returns the embedded migrations in order of version.
func migrations() ([]migration, error) {
	entries, err := migrationFiles.ReadDir("migrations")
	if err != nil {
		return nil, err
	}
	var ms []migration
	for _, e := range entries {
		num, name, ok := strings.Cut(e.Name(), "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil || path.Ext(e.Name()) != ".sql" {
			return nil, fmt.Errorf("store: migration file %q is not NNNN_name.sql", e.Name())
		}
		body, err := migrationFiles.ReadFile("migrations/" + e.Name())
		if err != nil {
			return nil, err
		}
		ms = append(ms, migration{version: v, name: strings.TrimSuffix(name, ".sql"), sql: string(body)})
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].version < ms[j].version })
	for i := 1; i < len(ms); i++ {
		if ms[i].version == ms[i-1].version {
			return nil, fmt.Errorf("store: two migrations numbered %d", ms[i].version)
		}
	}
	return ms, nil
}

// migrationSteps are migrations' work that SQL cannot do, by version, run
// after the migration's SQL in its transaction.
var migrationSteps = map[int]func(context.Context, *sql.Tx) error{
	71: resignClippings,
	72: reindexContexts,
}

// reindexContexts turns every entry's stored context into the set of
// words the index now holds (contextWords) and its pairs into those of
// content and names, a chunk of entries at a time, then rebuilds the
// full-text index from entries.
func reindexContexts(ctx context.Context, tx *sql.Tx) error {
	up, err := tx.PrepareContext(ctx, `UPDATE entries SET context = ?, pairs = ? WHERE id = ?`)
	if err != nil {
		return err
	}
	defer up.Close()
	type row struct {
		id             int64
		context, pairs string
	}
	const chunk = 10000
	for after := int64(0); ; {
		rows, err := tx.QueryContext(ctx, `SELECT id, content, names, context, pairs FROM entries WHERE id > ? ORDER BY id LIMIT ?`, after, chunk)
		if err != nil {
			return err
		}
		var todo []row
		n := 0
		for rows.Next() {
			var r row
			var content, names, context, pairs string
			if err := rows.Scan(&r.id, &content, &names, &context, &pairs); err != nil {
				rows.Close()
				return err
			}
			n, after = n+1, r.id
			if r.context, r.pairs = contextWords(content, context), entryPairs(content, names); r.context != context || r.pairs != pairs {
				todo = append(todo, r)
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		for _, r := range todo {
			if _, err := up.ExecContext(ctx, r.context, r.pairs, r.id); err != nil {
				return err
			}
		}
		if n < chunk {
			break
		}
	}
	_, err = tx.ExecContext(ctx, `INSERT INTO entry_fts (entry_fts) VALUES ('rebuild')`)
	return err
}

// resignClippings recomputes every stored near-duplicate signature with
// today's MinHash (minhash.go), from the clipping's stored text: the text
// the signature was first taken from, less what cleaning dropped, which
// the store does not keep (so a near-copy may now score a little
// differently against an old clipping).
func resignClippings(ctx context.Context, tx *sql.Tx) error {
	rows, err := tx.QueryContext(ctx, `SELECT id, text FROM clippings WHERE minhash IS NOT NULL ORDER BY id`)
	if err != nil {
		return err
	}
	type signed struct {
		id  int64
		sig []byte
	}
	var all []signed
	for rows.Next() {
		var id int64
		var text string
		if err := rows.Scan(&id, &text); err != nil {
			rows.Close()
			return err
		}
		all = append(all, signed{id, encodeSig(signature(text))})
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for _, c := range all {
		if _, err := tx.ExecContext(ctx, `UPDATE clippings SET minhash = ? WHERE id = ?`, c.sig, c.id); err != nil {
			return err
		}
	}
	return nil
}

// migrate applies the migrations the database lacks, each in its own
// transaction recorded in schema_migrations, and refuses a database that has
// migrations this binary does not know.
func (s *Store) migrate(ctx context.Context) error {
	ms, err := migrations()
	if err != nil {
		return err
	}
	if _, err := s.db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		version INTEGER PRIMARY KEY,
		name    TEXT NOT NULL,
		applied TEXT NOT NULL)`); err != nil {
		return openError(s.path, err)
	}
	if err := s.upgradeSquashed(ctx); err != nil {
		return err
	}
	known := map[int]bool{}
	latest := 0
	for _, m := range ms {
		known[m.version] = true
		latest = max(latest, m.version)
	}
	rows, err := s.db.QueryContext(ctx, `SELECT version FROM schema_migrations ORDER BY version`)
	if err != nil {
		return fmt.Errorf("store: read migrations: %w", err)
	}
	have := map[int]bool{}
	for rows.Next() {
		var v int
		if err := rows.Scan(&v); err != nil {
			rows.Close()
			return err
		}
		have[v] = true
		if !known[v] {
			rows.Close()
			return digest.Errorf(digest.ECONFLICT,
				"%s was written by a newer whosaid (schema version %d; this binary knows up to %d): upgrade whosaid to use it",
				s.path, v, latest)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for _, m := range ms {
		if have[m.version] {
			continue
		}
		err := s.write(ctx, func(tx *sql.Tx) error {
			var n int
			// Another process may have applied it since we looked.
			if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM schema_migrations WHERE version = ?`, m.version).Scan(&n); err != nil || n > 0 {
				return err
			}
			if _, err := tx.ExecContext(ctx, m.sql); err != nil {
				return err
			}
			if step := migrationSteps[m.version]; step != nil {
				if err := step(ctx, tx); err != nil {
					return err
				}
			}
			_, err := tx.ExecContext(ctx, `INSERT INTO schema_migrations (version, name, applied) VALUES (?, ?, ?)`,
				m.version, m.name, fmtTime(s.now()))
			return err
		})
		if err != nil {
			return fmt.Errorf("store: migration %04d_%s: %w", m.version, m.name, err)
		}
		s.log.Debug("migration_applied", slog.Int("version", m.version), slog.String("name", m.name))
	}
	return nil
}

// SchemaVersion returns the highest migration applied to the database.
func (s *Store) SchemaVersion(ctx context.Context) (int, error) {
	var v int
	err := s.rdb.QueryRowContext(ctx, `SELECT coalesce(max(version), 0) FROM schema_migrations`).Scan(&v)
	return v, err
}

// Times are stored as RFC 3339 text in UTC so they sort as text.
const timeLayout = "2006-01-02T15:04:05.000000000Z07:00"

// fmtTime formats t for storage; the zero time is stored as "".
func fmtTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(timeLayout)
}

// parseTime reads a stored time; "" or garbage gives the zero time.
func parseTime(s string) time.Time {
	if s == "" {
		return time.Time{}
	}
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		return time.Time{}
	}
	return t
}

// fmtDay formats t's calendar day (YYYY-MM-DD), "" for the zero time.
func fmtDay(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("2006-01-02")
}

// parseDay reads a stored YYYY-MM-DD day as midnight UTC.
func parseDay(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return time.Time{}
	}
	return t
}

// placeholders returns "?, ?, ?" for n parameters.
func placeholders(n int) string {
	if n <= 0 {
		return ""
	}
	return strings.Repeat("?, ", n-1) + "?"
}
