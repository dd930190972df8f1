package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"

	"github.com/whosaid/whosaid/digest"
)

// EnqueueDigest writes a chat's digest messages in one transaction, records
// the digest under key as made up to lastEntry, and sets the chat's
// LastDigest (now) and LastEntry. If the chat already has a digest with this
// key, nothing is written and ECONFLICT is returned. An empty key enqueues
// plain replies: no digest is recorded and the chat is not changed.
func (s *Store) EnqueueDigest(ctx context.Context, chatID int64, key string, lastEntry int64, msgs []digest.Message) error {
	now := s.now()
	err := s.write(ctx, func(tx *sql.Tx) error {
		if key != "" {
			_, err := tx.ExecContext(ctx, `INSERT INTO digests (chat_id, key, last_entry, created) VALUES (?, ?, ?, ?)`,
				chatID, key, lastEntry, fmtTime(now))
			if err != nil {
				if strings.Contains(err.Error(), "UNIQUE") || strings.Contains(err.Error(), "PRIMARY KEY") {
					return digest.Errorf(digest.ECONFLICT, "chat %d already has digest %q", chatID, key)
				}
				return err
			}
			if _, err := tx.ExecContext(ctx, `UPDATE chats SET last_digest = ?, last_entry = max(last_entry, ?) WHERE id = ?`,
				fmtTime(now), lastEntry, chatID); err != nil {
				return err
			}
		}
		for i, m := range msgs {
			seq := m.Seq
			if seq == 0 {
				seq = i
			}
			if _, err := tx.ExecContext(ctx, `INSERT INTO deliveries (chat_id, digest_key, seq, text, state, created) VALUES (?, ?, ?, ?, ?, ?)`,
				chatID, key, seq, m.Text, digest.MessagePending, fmtTime(now)); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil && digest.ErrorCode(err) == digest.EINTERNAL {
		return fmt.Errorf("store: enqueue digest %q for chat %d: %w", key, chatID, err)
	}
	return err
}

// Pending returns up to limit unsent messages in order of creation.
func (s *Store) Pending(ctx context.Context, limit int) ([]digest.Message, error) {
	if limit <= 0 {
		limit = 100
	}
	msgs, err := s.queryMessages(ctx, `WHERE state = ? ORDER BY id LIMIT ?`, digest.MessagePending, limit)
	if err != nil {
		return nil, fmt.Errorf("store: pending: %w", err)
	}
	return msgs, nil
}

// MarkSent records that Telegram accepted message id as tgMessageID at at.
// Marking a sent message again changes nothing; an unknown id gives
// ENOTFOUND.
func (s *Store) MarkSent(ctx context.Context, id int64, tgMessageID int, at time.Time) error {
	return s.mark(ctx, id, `UPDATE deliveries SET state = ?, sent = ?, tg_message = ? WHERE id = ? AND state != ?`,
		digest.MessageSent, fmtTime(at), tgMessageID, id, digest.MessageSent)
}

// MarkFailed records that message id cannot be delivered, and why. An
// unknown id gives ENOTFOUND.
func (s *Store) MarkFailed(ctx context.Context, id int64, reason string) error {
	return s.mark(ctx, id, `UPDATE deliveries SET state = ?, reason = ? WHERE id = ? AND state = ?`,
		digest.MessageFailed, reason, id, digest.MessagePending)
}

// mark runs one state change of message id; when it changes nothing, the
// message must at least exist.
func (s *Store) mark(ctx context.Context, id int64, query string, args ...any) error {
	err := s.write(ctx, func(tx *sql.Tx) error {
		r, err := tx.ExecContext(ctx, query, args...)
		if err != nil {
			return err
		}
		if n, _ := r.RowsAffected(); n > 0 {
			return nil
		}
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM deliveries WHERE id = ?`, id).Scan(&n); err != nil {
			return err
		}
		if n == 0 {
			return digest.Errorf(digest.ENOTFOUND, "no message %d", id)
		}
		return nil
	})
	if err != nil && digest.ErrorCode(err) == digest.EINTERNAL {
		return fmt.Errorf("store: message %d: %w", id, err)
	}
	return err
}

// Messages returns every message of a chat in order of creation, for tests
// and /stats.
func (s *Store) Messages(ctx context.Context, chatID int64) ([]digest.Message, error) {
	msgs, err := s.queryMessages(ctx, `WHERE chat_id = ? ORDER BY id`, chatID)
	if err != nil {
		return nil, fmt.Errorf("store: messages of chat %d: %w", chatID, err)
	}
	return msgs, nil
}

// queryMessages returns the outbox rows selected by the rest of a query
// (WHERE ... ORDER BY ...) and its arguments.
func (s *Store) queryMessages(ctx context.Context, rest string, args ...any) ([]digest.Message, error) {
	rows, err := s.rdb.QueryContext(ctx, `SELECT id, chat_id, digest_key, seq, text, state, reason, created, sent, tg_message
		FROM deliveries `+rest, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var msgs []digest.Message
	for rows.Next() {
		var m digest.Message
		var created, sent string
		if err := rows.Scan(&m.ID, &m.ChatID, &m.DigestKey, &m.Seq, &m.Text, &m.State, &m.Reason, &created, &sent, &m.TGMessage); err != nil {
			return nil, err
		}
		m.Created, m.Sent = parseTime(created), parseTime(sent)
		msgs = append(msgs, m)
	}
	return msgs, rows.Err()
}
