package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"sync"
)

// The writer connection does not checkpoint the WAL itself
// (wal_autocheckpoint=0): copying committed pages from the WAL back into
// the database file was part of every large commit, on the one thread
// ingest cannot spread. A checkpointer goroutine with its own connection
// does it instead, on another core, while the writer appends: SQLite lets
// a PASSIVE checkpoint run beside a writer (it copies the frames committed
// before it started and never waits on a lock).
//
// The WAL restarts from its start only when a writer begins a transaction
// after every frame was copied, which a checkpointer racing the writer may
// never see; so when the WAL holds walRestartFrames or more the
// checkpointer runs a RESTART checkpoint, which waits for the writer's
// current transaction, copies what is left (little, as the PASSIVE ones
// kept up) and has the next transaction write the WAL from its start: the
// file stays bounded. Closing the store stops the goroutine first; the
// last connection to close checkpoints what is left and removes the WAL,
// as before. Crash safety is SQLite's: a checkpoint only copies committed
// frames, and a WAL left behind by a kill is replayed on the next open.

// walRestartFrames is the WAL size, in pages, past which the checkpointer
// restarts the WAL (4 KB pages: about 32 MB; SQLite's own automatic
// checkpoint starts at 1,000 pages).
const walRestartFrames = 8192

// checkpointer copies the WAL into the database on its own connection
// whenever the writer has committed.
type checkpointer struct {
	db   *sql.DB
	wake chan struct{} // one pending wake-up, coalesced
	stop chan struct{}
	done chan struct{}
	s    *Store
	once sync.Once // close runs once

	mu  sync.Mutex
	err error // the first failure, returned by Close
	// restartFrames is walRestartFrames (tests lower it).
	restartFrames int
	// runs and restarts count checkpoints, for tests.
	runs, restarts int
}

// startCheckpointer opens the checkpointer's connection to the database at
// dsn and starts its goroutine, which checkpoints once straight away (what
// the migrations wrote).
func (s *Store) startCheckpointer(dsn string) error {
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return err
	}
	db.SetMaxOpenConns(1)
	db.SetMaxIdleConns(1)
	db.SetConnMaxLifetime(0)
	db.SetConnMaxIdleTime(0)
	c := &checkpointer{db: db, wake: make(chan struct{}, 1), stop: make(chan struct{}), done: make(chan struct{}), s: s, restartFrames: walRestartFrames}
	c.wake <- struct{}{}
	s.ckpt = c
	go c.run()
	return nil
}

// committed tells the checkpointer the writer committed; it never blocks.
func (c *checkpointer) committed() {
	if c == nil {
		return
	}
	select {
	case c.wake <- struct{}{}:
	default:
	}
}

func (c *checkpointer) run() {
	defer close(c.done)
	for {
		select {
		case <-c.stop:
			// a commit signalled before Close is checkpointed here, not
			// by the writer's connection as it closes
			select {
			case <-c.wake:
				c.step()
			default:
			}
			return
		case <-c.wake:
			c.step()
		}
	}
}

// step runs one checkpoint and records its failure.
func (c *checkpointer) step() {
	if err := c.checkpoint(context.Background()); err != nil {
		c.mu.Lock()
		if c.err == nil {
			c.err = err
		}
		c.mu.Unlock()
		c.s.log.Warn("store: WAL checkpoint failed", "err", err)
	}
}

// checkpoint runs one PASSIVE checkpoint, and a RESTART one when the WAL
// has grown past walRestartFrames.
func (c *checkpointer) checkpoint(ctx context.Context) error {
	var busy, logFrames, copied int
	if err := c.db.QueryRowContext(ctx, `PRAGMA wal_checkpoint(PASSIVE)`).Scan(&busy, &logFrames, &copied); err != nil {
		return fmt.Errorf("store: WAL checkpoint: %w", err)
	}
	c.mu.Lock()
	c.runs++
	limit := c.restartFrames
	c.mu.Unlock()
	if logFrames < limit {
		return nil
	}
	// busy=1 when a long read kept the checkpoint from finishing: the next
	// commit tries again.
	if err := c.db.QueryRowContext(ctx, `PRAGMA wal_checkpoint(RESTART)`).Scan(&busy, &logFrames, &copied); err != nil {
		return fmt.Errorf("store: WAL checkpoint (restart): %w", err)
	}
	c.mu.Lock()
	c.restarts++
	c.mu.Unlock()
	return nil
}

// close stops the goroutine, waits for it and closes its connection,
// returning the first checkpoint failure.
func (c *checkpointer) close() error {
	if c == nil {
		return nil
	}
	var err error
	c.once.Do(func() {
		close(c.stop)
		<-c.done
		c.mu.Lock()
		err = c.err
		c.mu.Unlock()
		err = errors.Join(err, c.db.Close())
	})
	return err
}
