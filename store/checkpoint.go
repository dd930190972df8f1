// Copying the WAL into the database beside the writer during a bulk load.

package store

import (
	"context"
	"database/sql"
	"fmt"
	"log/slog"
	"os"
)

// A bulk load that defers the index (DeferIndex) has one writer that sets
// the pace, and SQLite's automatic checkpoint runs on it: every thousand
// pages of WAL, a commit also copies them into the database and waits for
// both files to reach the disk. During such a load the writer's automatic
// checkpoint is off. The saves leave the WAL to the copy BuildIndex starts
// while the WAL file is under asideFromBytes; past that, after each commit
// a reading connection copies the WAL instead (a passive checkpoint never
// blocks the writer), one copy at a time. BuildIndex copies beside the
// build too, and turns the writer's own checkpoint back on at its end.

// pauseAutocheckpoint turns the writer's automatic checkpoint off,
// remembering its setting for resumeAutocheckpoint (saveMu held).
func (s *Store) pauseAutocheckpoint(ctx context.Context) error {
	if s.autocheckpoint != 0 {
		return nil
	}
	var pages int
	if err := s.db.QueryRowContext(ctx, `PRAGMA wal_autocheckpoint`).Scan(&pages); err != nil || pages <= 0 {
		return err // already off: nothing to turn back on
	}
	if _, err := s.db.ExecContext(ctx, `PRAGMA wal_autocheckpoint = 0`); err != nil {
		return err
	}
	s.autocheckpoint = pages
	return nil
}

// resumeAutocheckpoint turns the writer's automatic checkpoint back on as
// pauseAutocheckpoint found it (saveMu held).
func (s *Store) resumeAutocheckpoint(ctx context.Context) error {
	if s.autocheckpoint == 0 {
		return nil
	}
	if _, err := s.db.ExecContext(ctx, fmt.Sprintf(`PRAGMA wal_autocheckpoint = %d`, s.autocheckpoint)); err != nil {
		return err
	}
	s.autocheckpoint = 0
	return nil
}

// checkpointAside starts copying the WAL's committed pages into the
// database on a reading connection, unless a copy is still running
// (saveMu held). Its failure is only logged: the next copy, or the
// writer's own checkpoint, copies what it left.
func (s *Store) checkpointAside(ctx context.Context) {
	if s.aside != nil {
		select {
		case <-s.aside:
		default:
			return // the last one still copies
		}
	}
	s.checkpointAsideNext(ctx) // nothing running: it starts at once
}

// checkpointAsideNext is checkpointAside for what must be copied soon:
// while a copy is running, it starts one to follow it rather than none
// (saveMu held). BuildIndex asks it as it begins: the saves' last commits
// come in quick succession, and the frames of those a running copy had
// not seen were left for the copy after the build, which the run then
// waited for (BenchmarkIngest's build and ANALYZE 5-8 ms longer).
func (s *Store) checkpointAsideNext(ctx context.Context) {
	prev := s.aside
	done := make(chan struct{})
	s.aside = done
	go func() {
		defer close(done)
		if prev != nil {
			<-prev
		}
		s.copyAside(ctx)
	}()
}

// copyAside copies the WAL's committed pages into the database on a
// reading connection: a passive checkpoint, which never blocks the
// writer. A copy that fails (an I/O error, a full disk) is only logged,
// the first of a load at Warn and the rest at Debug (else a full disk
// would log once a commit). Its frames are then not known: it leaves the
// most the WAL file can hold, so that the writer still copies the WAL and
// starts it over once it may be past walLimit (bulkCommitted). Had a
// failed copy left the count alone, a load whose copies kept failing while
// the disk still took writes grew its WAL without bound. Once the file is
// past walLimit, a failing run has the writer start the WAL over after
// every other commit: slower, but bounded.
func (s *Store) copyAside(ctx context.Context) {
	frames, err := s.walCheckpoint(context.WithoutCancel(ctx), s.rdb, "PASSIVE")
	if err != nil {
		s.logWALFailure(ctx, "checkpoint_aside", err)
		frames = s.walFileFrames()
	}
	s.walFrames.Store(frames)
}

// logWALFailure logs a failed copy of a bulk load's WAL, beside the writer
// or on it: the first of the load (DeferIndex) at Warn, the rest at Debug.
func (s *Store) logWALFailure(ctx context.Context, msg string, err error) {
	level := slog.LevelDebug
	if !s.asideWarned.Swap(true) {
		level = slog.LevelWarn
	}
	s.log.Log(ctx, level, msg, slog.Any("error", err), walFailureHint)
}

// walFailureHint tells whoever reads a failed copy's log line what it
// costs and what to do: nothing committed is lost, and the copy is
// retried, but a full disk must be given space.
var walFailureHint = slog.String("hint", "nothing is lost: the WAL file keeps what was committed and a later copy moves it into the database; if the disk is full, free space")

// maxWALFrames bounds the WAL of a bulk load (pages of 4 KB: 64 MB). The
// copies beside the writer leave it growing, as SQLite starts the WAL
// over only when a write begins after a copy of all of it; past this the
// writer copies it and starts it over itself (bulkCommitted).
const maxWALFrames = 16384

// asideFromBytes is the size of the WAL file below which a bulk load's
// saves leave it uncopied (half of maxWALFrames). While the saves run,
// both cores are busy reading and saving, and a copy beside the writer
// takes CPU from them and stalls the writer's WAL appends behind its
// fsyncs; BuildIndex then leaves a core idle for the length of the build,
// and the copy it starts as it begins (checkpointAsideNext) costs the
// run nothing there. The 840 PolNeAR train texts write 15-23 MB of WAL
// before the build: BenchmarkIngest's saves took 253-255 ms instead of
// 272-278. A larger load copies after each commit once the WAL file has
// grown past this, as before.
const asideFromBytes = maxWALFrames / 2 * 4096

// bulkCommitted follows the commit of a save during a bulk load that has
// the writer's automatic checkpoint off (saveMu held): while the WAL file
// is under asideFromBytes it leaves the WAL for the copy BuildIndex
// starts; past that, it starts a copy beside the writer or, once the WAL
// has grown past walLimit (maxWALFrames), has the writer copy it all and
// start it over.
func (s *Store) bulkCommitted(ctx context.Context) {
	if s.walBytes() < s.asideFrom {
		return
	}
	if s.walFrames.Load() <= s.walLimit {
		s.checkpointAside(ctx)
		return
	}
	s.waitAside()
	if _, err := s.walCheckpoint(context.WithoutCancel(ctx), s.db, "RESTART"); err != nil {
		s.logWALFailure(ctx, "wal_checkpoint", err)
		return
	}
	s.walFrames.Store(0)
}

// CopyWALAside starts copying the WAL into the database on a reading
// connection, unless a copy is running, during a bulk load that defers
// the index (DeferIndex; otherwise it does nothing): for a caller that
// knows a core is free. ingest asks it once its reading has ended, while
// the writer saves the last clippings (12-25 ms of BenchmarkIngest's run
// with the other core idle), so the copy of the saves' WAL, left for the
// build under asideFromBytes, starts before the build. Its failure is
// only logged.
func (s *Store) CopyWALAside(ctx context.Context) {
	s.saveMu.Lock()
	defer s.saveMu.Unlock()
	if s.deferIndex && s.autocheckpoint != 0 {
		s.checkpointAside(ctx)
	}
}

// waitAside waits for the copy checkpointAside started, if any (saveMu
// held).
func (s *Store) waitAside() {
	if s.aside != nil {
		<-s.aside
	}
}

// walFileFrames is the most frames the WAL file can hold (after its
// 32-byte header, pages of 4 KB behind 24-byte headers): at least as many
// as the WAL holds, which SQLite writes from the file's start again once
// it has been copied whole.
func (s *Store) walFileFrames() int64 {
	return max(0, (s.walBytes()-32)/(4096+24))
}

// walBytes is the size of the WAL file: the most it has held since it was
// made (SQLite writes a WAL started over from its beginning, and does not
// shorten the file). An error counts as large, which copies as before.
func (s *Store) walBytes() int64 {
	info, err := os.Stat(s.path + "-wal")
	if err != nil {
		return s.asideFrom
	}
	return info.Size()
}

// finishWAL copies the WAL's committed pages into the database on the
// writer at the end of a build or an optimize: mode is PASSIVE (copy what
// no reader holds) or TRUNCATE (copy all and empty the file). What it
// copies is committed and durable in the WAL already, and the writer's
// automatic checkpoint, the next finishWAL or Close copies what a failed
// one left: its failure (a full disk) is logged, and fails neither the
// operation nor the Open that rebuilt the index.
func (s *Store) finishWAL(ctx context.Context, mode string) {
	if _, err := s.walCheckpoint(ctx, s.db, mode); err != nil {
		s.log.Warn("wal_checkpoint", slog.String("mode", mode), slog.Any("error", err), walFailureHint)
	}
}

// checkpointWAL copies the WAL into the database on db (the writer, or
// the reading connection for a copy beside it) in mode (PASSIVE, RESTART
// or TRUNCATE), returning the frames the WAL held. It is Store.walCheckpoint
// unless a test replaces it.
func checkpointWAL(ctx context.Context, db *sql.DB, mode string) (frames int64, err error) {
	var busy, copied int64
	err = db.QueryRowContext(ctx, `PRAGMA wal_checkpoint(`+mode+`)`).Scan(&busy, &frames, &copied)
	return frames, err
}
