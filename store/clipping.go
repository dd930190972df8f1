package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"log/slog"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/whosaid/whosaid/digest"
)

// The statements SaveClipping runs for every clipping and statement; the
// writer prepares each once (Store.txExec).
const (
	sqlClipByHash     = `SELECT id, coalesce(near_dup_of, 0) FROM clippings WHERE hash = ?`
	sqlInsertClipping = `INSERT INTO clippings (hash, path, url, headline, outlet, author, published, tags, text, text_source, minhash, near_dup_of, added)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, nullif(?, 0), ?)`
	sqlClipStatements = `UPDATE clippings SET n_statements = ? WHERE id = ?`
	sqlNextEntryID    = `SELECT coalesce(max(id), 0) + 1 FROM entries`
	sqlEntryLookup    = `SELECT id, fts_key, said_on, published, content, names, context, sid, pairs FROM entries WHERE speaker_id = ? AND content_key = ?`
	sqlEntryDate      = `UPDATE entries SET said_on = ?, said_on_precision = ?, day = ? WHERE id = ?`
	sqlEntryReindex   = `UPDATE entries SET context = ?, pairs = ?, fts_key = ? WHERE id = ?`
	// The batch's new full-text rows, copied from entries inside SQLite: one
	// statement a batch, in key order, and no text bound twice.
	sqlInsertFTS = `INSERT INTO entry_fts (rowid, content, names, context, sid, pairs)
		SELECT fts_key, content, names, context, sid, pairs FROM entries
		WHERE fts_key IN (SELECT value FROM json_each(?)) ORDER BY fts_key`
	// One row, for a batch that deleted index rows (indexPending).
	sqlInsertFTSRow = `INSERT INTO entry_fts (rowid, content, names, context, sid, pairs) VALUES (?, ?, ?, ?, ?, ?)`
	sqlDeleteFTS    = `INSERT INTO entry_fts (entry_fts, rowid, content, names, context, sid, pairs) VALUES ('delete', ?, ?, ?, ?, ?, ?)`
	sqlSpeakerCount = `UPDATE speakers SET statements = statements + ? WHERE id = ?`
)

// SaveClipping stores c and its statements in one transaction and sets c.ID
// and c.Added. The same text again is a no-op reported as Duplicate. A
// near-duplicate of a stored clipping (the same story republished) is stored
// and linked to the first one (NearDupOf). A statement whose speaker and
// content match a stored entry adds c as another source of that entry
// instead of a second entry. Statements without speaker or content, or with
// spans outside the text, are skipped with a warning. A clipping with no
// text gives an EINVALID error.
func (s *Store) SaveClipping(ctx context.Context, c *digest.Clipping) (digest.SaveResult, error) {
	res := s.SaveBatch(ctx, []BatchItem{{Clipping: c}})
	return res[0].SaveResult, res[0].Err
}

// BatchItem is one clipping to save with SaveBatch, and optionally the file
// it was read from, recorded as done in the same transaction.
type BatchItem struct {
	Clipping *digest.Clipping
	File     *FileState
	prep     *prepared // set by Prepare
}

// Prepare computes what saving the item takes that needs no database: the
// text's hash, its near-duplicate signature, the statements' keys and
// search contexts. SaveBatch does it for items not prepared, before its
// transaction; a caller that reads clippings on several goroutines calls
// Prepare there, so the single writer only writes. The clipping must not
// change after.
func (it *BatchItem) Prepare() {
	c := it.Clipping
	if strings.TrimSpace(c.Text) == "" {
		it.prep = &prepared{err: digest.Errorf(digest.EINVALID, "%s: clipping has no text", c.Path)}
		return
	}
	tags, _ := json.Marshal(nonNil(c.Tags))
	sig := clippingSignature(c)
	it.prep = &prepared{hash: c.Hash(), sig: sig, bands: bandKeys(sig), tags: string(tags), stmts: prepStatements(c)}
}

// BatchResult is what SaveBatch did with one item.
type BatchResult struct {
	digest.SaveResult
	Err error // an EINVALID error for this item alone, or the batch's error
}

// BulkBatch is how many clippings at most a bulk load (whosaid ingest,
// GenerateIngest) saves in one SaveBatch. A commit costs the writer about
// 2 ms besides its rows (a full-text segment of every term the batch
// holds, the pages it touched written to the WAL): BenchmarkWriter's
// single writer in batches of 8 / 32 / 128 / 256 / 512 clippings took 69 /
// 55-56 / 50 / 49.5 / 45 CPU µs a statement.
const BulkBatch = 512

// SaveBatch saves several clippings as SaveClipping does, in one
// transaction: all of them or none, with fewer commits (and full-text
// index flushes) than one transaction each, which is what makes ingesting
// a folder fast. Items with no text fail alone with an EINVALID error; any
// other error fails the whole batch and is set on every item.
func (s *Store) SaveBatch(ctx context.Context, items []BatchItem) []BatchResult {
	out := make([]BatchResult, len(items))
	// What items were not prepared with is computed before the
	// transaction, on all cores, so the writer holds the database only for
	// writing.
	var wg sync.WaitGroup
	for w := range min(runtime.GOMAXPROCS(0), len(items)) {
		wg.Go(func() {
			for i := w; i < len(items); i += runtime.GOMAXPROCS(0) {
				if items[i].prep == nil {
					items[i].Prepare()
				}
			}
		})
	}
	wg.Wait()
	for i := range items {
		out[i].Err = items[i].prep.err
	}
	now := s.now()
	var st *saveState
	s.saveMu.Lock()
	defer s.saveMu.Unlock()
	err := s.writeDetached(ctx, func(wctx context.Context, tx *sql.Tx) error {
		// The statements run under wctx; ctx is checked between clippings.
		st = &saveState{caller: ctx, now: now, today: now.UTC().Format("2006-01-02"), added: fmtTime(now), speakers: map[string]speakerRef{},
			counts: map[int64]int{}, fts: map[int64]ftsRow{}, bands: map[uint32][]int32{}}
		if err := s.syncEntryKeys(wctx, tx); err != nil {
			return err
		}
		for i, it := range items {
			if out[i].Err != nil {
				continue
			}
			if err := ctx.Err(); err != nil {
				return err
			}
			res, err := s.saveOne(wctx, tx, st, it.Clipping, it.prep)
			if err != nil {
				return fmt.Errorf("%s: %w", it.Clipping.Path, err)
			}
			out[i].SaveResult = res
		}
		if err := s.flushRows(wctx, tx, st); err != nil {
			return err
		}
		index := s.indexPending
		if s.deferIndex {
			index = s.markIndexStale
		}
		if err := index(wctx, tx, st); err != nil {
			return err
		}
		// Files last: an upsert may open a statement journal, at which
		// FTS5 flushes what it has pending; once per batch is enough.
		for i, it := range items {
			if it.File != nil && out[i].Err == nil {
				f := *it.File
				f.ClippingID = out[i].ClippingID
				if err := s.recordFile(wctx, tx, f); err != nil {
					return err
				}
			}
		}
		for id, n := range st.counts {
			if _, err := s.txExec(wctx, tx, sqlSpeakerCount, n, id); err != nil {
				return err
			}
		}
		return nil
	})
	if err == nil && s.autocheckpoint != 0 {
		s.bulkCommitted(ctx) // a bulk load's WAL (checkpoint.go)
	}
	if err == nil {
		// Committed: the spellings resolved are known for good (speakers
		// and aliases are never removed).
		for k, ref := range st.speakers {
			s.speakerCache.Store(k, ref)
		}
		s.surnames.committed(&st.surnames, st.counts)
		for _, c := range st.clippings {
			s.nearDups.add(c.id, c.bands)
		}
	}
	for i, it := range items {
		switch {
		case out[i].Err != nil:
		case err != nil:
			out[i] = BatchResult{Err: err}
			if digest.ErrorCode(err) == digest.EINTERNAL {
				out[i].Err = fmt.Errorf("store: save clipping: %w", err)
			}
		default:
			it.Clipping.ID = out[i].ClippingID
			if !out[i].Duplicate {
				it.Clipping.Added = now
			}
		}
	}
	return out
}

// prepared is what SaveBatch computes of a clipping before its
// transaction, on every core.
type prepared struct {
	hash  string
	sig   []uint64
	bands []uint32 // bandKeys(sig)
	tags  string
	stmts []stmtPrep // by statement index
	err   error      // the clipping cannot be saved (EINVALID)
}

// stmtPrep is what saveStatement needs of a statement that takes no query
// to compute.
type stmtPrep struct {
	speakerKey string // foldName of the speaker
	contentKey string
	names      string // speaker and title, as indexed
	context    string
	pairs      string // entryPairs of content and names
	via        string // JSON
	err        error  // from Validate: the statement is skipped
}

// prepStatements computes the stmtPrep of each of c's statements.
func prepStatements(c *digest.Clipping) []stmtPrep {
	out := make([]stmtPrep, len(c.Statements))
	head := headlineWords(c.Headline)
	for i := range c.Statements {
		st := &c.Statements[i]
		if out[i].err = st.Validate(len(c.Text)); out[i].err != nil {
			continue
		}
		via, _ := json.Marshal(nonNil(st.Via))
		names := st.Speaker
		if st.SpeakerTitle != "" {
			names += ", " + st.SpeakerTitle
		}
		// contextWords(st.Content, joinContext(c.Headline, before, after)),
		// with the headline's words found once for all the statements.
		before, after := contextAround(c, st)
		out[i] = stmtPrep{speakerKey: foldName(st.Speaker), contentKey: contentKey(st.Content),
			names: names, context: wordsBesides(st.Content, head, before, after), pairs: entryPairs(st.Content, names), via: string(via)}
	}
	return out
}

// saveState is what one save transaction remembers between its clippings
// and statements, to spare repeated queries.
type saveState struct {
	caller   context.Context // the caller's, checked between statements
	now      time.Time
	today    string
	added    string                // now, as entries store it
	nextID   int64                 // the next entry id; 0 until read
	speakers map[string]speakerRef // folded spelling -> speaker, this transaction
	surnames txSurnames            // speakers by surname, as this transaction sees them
	counts   map[int64]int         // new entries per speaker, added at the end
	fts      map[int64]ftsRow      // rows to add to the full-text index, by key
	pending  pendingRows           // entries and sources not yet inserted
	// clipEntries are the entries the clipping being saved is a source
	// of: a quote it repeats is one source.
	clipEntries []int64
	// ftsGone are the rows of the full-text index this transaction
	// replaces, by key: indexPending deletes them beside its new rows, in
	// key order (then one at a time).
	ftsGone map[int64]ftsRow
	// Near-duplicate bands of the clippings this transaction stored, to
	// compare the next ones with and to remember once it commits.
	bands     map[uint32][]int32
	clippings []bandedClipping
}

// bandedClipping is a clipping stored with its near-duplicate bands.
type bandedClipping struct {
	id    int64
	bands []uint32
}

// speakerRef is a resolved speaker and its title as stored.
type speakerRef struct {
	id    int64
	title string
}

// saveOne saves one clipping within a save transaction.
func (s *Store) saveOne(ctx context.Context, tx *sql.Tx, st *saveState, c *digest.Clipping, p *prepared) (digest.SaveResult, error) {
	hash, sig, tags := p.hash, p.sig, p.tags
	var res digest.SaveResult
	var nearDup int64
	err := s.txQueryRow(ctx, tx, sqlClipByHash, hash).Scan(&res.ClippingID, &nearDup)
	if err == nil {
		res.Duplicate = true
		res.NearDupOf = nearDup
		return res, nil
	}
	if err != sql.ErrNoRows {
		return res, err
	}
	if sig != nil {
		if res.NearDupOf, err = s.nearDuplicate(ctx, tx, st, p.bands, sig); err != nil {
			return res, err
		}
	}
	r, err := s.txExec(ctx, tx, sqlInsertClipping, hash, c.Path, c.URL, c.Headline, c.Outlet, c.Author,
		fmtDay(c.Published), tags, c.Text, textSource(c), encodeSig(sig), res.NearDupOf, fmtTime(st.now))
	if err != nil {
		return res, err
	}
	if res.ClippingID, err = r.LastInsertId(); err != nil {
		return res, err
	}
	if len(p.bands) > 0 {
		for _, b := range p.bands {
			st.bands[b] = append(st.bands[b], int32(res.ClippingID))
		}
		st.clippings = append(st.clippings, bandedClipping{res.ClippingID, p.bands})
	}
	st.clipEntries = st.clipEntries[:0]
	for i := range c.Statements {
		if err := st.caller.Err(); err != nil {
			return res, fmt.Errorf("statement %d: %w", i, err)
		}
		stmt := &c.Statements[i]
		if err := p.stmts[i].err; err != nil {
			s.log.Warn("statement_skipped", slog.String("path", c.Path), slog.Int("index", i), slog.Any("error", err))
			continue
		}
		if err := s.saveStatement(ctx, tx, st, c, res.ClippingID, i, stmt, &p.stmts[i], &res); err != nil {
			return res, fmt.Errorf("statement %d: %w", i, err)
		}
	}
	_, err = s.txExec(ctx, tx, sqlClipStatements, res.Statements, res.ClippingID)
	return res, err
}

// saveStatement stores one statement of clipping c (stored as clippingID):
// a new entry, or a new source of the entry with the same speaker and
// content.
func (s *Store) saveStatement(ctx context.Context, tx *sql.Tx, ss *saveState, c *digest.Clipping, clippingID int64, seq int, st *digest.Statement, p *stmtPrep, res *digest.SaveResult) error {
	speakerID, created, err := s.resolveSpeaker(ctx, tx, ss, p.speakerKey, st.Speaker, st.SpeakerTitle)
	if err != nil {
		return err
	}
	if err := s.addSpeakerAliases(ctx, tx, ss, speakerID, st.SpeakerAliases); err != nil {
		return err
	}
	if created {
		res.NewSpeakers++
	}
	key := p.contentKey
	var e ftsRow
	var saidOn, published string
	if created || !s.entryKeys.mayHave(speakerID, key) {
		// A speaker new this moment has said nothing yet; the writer's
		// memory of entries knows when no entry has this key.
		err = sql.ErrNoRows
	} else {
		s.entryKeys.lookups++
		if ss.pending.mayHave(speakerID, key) {
			// The entry may be one not inserted yet.
			if err := s.flushRows(ctx, tx, ss); err != nil {
				return err
			}
		}
		err = s.txQueryRow(ctx, tx, sqlEntryLookup, speakerID, key).Scan(&e.id, &e.key, &saidOn, &published,
			&e.content, &e.names, &e.context, &e.sid, &e.pairs)
	}
	switch {
	case err == sql.ErrNoRows:
		day := st.Date()
		dayText := fmtDay(day.Time())
		if dayText == "" {
			dayText = fmtDay(c.Published)
		}
		if dayText == "" {
			dayText = ss.today
		}
		e.content, e.names, e.context, e.pairs = st.Content, p.names, p.context, p.pairs
		e.sid = "spk" + strconv.FormatInt(speakerID, 10)
		if ss.nextID == 0 {
			if err := s.txQueryRow(ctx, tx, sqlNextEntryID).Scan(&ss.nextID); err != nil {
				return err
			}
		}
		e.id = ss.nextID
		ss.nextID++
		e.key = ftsKey(dayText, fmtDay(c.Published), e.id)
		// In the order of insertEntriesSQL's columns.
		ss.pending.entries = append(ss.pending.entries, e.id, e.key, speakerID, key, st.Speaker, st.SpeakerTitle, st.Cue,
			st.Content, st.Direct, day.String(), string(precision(day)), p.via, st.Audience, dayText, fmtDay(c.Published),
			ss.added, e.names, e.context, speakerID, e.pairs)
		ss.fts[e.key] = e
		s.entryKeys.add(speakerID, key)
		ss.pending.addEntry(speakerID, key)
		ss.counts[speakerID]++
		res.NewEntries++
	case err != nil:
		return err
	default:
		// Another clipping carries a stored quote: learn its date and
		// headline if the entry lacked them.
		next := e
		if more := contextWords(e.content+" "+e.context, c.Headline); more != "" {
			next.context = strings.TrimSpace(e.context + " " + more)
		}
		if d := st.Date(); saidOn == "" && d.Known() {
			day := fmtDay(d.Time())
			next.key = ftsKey(day, published, e.id)
			if _, err := s.txExec(ctx, tx, sqlEntryDate,
				d.String(), string(d.Precision), day, e.id); err != nil {
				return err
			}
		}
		if next != e {
			if err := s.reindex(ctx, tx, ss, e, next); err != nil {
				return err
			}
		}
	}
	// The clipping is new to the store, so the entry has no source of it
	// but those of this clipping's statements.
	if slices.Contains(ss.clipEntries, e.id) {
		return nil
	}
	ss.clipEntries = append(ss.clipEntries, e.id)
	ss.pending.sources = append(ss.pending.sources, e.id, clippingID, seq,
		st.SpeakerSpan[0], st.SpeakerSpan[1], st.CueSpan[0], st.CueSpan[1], st.ContentSpan[0], st.ContentSpan[1])
	res.Statements++
	return nil
}

// Clipping returns the stored clipping with the given id, without its
// statements, or an ENOTFOUND error.
func (s *Store) Clipping(ctx context.Context, id int64) (*digest.Clipping, error) {
	c := &digest.Clipping{ID: id}
	var published, tags, added string
	err := s.rdb.QueryRowContext(ctx, `SELECT path, url, headline, outlet, author, published, tags, text, text_source, added
		FROM clippings WHERE id = ?`, id).Scan(&c.Path, &c.URL, &c.Headline, &c.Outlet, &c.Author, &published, &tags, &c.Text, &c.TextSource, &added)
	if err == sql.ErrNoRows {
		return nil, digest.Errorf(digest.ENOTFOUND, "no clipping %d", id)
	}
	if err != nil {
		return nil, fmt.Errorf("store: clipping %d: %w", id, err)
	}
	c.Published = parseDay(published)
	c.Added = parseTime(added)
	_ = json.Unmarshal([]byte(tags), &c.Tags)
	return c, nil
}

// NearDuplicateOf returns the id of the stored clipping that clipping id was
// linked to as a near-duplicate, or 0.
func (s *Store) NearDuplicateOf(ctx context.Context, id int64) (int64, error) {
	var of int64
	err := s.rdb.QueryRowContext(ctx, `SELECT coalesce(near_dup_of, 0) FROM clippings WHERE id = ?`, id).Scan(&of)
	if err == sql.ErrNoRows {
		return 0, digest.Errorf(digest.ENOTFOUND, "no clipping %d", id)
	}
	return of, err
}
