package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"

	"github.com/whosaid/whosaid/digest"
)

// chatColumns are the columns scanChat reads, in order.
const chatColumns = `id, type, title, subscribed, active, inactive_reason, paused, digest_time, timezone,
	follows, nothing_new, last_digest, last_entry, created, mutes`

// scanChat reads one chats row selected with chatColumns.
func scanChat(row interface{ Scan(...any) error }) (*digest.Chat, error) {
	c := &digest.Chat{}
	var follows, last, created, mutes string
	err := row.Scan(&c.ID, &c.Type, &c.Title, &c.Subscribed, &c.Active, &c.Inactive, &c.Paused, &c.DigestTime, &c.Timezone,
		&follows, &c.NothingNew, &last, &c.LastEntry, &created, &mutes)
	if err != nil {
		return nil, err
	}
	_ = json.Unmarshal([]byte(follows), &c.Follows)
	_ = json.Unmarshal([]byte(mutes), &c.Mutes)
	c.LastDigest = parseTime(last)
	c.Created = parseTime(created)
	return c, nil
}

// Chat returns the chat with the given id, or an ENOTFOUND error.
func (s *Store) Chat(ctx context.Context, id int64) (*digest.Chat, error) {
	c, err := scanChat(s.rdb.QueryRowContext(ctx, `SELECT `+chatColumns+` FROM chats WHERE id = ?`, id))
	if err == sql.ErrNoRows {
		return nil, digest.Errorf(digest.ENOTFOUND, "no chat %d", id)
	}
	if err != nil {
		return nil, fmt.Errorf("store: chat %d: %w", id, err)
	}
	return c, nil
}

// SaveChat inserts or updates c. A new chat gets Created now when it has
// none, and the default digest time and time zone when it gives none.
func (s *Store) SaveChat(ctx context.Context, c *digest.Chat) error {
	if c.Created.IsZero() {
		c.Created = s.now()
	}
	if c.DigestTime == "" {
		c.DigestTime = "08:00"
	}
	if c.Timezone == "" {
		c.Timezone = "UTC"
	}
	if c.Type == "" {
		c.Type = digest.ChatPrivate
	}
	follows, _ := json.Marshal(nonNilIDs(c.Follows))
	mutes, _ := json.Marshal(nonNilIDs(c.Mutes))
	err := s.write(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO chats (`+chatColumns+`) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT (id) DO UPDATE SET type = excluded.type, title = excluded.title, subscribed = excluded.subscribed,
				active = excluded.active, inactive_reason = excluded.inactive_reason, paused = excluded.paused,
				digest_time = excluded.digest_time, timezone = excluded.timezone, follows = excluded.follows,
				nothing_new = excluded.nothing_new, last_digest = excluded.last_digest,
				last_entry = excluded.last_entry, mutes = excluded.mutes`,
			c.ID, c.Type, c.Title, c.Subscribed, c.Active, c.Inactive, c.Paused, c.DigestTime, c.Timezone,
			string(follows), c.NothingNew, fmtTime(c.LastDigest), c.LastEntry, fmtTime(c.Created), string(mutes))
		return err
	})
	if err != nil {
		return fmt.Errorf("store: save chat %d: %w", c.ID, err)
	}
	return nil
}

// Chats returns every chat the store knows, by id.
func (s *Store) Chats(ctx context.Context) ([]digest.Chat, error) {
	rows, err := s.rdb.QueryContext(ctx, `SELECT `+chatColumns+` FROM chats ORDER BY id`)
	if err != nil {
		return nil, fmt.Errorf("store: chats: %w", err)
	}
	defer rows.Close()
	var chats []digest.Chat
	for rows.Next() {
		c, err := scanChat(rows)
		if err != nil {
			return nil, fmt.Errorf("store: chats: %w", err)
		}
		chats = append(chats, *c)
	}
	return chats, rows.Err()
}

// MigrateChat moves chat from, its settings, digests and messages to the id
// to (a group that became a supergroup). When to is already known, its own
// settings are kept and from's digests and messages join it. An unknown
// from gives ENOTFOUND.
func (s *Store) MigrateChat(ctx context.Context, from, to int64) error {
	if from == to {
		return nil
	}
	err := s.write(ctx, func(tx *sql.Tx) error {
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM chats WHERE id = ?`, from).Scan(&n); err != nil {
			return err
		}
		if n == 0 {
			return digest.Errorf(digest.ENOTFOUND, "no chat %d", from)
		}
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM chats WHERE id = ?`, to).Scan(&n); err != nil {
			return err
		}
		if n == 0 {
			if _, err := tx.ExecContext(ctx, `UPDATE chats SET id = ?, type = ? WHERE id = ?`, to, digest.ChatSupergroup, from); err != nil {
				return err
			}
		} else if _, err := tx.ExecContext(ctx, `DELETE FROM chats WHERE id = ?`, from); err != nil {
			return err
		}
		for _, q := range []string{
			`UPDATE OR IGNORE digests SET chat_id = ? WHERE chat_id = ?`,
			`DELETE FROM digests WHERE chat_id = ?2 AND ?1 IS NOT NULL`,
			`UPDATE deliveries SET chat_id = ? WHERE chat_id = ?`,
			`UPDATE watches SET chat_id = ? WHERE chat_id = ?`,
		} {
			if _, err := tx.ExecContext(ctx, q, to, from); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil && digest.ErrorCode(err) == digest.EINTERNAL {
		return fmt.Errorf("store: migrate chat %d to %d: %w", from, to, err)
	}
	return err
}

// DeactivateChat marks a chat inactive with a reason (Telegram said 403)
// and fails its pending messages with that reason. An unknown chat gives
// ENOTFOUND.
func (s *Store) DeactivateChat(ctx context.Context, id int64, reason string) error {
	err := s.write(ctx, func(tx *sql.Tx) error {
		r, err := tx.ExecContext(ctx, `UPDATE chats SET active = 0, inactive_reason = ? WHERE id = ?`, reason, id)
		if err != nil {
			return err
		}
		if n, _ := r.RowsAffected(); n == 0 {
			return digest.Errorf(digest.ENOTFOUND, "no chat %d", id)
		}
		_, err = tx.ExecContext(ctx, `UPDATE deliveries SET state = ?, reason = ? WHERE chat_id = ? AND state = ?`,
			digest.MessageFailed, reason, id, digest.MessagePending)
		return err
	})
	if err != nil && digest.ErrorCode(err) == digest.EINTERNAL {
		return fmt.Errorf("store: deactivate chat %d: %w", id, err)
	}
	return err
}

// nonNilIDs returns an empty list for nil, so JSON holds [] not null.
func nonNilIDs(ids []int64) []int64 {
	if ids == nil {
		return []int64{}
	}
	return ids
}
