-- The store keeps entry_fts in step itself, next to each write. Triggers
-- made every insert a statement transaction, and FTS5 flushes its pending
-- terms to a new segment at each one: a segment per statement, merged over
-- and over. Without them, a clipping's statements are indexed in one
-- segment at commit.
DROP TRIGGER IF EXISTS entries_fts_insert;
DROP TRIGGER IF EXISTS entries_fts_delete;
DROP TRIGGER IF EXISTS entries_fts_update;
