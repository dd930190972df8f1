-- Collection state (owned by cmd/whosaid/collect through store/source.go).
-- fetch_state: one row per feed: validators for conditional GET and backoff.
CREATE TABLE fetch_state (
	source        TEXT PRIMARY KEY,
	etag          TEXT NOT NULL DEFAULT '',
	last_modified TEXT NOT NULL DEFAULT '',
	failures      INTEGER NOT NULL DEFAULT 0,
	next_try      TEXT NOT NULL DEFAULT '',
	last_ok       TEXT NOT NULL DEFAULT '',
	last_error    TEXT NOT NULL DEFAULT ''
);

-- source_items: every feed item and inbox file already taken in, so that a
-- restart, a re-added item or an untouched file is not ingested again. sig
-- tells a changed file from an unchanged one.
CREATE TABLE source_items (
	source TEXT NOT NULL,
	key    TEXT NOT NULL,
	sig    TEXT NOT NULL,
	seen   TEXT NOT NULL,
	PRIMARY KEY (source, key)
) WITHOUT ROWID;
