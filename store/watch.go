package store

import (
	"context"
	"database/sql"
	"fmt"
	"strconv"
	"strings"

	"github.com/whosaid/whosaid/digest"
)

// AddWatch stores w for its chat, checked from the newest entry stored now
// on (so only statements stored after it alert), and sets its ID,
// LastEntry and Created. A chat past digest.MaxWatches gets EINVALID.
func (s *Store) AddWatch(ctx context.Context, w *digest.Watch) error {
	w.Created = s.now()
	err := s.write(ctx, func(tx *sql.Tx) error {
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM watches WHERE chat_id = ?`, w.ChatID).Scan(&n); err != nil {
			return err
		}
		if n >= digest.MaxWatches {
			return digest.Errorf(digest.EINVALID, "This chat has %d watches, the most it may keep: /unwatch one first.", n)
		}
		if err := tx.QueryRowContext(ctx, `SELECT coalesce(max(id), 0) FROM entries`).Scan(&w.LastEntry); err != nil {
			return err
		}
		r, err := tx.ExecContext(ctx, `INSERT INTO watches (chat_id, query, speaker_id, speaker, last_entry, created) VALUES (?, ?, ?, ?, ?, ?)`,
			w.ChatID, w.Query, w.SpeakerID, w.Speaker, w.LastEntry, fmtTime(w.Created))
		if err != nil {
			return err
		}
		w.ID, err = r.LastInsertId()
		return err
	})
	if err != nil && digest.ErrorCode(err) == digest.EINTERNAL {
		return fmt.Errorf("store: add watch for chat %d: %w", w.ChatID, err)
	}
	return err
}

// watchColumns are the columns scanWatches reads, in order.
const watchColumns = `w.id, w.chat_id, w.query, w.speaker_id, w.speaker, w.last_entry, w.created`

// scanWatches reads watches selected with watchColumns and closes rows.
func scanWatches(rows *sql.Rows) ([]digest.Watch, error) {
	defer rows.Close()
	var out []digest.Watch
	for rows.Next() {
		var w digest.Watch
		var created string
		if err := rows.Scan(&w.ID, &w.ChatID, &w.Query, &w.SpeakerID, &w.Speaker, &w.LastEntry, &created); err != nil {
			return nil, err
		}
		w.Created = parseTime(created)
		out = append(out, w)
	}
	return out, rows.Err()
}

// Watches returns a chat's watches, oldest first.
func (s *Store) Watches(ctx context.Context, chatID int64) ([]digest.Watch, error) {
	rows, err := s.rdb.QueryContext(ctx, `SELECT `+watchColumns+` FROM watches w WHERE w.chat_id = ? ORDER BY w.id`, chatID)
	if err != nil {
		return nil, fmt.Errorf("store: watches of chat %d: %w", chatID, err)
	}
	ws, err := scanWatches(rows)
	if err != nil {
		return nil, fmt.Errorf("store: watches of chat %d: %w", chatID, err)
	}
	return ws, nil
}

// DeleteWatch removes a chat's watch; ENOTFOUND when the chat has none
// with that id.
func (s *Store) DeleteWatch(ctx context.Context, chatID, id int64) error {
	return s.write(ctx, func(tx *sql.Tx) error {
		r, err := tx.ExecContext(ctx, `DELETE FROM watches WHERE chat_id = ? AND id = ?`, chatID, id)
		if err != nil {
			return fmt.Errorf("store: delete watch %d: %w", id, err)
		}
		if n, _ := r.RowsAffected(); n == 0 {
			return digest.Errorf(digest.ENOTFOUND, "This chat has no watch %d.", id)
		}
		return nil
	})
}

// ActiveWatches returns the watches of the subscribed chats Telegram still
// delivers to: a chat that sent /unsubscribe, or answered 403 (blocked,
// kicked), alerts no more. A paused chat's watches go on.
func (s *Store) ActiveWatches(ctx context.Context) ([]digest.Watch, error) {
	rows, err := s.rdb.QueryContext(ctx, `SELECT `+watchColumns+` FROM watches w JOIN chats c ON c.id = w.chat_id
		WHERE c.active = 1 AND c.subscribed = 1 ORDER BY w.id`)
	if err != nil {
		return nil, fmt.Errorf("store: active watches: %w", err)
	}
	ws, err := scanWatches(rows)
	if err != nil {
		return nil, fmt.Errorf("store: active watches: %w", err)
	}
	return ws, nil
}

// RestartWatches moves a chat's watches to the newest entry stored now, so
// that a chat coming back (/subscribe after /unsubscribe, /start after a
// 403) is alerted about what is said from then on, not about everything
// said while it was away. It returns how many watches the chat has.
func (s *Store) RestartWatches(ctx context.Context, chatID int64) (int, error) {
	var n int64
	err := s.write(ctx, func(tx *sql.Tx) error {
		r, err := tx.ExecContext(ctx, `UPDATE watches SET last_entry = max(last_entry, (SELECT coalesce(max(id), 0) FROM entries)) WHERE chat_id = ?`, chatID)
		if err != nil {
			return err
		}
		n, err = r.RowsAffected()
		return err
	})
	if err != nil {
		return 0, fmt.Errorf("store: restart watches of chat %d: %w", chatID, err)
	}
	return int(n), nil
}

// WatchMatches returns the entries stored after w.LastEntry (up to upTo) whose content
// or speaker's names hold every word and phrase of w.Query (word forms
// included, as in search), said by w.SpeakerID when set and by none of
// muted, oldest first, at most limit. A watch made for a speaker not yet
// quoted (SpeakerID 0, Speaker the name asked for) matches the speakers
// that name spells as of now: an alias, or a word of one (a surname).
func (s *Store) WatchMatches(ctx context.Context, w digest.Watch, muted []int64, upTo int64, limit int) ([]digest.Entry, error) {
	where := []string{`e.id > ?`, `e.id <= ?`}
	args := []any{w.LastEntry, upTo}
	if w.SpeakerID != 0 {
		where = append(where, `e.speaker_id = ?`)
		args = append(args, w.SpeakerID)
	}
	byName := ""
	if w.SpeakerID == 0 {
		byName = foldName(w.Speaker)
	}
	if len(muted) > 0 {
		where = append(where, `e.speaker_id NOT IN (`+placeholders(len(muted))+`)`)
		args = append(args, int64Args(muted)...)
	}
	q := parseQuery(w.Query)
	if m := q.matchTerms(); m != "" {
		where = append(where, `e.fts_key IN (SELECT rowid FROM entry_fts WHERE entry_fts MATCH ?)`)
		args = append(args, "{content names} : ("+m+")")
	} else if w.SpeakerID == 0 && byName == "" {
		return nil, nil // a watch for nothing matches nothing
	}
	var entries []digest.Entry
	err := s.read(ctx, func(tx *sql.Tx) error {
		if byName != "" {
			ids, err := aliasMatches(ctx, tx, byName, 50)
			if err != nil || len(ids) == 0 {
				return err // nobody of that name quoted yet
			}
			where = append(where, `e.speaker_id IN (`+placeholders(len(ids))+`)`)
			args = append(args, int64Args(ids)...)
		}
		args = append(args, clampLimit(limit))
		if q.matchTerms() != "" {
			if err := indexReady(ctx, tx); err != nil {
				return err
			}
		}
		var err error
		entries, err = queryEntries(ctx, tx, `SELECT e.id FROM entries e WHERE `+strings.Join(where, " AND ")+` ORDER BY e.id LIMIT ?`, args...)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("store: matches of watch %d: %w", w.ID, err)
	}
	return entries, nil
}

// EnqueueAlert writes msgs to the outbox for w's chat and moves the
// watch's last_entry from w.LastEntry to upTo, in one transaction: a crash
// either does both or neither, so an alert is neither lost nor repeated.
// When the watch no longer stands at w.LastEntry (another run moved it, or
// it was removed), nothing is written and ECONFLICT is returned.
func (s *Store) EnqueueAlert(ctx context.Context, w digest.Watch, upTo int64, msgs []digest.Message) error {
	now := fmtTime(s.now())
	key := "watch:" + strconv.FormatInt(w.ID, 10) + ":" + strconv.FormatInt(upTo, 10)
	err := s.write(ctx, func(tx *sql.Tx) error {
		r, err := tx.ExecContext(ctx, `UPDATE watches SET last_entry = ? WHERE id = ? AND last_entry = ?`, upTo, w.ID, w.LastEntry)
		if err != nil {
			return err
		}
		if n, _ := r.RowsAffected(); n == 0 {
			return digest.Errorf(digest.ECONFLICT, "watch %d has moved on from entry %d", w.ID, w.LastEntry)
		}
		for i, m := range msgs {
			if _, err := tx.ExecContext(ctx, `INSERT INTO deliveries (chat_id, digest_key, seq, text, state, created) VALUES (?, ?, ?, ?, ?, ?)`,
				w.ChatID, key, i+1, m.Text, digest.MessagePending, now); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil && digest.ErrorCode(err) == digest.EINTERNAL {
		return fmt.Errorf("store: enqueue alert of watch %d: %w", w.ID, err)
	}
	return err
}
