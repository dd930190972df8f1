-- whosaid's schema: clippings, speakers, statements (entries) and their
-- full-text index; chats, digests and the outbox; what was read. Later
-- changes come as migrations numbered after this one. (Databases made
-- before this file replaced 0001_init to 0006_entry_key_indexes are
-- brought to it by upgradeSquashed in squash.go.)

CREATE TABLE clippings (
    id           INTEGER PRIMARY KEY,
    hash         TEXT    NOT NULL UNIQUE,          -- hex SHA-256 of text
    path         TEXT    NOT NULL DEFAULT '',
    url          TEXT    NOT NULL DEFAULT '',
    headline     TEXT    NOT NULL DEFAULT '',
    outlet       TEXT    NOT NULL DEFAULT '',
    author       TEXT    NOT NULL DEFAULT '',
    published    TEXT    NOT NULL DEFAULT '',      -- YYYY-MM-DD, '' unknown
    tags         TEXT    NOT NULL DEFAULT '[]',    -- JSON array
    text         TEXT    NOT NULL,
    text_source  TEXT    NOT NULL DEFAULT 'file',
    -- Near-duplicate signature (MinHash). Its locality-sensitive bands
    -- live in the writer's memory (nearDupIndex), not in a table.
    minhash      BLOB,
    near_dup_of  INTEGER REFERENCES clippings(id),
    n_statements INTEGER NOT NULL DEFAULT 0,       -- statements saved with it
    added        TEXT    NOT NULL
);
CREATE INDEX clippings_outlet ON clippings(outlet);

CREATE TABLE speakers (
    id         INTEGER PRIMARY KEY,
    name       TEXT    NOT NULL,                   -- canonical: the fullest form seen
    title      TEXT    NOT NULL DEFAULT '',        -- the latest title seen
    surname    TEXT    NOT NULL DEFAULT '',        -- folded last word of name
    statements INTEGER NOT NULL DEFAULT 0,
    added      TEXT    NOT NULL
);
CREATE INDEX speakers_surname ON speakers(surname);
CREATE INDEX speakers_statements ON speakers(statements DESC, id);

CREATE TABLE speaker_aliases (
    key        TEXT    PRIMARY KEY,                -- folded spelling
    alias      TEXT    NOT NULL,                   -- the spelling as seen
    speaker_id INTEGER NOT NULL REFERENCES speakers(id) ON DELETE CASCADE
);
CREATE INDEX speaker_aliases_speaker ON speaker_aliases(speaker_id);

-- An entry is one statement however many clippings carried it.
CREATE TABLE entries (
    id                INTEGER PRIMARY KEY,
    speaker_id        INTEGER NOT NULL REFERENCES speakers(id),
    content_key       TEXT    NOT NULL,            -- folded content: same quote, same key
    speaker           TEXT    NOT NULL,            -- name as the first clipping gave it
    speaker_title     TEXT    NOT NULL DEFAULT '',
    cue               TEXT    NOT NULL DEFAULT '',
    content           TEXT    NOT NULL,
    direct            INTEGER NOT NULL DEFAULT 0,
    said_on           TEXT    NOT NULL DEFAULT '',
    said_on_precision TEXT    NOT NULL DEFAULT 'unknown',
    via               TEXT    NOT NULL DEFAULT '[]',
    audience          TEXT    NOT NULL DEFAULT '',
    day               TEXT    NOT NULL,            -- said_on, else publication, else added: YYYY-MM-DD
    published         TEXT    NOT NULL DEFAULT '', -- first source's publication date
    added             TEXT    NOT NULL,
    names             TEXT    NOT NULL DEFAULT '', -- indexed: speaker name and title
    context           TEXT    NOT NULL DEFAULT '', -- indexed: headlines and the surrounding paragraph
    sid               TEXT    NOT NULL,            -- indexed: "spk<speaker_id>" for speaker filters
    pairs             TEXT    NOT NULL DEFAULT '', -- indexed: adjacent common words as tokens (stopwords.go)
    -- The chronological key (ftsKey in ftskey.go): days from 1900 to the
    -- day said, days from then to publication, the id. It is the rowid in
    -- entry_fts, so FTS5 walks matches newest or oldest first and stops
    -- after a page whatever the words.
    fts_key           INTEGER NOT NULL DEFAULT 0,
    UNIQUE (speaker_id, content_key)
);
CREATE UNIQUE INDEX entries_fts_key ON entries(fts_key);
CREATE INDEX entries_speaker_key ON entries(speaker_id, fts_key);

CREATE TABLE entry_sources (
    entry_id      INTEGER NOT NULL REFERENCES entries(id) ON DELETE CASCADE,
    clipping_id   INTEGER NOT NULL REFERENCES clippings(id) ON DELETE CASCADE,
    seq           INTEGER NOT NULL DEFAULT 0,      -- position in the clipping
    speaker_start INTEGER NOT NULL DEFAULT 0,
    speaker_end   INTEGER NOT NULL DEFAULT 0,
    cue_start     INTEGER NOT NULL DEFAULT 0,
    cue_end       INTEGER NOT NULL DEFAULT 0,
    content_start INTEGER NOT NULL DEFAULT 0,
    content_end   INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (entry_id, clipping_id)
) WITHOUT ROWID;
CREATE INDEX entry_sources_clipping ON entry_sources(clipping_id);

-- Full-text index over entries (external content: the text lives in
-- entries), kept in step by the store next to each write, not by
-- triggers: a trigger makes every insert a statement transaction, at which
-- FTS5 flushes its pending terms to a new segment. Porter stemming so
-- "normalizing" finds "normalization". columnsize=0: no per-row token
-- counts, which only FTS5's bm25 reads and search does not use.
CREATE VIRTUAL TABLE entry_fts USING fts5(
    content, names, context, sid, pairs,
    content = 'entries', content_rowid = 'fts_key',
    tokenize = 'porter unicode61 remove_diacritics 2',
    columnsize = 0
);

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

-- Small named values the program keeps between runs, such as the newest
-- entry the last terminal digest covered.
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- source_items: one record of everything read, so a re-run, a restart, a
-- re-added feed item or an untouched file is not taken in again. A file
-- given to `whosaid ingest` is source 'file', its absolute path the key and
-- "size/mtime-ns" its sig (FileDone, RecordFile); feed items and inbox
-- files are written by cmd/whosaid/collect (Seen, MarkSeen). clipping_id
-- and error say what reading it gave.
CREATE TABLE source_items (
    source      TEXT    NOT NULL,
    key         TEXT    NOT NULL,
    sig         TEXT    NOT NULL,
    seen        TEXT    NOT NULL,
    clipping_id INTEGER REFERENCES clippings(id) ON DELETE SET NULL,
    error       TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (source, key)
) WITHOUT ROWID;
