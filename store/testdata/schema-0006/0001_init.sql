-- Clippings, speakers, statements (entries) and their full-text index.

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
    minhash      BLOB,                             -- near-duplicate signature
    near_dup_of  INTEGER REFERENCES clippings(id),
    n_statements INTEGER NOT NULL DEFAULT 0,       -- statements saved with it
    added        TEXT    NOT NULL
);
CREATE INDEX clippings_outlet ON clippings(outlet);

-- Locality-sensitive hashing bands of each clipping's MinHash signature:
-- clippings sharing a band are near-duplicate candidates.
CREATE TABLE clipping_bands (
    band        INTEGER NOT NULL,
    clipping_id INTEGER NOT NULL REFERENCES clippings(id) ON DELETE CASCADE,
    PRIMARY KEY (band, clipping_id)
) WITHOUT ROWID;

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
    UNIQUE (speaker_id, content_key)
);
CREATE INDEX entries_day ON entries(day, id);
CREATE INDEX entries_speaker_day ON entries(speaker_id, day, published, id);

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
-- entries). Porter stemming so "normalizing" finds "normalization".
CREATE VIRTUAL TABLE entry_fts USING fts5(
    content, names, context, sid,
    content = 'entries', content_rowid = 'id',
    tokenize = 'porter unicode61 remove_diacritics 2'
);

CREATE TRIGGER entries_fts_insert AFTER INSERT ON entries BEGIN
    INSERT INTO entry_fts (rowid, content, names, context, sid)
    VALUES (new.id, new.content, new.names, new.context, new.sid);
END;
CREATE TRIGGER entries_fts_delete AFTER DELETE ON entries BEGIN
    INSERT INTO entry_fts (entry_fts, rowid, content, names, context, sid)
    VALUES ('delete', old.id, old.content, old.names, old.context, old.sid);
END;
CREATE TRIGGER entries_fts_update AFTER UPDATE OF content, names, context, sid ON entries BEGIN
    INSERT INTO entry_fts (entry_fts, rowid, content, names, context, sid)
    VALUES ('delete', old.id, old.content, old.names, old.context, old.sid);
    INSERT INTO entry_fts (rowid, content, names, context, sid)
    VALUES (new.id, new.content, new.names, new.context, new.sid);
END;

-- Files given to `whosaid ingest` or found in an inbox, so a re-run skips
-- what it has done.
CREATE TABLE ingested_files (
    path        TEXT    PRIMARY KEY,
    size        INTEGER NOT NULL,
    mtime       INTEGER NOT NULL,                  -- unix nanoseconds
    clipping_id INTEGER REFERENCES clippings(id) ON DELETE SET NULL,
    error       TEXT    NOT NULL DEFAULT '',
    at          TEXT    NOT NULL
);
