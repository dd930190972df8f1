package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/whosaid/whosaid/digest"
)

// DefaultLimit is how many entries a query returns when its caller says 0.
const DefaultLimit = 20

// MaxLimit bounds any one page.
const MaxLimit = 500

// Latest returns the entries matching f, newest first: by the day they were
// said, then their publication, then the order they were stored. Filter.AfterID selects what is new
// since a digest. Words are searched with Search, and a chat asks for words
// with /watch (WatchMatches).
func (s *Store) Latest(ctx context.Context, f digest.Filter) ([]digest.Entry, error) {
	limit := clampLimit(f.Limit)
	where, args := latestWhere(f)
	q := `SELECT e.id FROM entries e` + where + ` ORDER BY e.fts_key DESC LIMIT ? OFFSET ?`
	args = append(args, limit, max(f.Offset, 0))
	var entries []digest.Entry
	err := s.read(ctx, func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx, q, args...)
		if err != nil {
			return err
		}
		ids, err := scanIDs(rows)
		if err != nil {
			return err
		}
		entries, err = loadEntries(ctx, tx, ids)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("store: latest: %w", err)
	}
	return entries, nil
}

// latestWhere returns the WHERE clause (with its leading space, or "") and
// arguments selecting the entries e that f's AfterID, SpeakerIDs, Since
// and Before allow.
func latestWhere(f digest.Filter) (string, []any) {
	var where []string
	var args []any
	if f.AfterID > 0 {
		where = append(where, `e.id > ?`)
		args = append(args, f.AfterID)
	}
	if len(f.SpeakerIDs) > 0 {
		where = append(where, `e.speaker_id IN (`+placeholders(len(f.SpeakerIDs))+`)`)
		args = append(args, int64Args(f.SpeakerIDs)...)
	}
	if !f.Since.IsZero() {
		where = append(where, `e.fts_key >= ?`)
		args = append(args, dayKey(f.Since))
	}
	if !f.Before.IsZero() {
		where = append(where, `e.fts_key < ?`)
		args = append(args, dayKey(f.Before))
	}
	if len(where) == 0 {
		return "", args
	}
	return ` WHERE ` + strings.Join(where, ` AND `), args
}

// MaxEntryID returns the newest entry id (0 in an empty store): what a
// digest made now covers.
func (s *Store) MaxEntryID(ctx context.Context) (int64, error) {
	var id int64
	err := s.rdb.QueryRowContext(ctx, `SELECT coalesce(max(id), 0) FROM entries`).Scan(&id)
	return id, err
}

// Entry returns the entry with the given id, or an ENOTFOUND error.
func (s *Store) Entry(ctx context.Context, id int64) (*digest.Entry, error) {
	var entries []digest.Entry
	err := s.read(ctx, func(tx *sql.Tx) error {
		var err error
		entries, err = loadEntries(ctx, tx, []int64{id})
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("store: entry %d: %w", id, err)
	}
	if len(entries) == 0 {
		return nil, digest.Errorf(digest.ENOTFOUND, "no statement %d", id)
	}
	return &entries[0], nil
}

// clampLimit turns a caller's page size into one the store serves.
func clampLimit(n int) int {
	switch {
	case n <= 0:
		return DefaultLimit
	case n > MaxLimit:
		return MaxLimit
	}
	return n
}

// loadEntries reads the entries with these ids and their sources, in the
// order of ids. Spans are those of the first source.
func loadEntries(ctx context.Context, tx *sql.Tx, ids []int64) ([]digest.Entry, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	args := int64Args(ids)
	rows, err := tx.QueryContext(ctx, `SELECT id, speaker_id, speaker, speaker_title, cue, content, direct,
		said_on, said_on_precision, via, audience, added FROM entries WHERE id IN (`+placeholders(len(ids))+`)`, args...)
	if err != nil {
		return nil, err
	}
	byID := make(map[int64]*digest.Entry, len(ids))
	for rows.Next() {
		e := &digest.Entry{}
		var via, precision, added string
		if err := rows.Scan(&e.ID, &e.SpeakerID, &e.Speaker, &e.SpeakerTitle, &e.Cue, &e.Content, &e.Direct,
			&e.SaidOn, &precision, &via, &e.Audience, &added); err != nil {
			rows.Close()
			return nil, err
		}
		e.SaidOnPrecision = digest.Precision(precision)
		e.Added = parseTime(added)
		_ = json.Unmarshal([]byte(via), &e.Via)
		byID[e.ID] = e
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	rows, err = tx.QueryContext(ctx, `SELECT es.entry_id, c.id, c.outlet, c.url, c.headline, c.path, c.published,
		es.speaker_start, es.speaker_end, es.cue_start, es.cue_end, es.content_start, es.content_end
		FROM entry_sources es JOIN clippings c ON c.id = es.clipping_id
		WHERE es.entry_id IN (`+placeholders(len(ids))+`) ORDER BY es.entry_id, c.id`, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var src digest.Source
		var published string
		var sp, cue, content digest.Span
		if err := rows.Scan(&id, &src.ClippingID, &src.Outlet, &src.URL, &src.Headline, &src.Path, &published,
			&sp[0], &sp[1], &cue[0], &cue[1], &content[0], &content[1]); err != nil {
			return nil, err
		}
		src.Published = parseDay(published)
		e := byID[id]
		if e == nil {
			continue
		}
		if len(e.Sources) == 0 {
			e.SpeakerSpan, e.CueSpan, e.ContentSpan = sp, cue, content
		}
		e.Sources = append(e.Sources, src)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	out := make([]digest.Entry, 0, len(ids))
	for _, id := range ids {
		if e := byID[id]; e != nil {
			out = append(out, *e)
		}
	}
	return out, nil
}
