package store

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"unicode"

	"github.com/whosaid/whosaid/digest"
)

// stmts are the statements SaveClipping runs for every clipping and
// statement, prepared once on the writer connection.
type stmts struct {
	clipByHash, insertClipping, insertBand, bandCandidates,
	aliasLookup, entryLookup, insertEntry, insertFTS, deleteFTS, insertSource, speakerCount *sql.Stmt
}

func prepare(ctx context.Context, db *sql.DB) (*stmts, error) {
	st := &stmts{}
	for _, p := range []struct {
		dst **sql.Stmt
		sql string
	}{
		{&st.clipByHash, `SELECT id, coalesce(near_dup_of, 0) FROM clippings WHERE hash = ?`},
		{&st.insertClipping, `INSERT INTO clippings (hash, path, url, headline, outlet, author, published, tags, text, text_source, minhash, near_dup_of, added)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, nullif(?, 0), ?)`},
		{&st.insertBand, `INSERT OR IGNORE INTO clipping_bands (band, clipping_id) VALUES (?, ?)`},
		{&st.bandCandidates, `SELECT c.id, coalesce(c.near_dup_of, 0), c.minhash FROM clippings c
			WHERE c.id IN (SELECT clipping_id FROM clipping_bands WHERE band IN (SELECT value FROM json_each(?))) ORDER BY c.id`},
		{&st.aliasLookup, `SELECT speaker_id FROM speaker_aliases WHERE key = ?`},
		{&st.entryLookup, `SELECT id, fts_key, said_on, published, content, names, context, sid FROM entries WHERE speaker_id = ? AND content_key = ?`},
		{&st.insertEntry, `INSERT INTO entries (id, fts_key, speaker_id, content_key, speaker, speaker_title, cue, content, direct,
			said_on, said_on_precision, via, audience, day, published, added, names, context, sid)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`},
		{&st.insertFTS, `INSERT INTO entry_fts (rowid, content, names, context, sid) VALUES (?, ?, ?, ?, ?)`},
		{&st.deleteFTS, `INSERT INTO entry_fts (entry_fts, rowid, content, names, context, sid) VALUES ('delete', ?, ?, ?, ?, ?)`},
		{&st.insertSource, `INSERT OR IGNORE INTO entry_sources (entry_id, clipping_id, seq, speaker_start, speaker_end,
			cue_start, cue_end, content_start, content_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`},
		{&st.speakerCount, `UPDATE speakers SET statements = statements + 1 WHERE id = ?`},
	} {
		var err error
		if *p.dst, err = db.PrepareContext(ctx, p.sql); err != nil {
			st.close()
			return nil, fmt.Errorf("store: prepare: %w", err)
		}
	}
	return st, nil
}

func (st *stmts) close() error {
	var errs []error
	for _, s := range []*sql.Stmt{st.clipByHash, st.insertClipping, st.insertBand, st.bandCandidates,
		st.aliasLookup, st.entryLookup, st.insertEntry, st.insertFTS, st.deleteFTS, st.insertSource, st.speakerCount} {
		if s != nil {
			errs = append(errs, s.Close())
		}
	}
	return errors.Join(errs...)
}

// SaveClipping stores c and its statements in one transaction and sets c.ID
// and c.Added. The same text again is a no-op reported as Duplicate. A
// near-duplicate of a stored clipping (the same story republished) is stored
// and linked to the first one (NearDupOf). A statement whose speaker and
// content match a stored entry adds c as another source of that entry
// instead of a second entry. Statements without speaker or content, or with
// spans outside the text, are skipped with a warning. A clipping with no
// text gives an EINVALID error.
func (s *Store) SaveClipping(ctx context.Context, c *digest.Clipping) (digest.SaveResult, error) {
	var res digest.SaveResult
	if strings.TrimSpace(c.Text) == "" {
		return res, digest.Errorf(digest.EINVALID, "%s: clipping has no text", c.Path)
	}
	hash := c.Hash()
	sig := signature(shingleText(c))
	tags, _ := json.Marshal(nonNil(c.Tags))
	now := s.now()
	err := s.write(ctx, func(tx *sql.Tx) error {
		res = digest.SaveResult{}
		var nearDup int64
		err := tx.StmtContext(ctx, s.st.clipByHash).QueryRowContext(ctx, hash).Scan(&res.ClippingID, &nearDup)
		if err == nil {
			res.Duplicate = true
			res.NearDupOf = nearDup
			return nil
		}
		if err != sql.ErrNoRows {
			return err
		}
		if sig != nil {
			if res.NearDupOf, err = s.nearDuplicate(ctx, tx, sig); err != nil {
				return err
			}
		}
		r, err := tx.StmtContext(ctx, s.st.insertClipping).ExecContext(ctx, hash, c.Path, c.URL, c.Headline, c.Outlet, c.Author,
			fmtDay(c.Published), string(tags), c.Text, textSource(c), encodeSig(sig), res.NearDupOf, fmtTime(now))
		if err != nil {
			return err
		}
		if res.ClippingID, err = r.LastInsertId(); err != nil {
			return err
		}
		for _, b := range bands(sig) {
			if _, err := tx.StmtContext(ctx, s.st.insertBand).ExecContext(ctx, b, res.ClippingID); err != nil {
				return err
			}
		}
		for i := range c.Statements {
			st := &c.Statements[i]
			if err := st.Validate(len(c.Text)); err != nil {
				s.log.Warn("statement_skipped", slog.String("path", c.Path), slog.Int("index", i), slog.Any("error", err))
				continue
			}
			if err := s.saveStatement(ctx, tx, c, res.ClippingID, i, st, now.UTC().Format("2006-01-02"), &res); err != nil {
				return fmt.Errorf("statement %d: %w", i, err)
			}
		}
		_, err = tx.ExecContext(ctx, `UPDATE clippings SET n_statements = ? WHERE id = ?`, res.Statements, res.ClippingID)
		return err
	})
	if err != nil {
		if digest.ErrorCode(err) != digest.EINTERNAL {
			return digest.SaveResult{}, err
		}
		return digest.SaveResult{}, fmt.Errorf("store: save clipping %s: %w", c.Path, err)
	}
	c.ID = res.ClippingID
	if !res.Duplicate {
		c.Added = now
	}
	return res, nil
}

// nearDuplicate returns the stored clipping a signature nearly matches (the
// first of a family of near-duplicates), or 0.
func (s *Store) nearDuplicate(ctx context.Context, tx *sql.Tx, sig []uint64) (int64, error) {
	keys, _ := json.Marshal(bands(sig))
	rows, err := tx.StmtContext(ctx, s.st.bandCandidates).QueryContext(ctx, string(keys))
	if err != nil {
		return 0, err
	}
	defer rows.Close()
	for rows.Next() {
		var id, root int64
		var blob []byte
		if err := rows.Scan(&id, &root, &blob); err != nil {
			return 0, err
		}
		if similarity(sig, decodeSig(blob)) >= nearDupSim {
			if root != 0 {
				return root, nil
			}
			return id, nil
		}
	}
	return 0, rows.Err()
}

// saveStatement stores one statement of clipping c (stored as clippingID):
// a new entry, or a new source of the entry with the same speaker and
// content.
func (s *Store) saveStatement(ctx context.Context, tx *sql.Tx, c *digest.Clipping, clippingID int64, seq int, st *digest.Statement, today string, res *digest.SaveResult) error {
	speakerID, created, err := s.resolveSpeaker(ctx, tx, st.Speaker, st.SpeakerTitle)
	if err != nil {
		return err
	}
	if created {
		res.NewSpeakers++
	}
	key := contentKey(st.Content)
	var e ftsRow
	var saidOn, published string
	err = tx.StmtContext(ctx, s.st.entryLookup).QueryRowContext(ctx, speakerID, key).Scan(&e.id, &e.key, &saidOn, &published,
		&e.content, &e.names, &e.context, &e.sid)
	switch {
	case err == sql.ErrNoRows:
		day := st.Date()
		dayText := fmtDay(day.Time())
		if dayText == "" {
			dayText = fmtDay(c.Published)
		}
		if dayText == "" {
			dayText = today
		}
		via, _ := json.Marshal(nonNil(st.Via))
		e.names = st.Speaker
		if st.SpeakerTitle != "" {
			e.names += ", " + st.SpeakerTitle
		}
		e.content, e.context, e.sid = st.Content, statementContext(c, st), fmt.Sprintf("spk%d", speakerID)
		if err := tx.QueryRowContext(ctx, `SELECT coalesce(max(id), 0) + 1 FROM entries`).Scan(&e.id); err != nil {
			return err
		}
		e.key = ftsKey(dayText, fmtDay(c.Published), e.id)
		_, err := tx.StmtContext(ctx, s.st.insertEntry).ExecContext(ctx, e.id, e.key, speakerID, key, st.Speaker, st.SpeakerTitle, st.Cue,
			st.Content, st.Direct, day.String(), string(precision(day)), string(via), st.Audience, dayText, fmtDay(c.Published),
			fmtTime(s.now()), e.names, e.context, e.sid)
		if err != nil {
			return err
		}
		if _, err := tx.StmtContext(ctx, s.st.insertFTS).ExecContext(ctx, e.key, e.content, e.names, e.context, e.sid); err != nil {
			return err
		}
		if _, err := tx.StmtContext(ctx, s.st.speakerCount).ExecContext(ctx, speakerID); err != nil {
			return err
		}
		res.NewEntries++
	case err != nil:
		return err
	default:
		// Another clipping carries a stored quote: learn its date and
		// headline if the entry lacked them.
		next := e
		if c.Headline != "" && !strings.Contains(e.context, c.Headline) {
			next.context = e.context + "\n" + c.Headline
		}
		if d := st.Date(); saidOn == "" && d.Known() {
			day := fmtDay(d.Time())
			next.key = ftsKey(day, published, e.id)
			if _, err := tx.ExecContext(ctx, `UPDATE entries SET said_on = ?, said_on_precision = ?, day = ? WHERE id = ?`,
				d.String(), string(d.Precision), day, e.id); err != nil {
				return err
			}
		}
		if next != e {
			if err := s.reindex(ctx, tx, e, next); err != nil {
				return err
			}
		}
	}
	entryID := e.id
	r, err := tx.StmtContext(ctx, s.st.insertSource).ExecContext(ctx, entryID, clippingID, seq,
		st.SpeakerSpan[0], st.SpeakerSpan[1], st.CueSpan[0], st.CueSpan[1], st.ContentSpan[0], st.ContentSpan[1])
	if err != nil {
		return err
	}
	if n, _ := r.RowsAffected(); n > 0 {
		res.Statements++
	}
	return nil
}

// ftsRow is what the full-text index holds of an entry.
type ftsRow struct {
	id, key                      int64
	content, names, context, sid string
}

// reindex replaces an entry's row in the full-text index (FTS5 external
// content wants the old values to delete) and its key and context in
// entries.
func (s *Store) reindex(ctx context.Context, tx *sql.Tx, old, next ftsRow) error {
	if _, err := tx.StmtContext(ctx, s.st.deleteFTS).ExecContext(ctx, old.key, old.content, old.names, old.context, old.sid); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `UPDATE entries SET context = ?, fts_key = ? WHERE id = ?`, next.context, next.key, next.id); err != nil {
		return err
	}
	_, err := tx.StmtContext(ctx, s.st.insertFTS).ExecContext(ctx, next.key, next.content, next.names, next.context, next.sid)
	return err
}

// precision returns d's precision, unknown for an unknown date.
func precision(d digest.Date) digest.Precision {
	if !d.Known() {
		return digest.PrecisionUnknown
	}
	return d.Precision
}

// contentKey folds a statement's content so that the same quote from two
// outlets (different quote marks, dashes, spacing or case) gets the same
// key.
func contentKey(content string) string {
	var b strings.Builder
	space := false
	for _, r := range strings.ToLower(content) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
		} else if r != '\'' && r != '’' {
			space = true
		}
	}
	sum := sha256.Sum256([]byte(b.String()))
	return hex.EncodeToString(sum[:16])
}

// maxContext bounds the paragraph kept as a statement's search context.
const maxContext = 600

// statementContext returns what a statement is indexed with besides its own
// words: the clipping's headline and the paragraph it stands in, so a topic
// search finds a quote about "ties" in an article about "relations".
func statementContext(c *digest.Clipping, st *digest.Statement) string {
	para := ""
	at := st.ContentSpan.Start()
	for _, b := range c.Blocks {
		if b.Span.Start() <= at && at < b.Span.End() {
			para = c.BlockText(b)
			break
		}
	}
	if len(para) > maxContext {
		para = shorten(para, maxContext)
	}
	if c.Headline == "" {
		return para
	}
	return c.Headline + "\n" + para
}

// shorten cuts s to at most n bytes at a word boundary.
func shorten(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := strings.LastIndexByte(s[:n], ' ')
	if cut <= 0 {
		cut = n
		for cut > 0 && !utf8RuneStart(s[cut]) {
			cut--
		}
	}
	return s[:cut]
}

func utf8RuneStart(b byte) bool { return b&0xC0 != 0x80 }

// shingleText is the text near-duplicates are judged on: what cleaning kept,
// or the whole text when the clipping has no blocks.
func shingleText(c *digest.Clipping) string {
	if len(c.Blocks) == 0 {
		return c.Text
	}
	var b strings.Builder
	for _, bl := range c.Blocks {
		if bl.Span.Start() < 0 || bl.Span.End() > len(c.Text) || bl.Span.Empty() {
			continue
		}
		b.WriteString(c.Text[bl.Span.Start():bl.Span.End()])
		b.WriteByte('\n')
	}
	return b.String()
}

// textSource defaults a clipping's TextSource to a file.
func textSource(c *digest.Clipping) string {
	if c.TextSource == "" {
		return digest.TextSourceFile
	}
	return c.TextSource
}

// nonNil returns an empty list for nil, so JSON holds [] not null.
func nonNil(list []string) []string {
	if list == nil {
		return []string{}
	}
	return list
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
