-- Collection state (owned by cmd/whosaid/collect through store/source.go).
-- fetch_state: one row per feed: validators for conditional GET and backoff.
-- (What was taken in is source_items, in 0001_schema.)
CREATE TABLE fetch_state (
	source        TEXT PRIMARY KEY,
	etag          TEXT NOT NULL DEFAULT '',
	last_modified TEXT NOT NULL DEFAULT '',
	failures      INTEGER NOT NULL DEFAULT 0,
	next_try      TEXT NOT NULL DEFAULT '',
	last_ok       TEXT NOT NULL DEFAULT '',
	last_error    TEXT NOT NULL DEFAULT ''
);
