-- The full-text index's rowid becomes a chronological key: the day the
-- statement was said, then how long after it was published, then the
-- entry id (entries.fts_key, computed by ftsKey in entry.go). FTS5 walks
-- matches in rowid order without scoring the rest, so "the newest matches"
-- and "a speaker's first statements about a topic" stop after one page
-- whatever the words.
DROP TABLE entry_fts;
ALTER TABLE entries ADD COLUMN fts_key INTEGER NOT NULL DEFAULT 0;
UPDATE entries SET fts_key =
      (max(0, min(65535, CAST(julianday(day) - julianday('1900-01-01') AS INTEGER))) << 47)
    | (max(0, min(127, CASE WHEN published = '' THEN 0
                            ELSE CAST(julianday(published) - julianday(day) AS INTEGER) END)) << 40)
    | id;
CREATE UNIQUE INDEX entries_fts_key ON entries(fts_key);
CREATE VIRTUAL TABLE entry_fts USING fts5(
    content, names, context, sid,
    content = 'entries', content_rowid = 'fts_key',
    tokenize = 'porter unicode61 remove_diacritics 2'
);
INSERT INTO entry_fts (entry_fts) VALUES ('rebuild');
