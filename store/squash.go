package store

import (
	"context"
	"database/sql"
	"fmt"
	"log/slog"

	"github.com/whosaid/whosaid/digest"
)

// Migrations 0001_init to 0006_entry_key_indexes were squashed into
// 0001_schema. A database they made records versions 1 to 6; upgradeSquashed
// brings it to 0001_schema's layout in one transaction: the full-text
// index made anew without per-row sizes and with a pairs column (filled,
// and the index built, by migration 0072, which follows), the
// near-duplicate band table
// dropped (bands live in memory now), and ingested_files folded into
// source_items. A database with only some of 2 to 6 is refused.
const (
	squashedFirst = 2 // versions folded into 0001_schema
	squashedLast  = 6
)

// upgradeSquashed upgrades a database written before the squash, if this is
// one.
func (s *Store) upgradeSquashed(ctx context.Context) error {
	var n, first int
	err := s.db.QueryRowContext(ctx, `SELECT count(*), coalesce(min(version), 0) FROM schema_migrations WHERE version BETWEEN ? AND ?`,
		squashedFirst, squashedLast).Scan(&n, &first)
	if err != nil {
		return fmt.Errorf("store: read migrations: %w", err)
	}
	if n == 0 {
		return nil
	}
	if n != squashedLast-squashedFirst+1 {
		return digest.Errorf(digest.ECONFLICT,
			"%s was written by an early development whosaid (schema versions %d to %d of %d to %d): it cannot be upgraded; ingest the clippings into a new database",
			s.path, first, first+n-1, squashedFirst, squashedLast)
	}
	err = s.write(ctx, func(tx *sql.Tx) error {
		var hasItems int
		if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'source_items'`).Scan(&hasItems); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `ALTER TABLE entries ADD COLUMN pairs TEXT NOT NULL DEFAULT ''`); err != nil {
			return err
		}
		// The pairs are computed, and the index built, by migration 0072
		// (reindexContexts), which always follows.
		steps := []string{
			`DROP TABLE IF EXISTS clipping_bands`,
			`DROP TABLE entry_fts`,
			`CREATE VIRTUAL TABLE entry_fts USING fts5(
				content, names, context, sid, pairs,
				content = 'entries', content_rowid = 'fts_key',
				tokenize = 'porter unicode61 remove_diacritics 2',
				columnsize = 0)`,
		}
		if hasItems > 0 {
			steps = append(steps,
				`ALTER TABLE source_items ADD COLUMN clipping_id INTEGER REFERENCES clippings(id) ON DELETE SET NULL`,
				`ALTER TABLE source_items ADD COLUMN error TEXT NOT NULL DEFAULT ''`)
		} else {
			steps = append(steps, `CREATE TABLE source_items (
				source      TEXT    NOT NULL,
				key         TEXT    NOT NULL,
				sig         TEXT    NOT NULL,
				seen        TEXT    NOT NULL,
				clipping_id INTEGER REFERENCES clippings(id) ON DELETE SET NULL,
				error       TEXT    NOT NULL DEFAULT '',
				PRIMARY KEY (source, key)) WITHOUT ROWID`)
		}
		steps = append(steps,
			`INSERT OR REPLACE INTO source_items (source, key, sig, seen, clipping_id, error)
				SELECT '`+fileSource+`', path, size || '/' || mtime, at, clipping_id, error FROM ingested_files`,
			`DROP TABLE ingested_files`,
			`DELETE FROM schema_migrations WHERE version BETWEEN `+fmt.Sprint(squashedFirst)+` AND `+fmt.Sprint(squashedLast),
			`UPDATE schema_migrations SET name = 'schema' WHERE version = 1`,
		)
		for _, q := range steps {
			if _, err := tx.ExecContext(ctx, q); err != nil {
				return fmt.Errorf("%s: %w", q, err)
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("store: upgrade %s to the squashed schema: %w", s.path, err)
	}
	s.log.Info("schema_upgraded", slog.String("from", "0001_init..0006_entry_key_indexes"), slog.String("to", "0001_schema"))
	return nil
}
