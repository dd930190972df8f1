-- Chats with their subscription settings, digests made for them, and the
-- outbox of messages to deliver.

CREATE TABLE chats (
    id              INTEGER PRIMARY KEY,           -- Telegram chat id
    type            TEXT    NOT NULL DEFAULT 'private',
    title           TEXT    NOT NULL DEFAULT '',
    subscribed      INTEGER NOT NULL DEFAULT 0,
    active          INTEGER NOT NULL DEFAULT 1,
    inactive_reason TEXT    NOT NULL DEFAULT '',
    paused          INTEGER NOT NULL DEFAULT 0,
    digest_time     TEXT    NOT NULL DEFAULT '08:00',
    timezone        TEXT    NOT NULL DEFAULT 'UTC',
    follows         TEXT    NOT NULL DEFAULT '[]', -- JSON array of speaker ids
    keywords        TEXT    NOT NULL DEFAULT '[]', -- JSON array of strings
    nothing_new     INTEGER NOT NULL DEFAULT 0,
    last_digest     TEXT    NOT NULL DEFAULT '',
    last_entry      INTEGER NOT NULL DEFAULT 0,
    created         TEXT    NOT NULL
);

-- One row per digest made for a chat: the key makes it at most once.
CREATE TABLE digests (
    chat_id    INTEGER NOT NULL,
    key        TEXT    NOT NULL,                   -- "digest:2025-07-29"
    last_entry INTEGER NOT NULL,
    created    TEXT    NOT NULL,
    PRIMARY KEY (chat_id, key)
) WITHOUT ROWID;

-- The outbox: written before anything is sent, marked as Telegram accepts.
CREATE TABLE deliveries (
    id         INTEGER PRIMARY KEY,
    chat_id    INTEGER NOT NULL,
    digest_key TEXT    NOT NULL DEFAULT '',
    seq        INTEGER NOT NULL DEFAULT 0,
    text       TEXT    NOT NULL,
    state      TEXT    NOT NULL DEFAULT 'pending', -- pending, sent, failed
    reason     TEXT    NOT NULL DEFAULT '',
    created    TEXT    NOT NULL,
    sent       TEXT    NOT NULL DEFAULT '',
    tg_message INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX deliveries_state ON deliveries(state, id);
CREATE INDEX deliveries_chat ON deliveries(chat_id);
