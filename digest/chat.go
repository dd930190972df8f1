package digest

import (
	"context"
	"time"
)

// Chat types as Telegram names them.
const (
	ChatPrivate    = "private"
	ChatGroup      = "group"
	ChatSupergroup = "supergroup"
	ChatChannel    = "channel"
)

// Chat is a Telegram chat the bot knows, with its subscription settings.
type Chat struct {
	ID         int64 // Telegram chat id
	Type       string
	Title      string // group title or user's name
	Subscribed bool   // /start, /subscribe; false after /unsubscribe
	Active     bool   // false once Telegram said 403: kept so /start brings it back
	Inactive   string // why it became inactive
	Paused     bool
	DigestTime string  // "HH:MM" in Timezone
	Timezone   string  // IANA name
	Follows    []int64 // speakers whose statements alone the chat's digests show
	Mutes      []int64 // speakers whose statements the chat's digests and alerts leave out
	NothingNew bool    // send a one-line "nothing new" when a digest is empty
	LastDigest time.Time
	LastEntry  int64 // the newest entry ID the chat's last digest covered
	Created    time.Time
}

// Receiving reports whether scheduled digests go to the chat.
func (c *Chat) Receiving() bool { return c.Subscribed && c.Active && !c.Paused }

// ChatStore keeps chats and their settings. Implemented by store.Store.
type ChatStore interface {
	// Chat returns the chat with the given id, or an ENOTFOUND error.
	Chat(ctx context.Context, id int64) (*Chat, error)
	// SaveChat inserts or updates c.
	SaveChat(ctx context.Context, c *Chat) error
	// Chats returns every chat the bot knows.
	Chats(ctx context.Context) ([]Chat, error)
	// MigrateChat moves a chat, its settings and its pending messages from
	// one id to another (a group that became a supergroup).
	MigrateChat(ctx context.Context, from, to int64) error
	// DeactivateChat marks a chat inactive with a reason (403 from Telegram).
	DeactivateChat(ctx context.Context, id int64, reason string) error
}

// Outgoing message states.
const (
	MessagePending = "pending"
	MessageSent    = "sent"
	MessageFailed  = "failed"
)

// Message is one outgoing Telegram message in the outbox.
type Message struct {
	ID        int64
	ChatID    int64
	DigestKey string // "digest:2025-07-29" for a chat's daily digest; "" for replies
	Seq       int    // position within its digest
	Text      string // Telegram HTML
	State     string
	Reason    string // why it failed
	Created   time.Time
	Sent      time.Time
	TGMessage int // Telegram's message_id once sent
}

// Outbox is the durable queue of outgoing messages. Implemented by
// store.Store.
type Outbox interface {
	// EnqueueDigest writes a chat's digest messages in one transaction and
	// records the digest as made up to lastEntry. If the chat already has
	// a digest with this key, nothing is written and ECONFLICT is returned.
	EnqueueDigest(ctx context.Context, chatID int64, key string, lastEntry int64, msgs []Message) error
	// Pending returns unsent messages in order of creation.
	Pending(ctx context.Context, limit int) ([]Message, error)
	// MarkSent records that Telegram accepted a message.
	MarkSent(ctx context.Context, id int64, tgMessageID int, at time.Time) error
	// MarkFailed records that a message cannot be delivered, and why.
	MarkFailed(ctx context.Context, id int64, reason string) error
}
