// Prepared statements for the single writer's save path.

package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"sync"
)

// stmtCache holds statements prepared on the writer connection at Open,
// by SQL text: the save path runs the same few statements thousands of
// times, and preparing costs as much as running them. Statements are never
// prepared later: with one writer connection, preparing on the pool while
// a transaction holds it would wait forever.
type stmtCache struct {
	m map[string]*sql.Stmt
}

// hotStatements are the statements prepared at Open.
var hotStatements = []string{
	sqlClipByHash, sqlInsertClipping, sqlClipSig, sqlClipStatements, sqlNextEntryID,
	sqlEntryLookup, sqlEntryDate, sqlEntryReindex, sqlInsertFTS, sqlInsertFTSRow, sqlDeleteFTS,
	sqlSpeakerCount, sqlDataVersion, sqlAliasLookup, sqlSpeakerTitle, sqlSurnameSpeakers, sqlInsertAlias, sqlRecordFile,
	sqlInsertSpeaker, sqlSpeakerName,
}

// prepareStatements prepares queries on db.
func prepareStatements(ctx context.Context, db *sql.DB, queries ...string) (*stmtCache, error) {
	c := &stmtCache{m: map[string]*sql.Stmt{}}
	for _, q := range queries {
		st, err := db.PrepareContext(ctx, q)
		if err != nil {
			c.close()
			return nil, fmt.Errorf("store: prepare: %w", err)
		}
		c.m[q] = st
	}
	return c, nil
}

func (c *stmtCache) close() error {
	var errs []error
	for _, st := range c.m {
		errs = append(errs, st.Close())
	}
	c.m = nil
	return errors.Join(errs...)
}

// txStmts holds the hot statements bound to the current writer
// transaction: binding one (Tx.StmtContext) costs about as much as a small
// query, and a save runs each many times.
type txStmts struct {
	mu sync.Mutex
	tx *sql.Tx // the transaction m belongs to
	m  map[string]*sql.Stmt
}

// txStmt returns the hot statement query bound to tx, or nil when query is
// not a hot statement.
func (s *Store) txStmt(ctx context.Context, tx *sql.Tx, query string) *sql.Stmt {
	st := s.stmts.m[query]
	if st == nil {
		return nil
	}
	c := &s.txStmts
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.tx != tx {
		// A new transaction: those of the last one closed with it.
		c.tx, c.m = tx, map[string]*sql.Stmt{}
	}
	bound := c.m[query]
	if bound == nil {
		bound = tx.StmtContext(ctx, st)
		c.m[query] = bound
	}
	return bound
}

// txExec runs query in tx, prepared once when it is a hot statement.
func (s *Store) txExec(ctx context.Context, tx *sql.Tx, query string, args ...any) (sql.Result, error) {
	if st := s.txStmt(ctx, tx, query); st != nil {
		return st.ExecContext(ctx, args...)
	}
	return tx.ExecContext(ctx, query, args...)
}

// txQueryRow is txExec for a query of one row.
func (s *Store) txQueryRow(ctx context.Context, tx *sql.Tx, query string, args ...any) *sql.Row {
	if st := s.txStmt(ctx, tx, query); st != nil {
		return st.QueryRowContext(ctx, args...)
	}
	return tx.QueryRowContext(ctx, query, args...)
}

// txQuery is txExec for a query.
func (s *Store) txQuery(ctx context.Context, tx *sql.Tx, query string, args ...any) (*sql.Rows, error) {
	if st := s.txStmt(ctx, tx, query); st != nil {
		return st.QueryContext(ctx, args...)
	}
	return tx.QueryContext(ctx, query, args...)
}
