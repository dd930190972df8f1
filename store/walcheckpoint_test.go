package store

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"log/slog"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
)

// logBuffer collects a store's log lines (safe for the copies beside
// the writer, which log from their own goroutines).
type logBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *logBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *logBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// failingCheckpoint makes the writer's copies of s's WAL fail as on a
// full disk, logging to the buffer it returns; modes gets the modes asked
// for.
func failingCheckpoint(s *Store, modes *[]string) *logBuffer {
	logs := &logBuffer{}
	s.log = slog.New(slog.NewTextHandler(logs, nil))
	s.walCheckpoint = func(ctx context.Context, db *sql.DB, mode string) (int64, error) {
		if db != s.db {
			return checkpointWAL(ctx, db, mode) // the copies beside the writer
		}
		*modes = append(*modes, mode)
		return 0, errors.New("disk is full")
	}
	return logs
}

// checkCheckpointLogged fails the test unless the failed copy was asked
// for in mode and logged as a warning.
func checkCheckpointLogged(t *testing.T, logs *logBuffer, modes []string, mode string) {
	t.Helper()
	if len(modes) != 1 || modes[0] != mode {
		t.Errorf("final checkpoints: %q, want one %s", modes, mode)
	}
	out := logs.String()
	if !strings.Contains(out, "level=WARN msg=wal_checkpoint") || !strings.Contains(out, "disk is full") || !strings.Contains(out, "mode="+mode) {
		t.Errorf("the failed checkpoint was not logged as a warning; log:\n%s", out)
	}
	if !strings.Contains(out, "hint=") || !strings.Contains(out, "free space") {
		t.Errorf("the failed checkpoint's warning does not say what to do; log:\n%s", out)
	}
}

// TestBuildIndexCheckpointFails: the index and ANALYZE are committed
// before BuildIndex's last copy of the WAL into the database, so a copy
// that fails (a full disk) is logged, and the build succeeds with a
// working index.
func TestBuildIndexCheckpointFails(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t)
	s.DeferIndex()
	saveCrashClippings(t, s, 3)
	var modes []string
	logs := failingCheckpoint(s, &modes)
	if err := s.BuildIndex(ctx); err != nil {
		t.Fatalf("BuildIndex with a failing final checkpoint: %v, want nil", err)
	}
	checkCheckpointLogged(t, logs, modes, "PASSIVE")
	checkSearchFinds(t, s, "the build")
	checkIndex(t, s)
}

// TestOpenRebuildCheckpointFails: the Open that builds the index a load
// left unbuilt opens the database though the build's last copy of the
// WAL fails.
func TestOpenRebuildCheckpointFails(t *testing.T) {
	ctx := context.Background()
	s, path := deferredStore(t, 3)
	s.Close() // the index left unbuilt
	var modes []string
	var logs *logBuffer
	s, err := Open(ctx, path, func(s *Store) { logs = failingCheckpoint(s, &modes) })
	if err != nil {
		t.Fatalf("Open that rebuilds the index with a failing final checkpoint: %v", err)
	}
	defer s.Close()
	checkCheckpointLogged(t, logs, modes, "PASSIVE")
	checkSearchFinds(t, s, "the Open")
}

// TestOptimizeCheckpointFails: Optimize's merge and ANALYZE are committed
// before it copies and empties the WAL; a copy that fails is logged.
func TestOptimizeCheckpointFails(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t)
	saveCrashClippings(t, s, 3)
	var modes []string
	logs := failingCheckpoint(s, &modes)
	if err := s.Optimize(ctx); err != nil {
		t.Fatalf("Optimize with a failing checkpoint: %v, want nil", err)
	}
	checkCheckpointLogged(t, logs, modes, "TRUNCATE")
	if n, err := s.IndexSegments(ctx); err != nil || n != 1 {
		t.Errorf("index segments after Optimize: %d, %v; want 1", n, err)
	}
	checkSearchFinds(t, s, "Optimize")
}

// TestFinishWALCopies: without the test's hook, finishWAL copies the WAL
// into the database on the writer and empties it (TRUNCATE).
func TestFinishWALCopies(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t)
	if _, err := s.SaveClipping(ctx, crashClipping(t, 0)); err != nil {
		t.Fatal(err)
	}
	logs := &logBuffer{}
	s.log = slog.New(slog.NewTextHandler(logs, nil))
	s.finishWAL(ctx, "TRUNCATE")
	if s.walBytes() != 0 {
		t.Errorf("WAL after finishWAL(TRUNCATE): %d bytes, want 0", s.walBytes())
	}
	if out := logs.String(); out != "" {
		t.Errorf("finishWAL logged: %s", out)
	}
}

// TestBulkWALAsideFails: a deferred load whose copies beside the writer
// keep failing (an I/O error while the disk still takes writes) warns
// once, logs the later failures at Debug, and keeps its WAL bounded: the
// writer copies it and starts it over once it may be past its limit.
func TestBulkWALAsideFails(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t)
	s.asideFrom = 0 // as a WAL file already past it
	s.walLimit = 100
	logs := &logBuffer{}
	s.log = slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	var copies atomic.Int64
	s.walCheckpoint = func(ctx context.Context, db *sql.DB, mode string) (int64, error) {
		if db != s.rdb {
			return checkpointWAL(ctx, db, mode) // the writer's own copies
		}
		copies.Add(1)
		return 0, errors.New("disk I/O error")
	}
	s.DeferIndex()
	var most int64
	for i := range 40 {
		if _, err := s.SaveClipping(ctx, crashClipping(t, i)); err != nil {
			t.Fatal(err)
		}
		s.saveMu.Lock()
		s.waitAside() // the copy fails before the next save
		s.saveMu.Unlock()
		most = max(most, s.walFileFrames())
	}
	n := copies.Load()
	if n < 3 {
		t.Fatalf("%d failed copies beside the writer, want several", n)
	}
	out := logs.String()
	if w := strings.Count(out, "level=WARN msg=checkpoint_aside"); w != 1 || !strings.Contains(out, "disk I/O error") {
		t.Errorf("%d warnings for %d failed copies, want 1; log:\n%s", w, n, out)
	}
	if !strings.Contains(out, "free space") {
		t.Errorf("the failed copy's warning does not say what to do; log:\n%s", out)
	}
	if d := int64(strings.Count(out, "level=DEBUG msg=checkpoint_aside")); d != n-1 {
		t.Errorf("%d failed copies logged at Debug, want %d", d, n-1)
	}
	t.Logf("%d failed copies; WAL file at most %d frames", n, most)
	if most > 2*s.walLimit {
		t.Errorf("WAL file grew to %d frames with the copies failing, want it started over past %d", most, s.walLimit)
	}
	if err := s.BuildIndex(ctx); err != nil {
		t.Fatal(err)
	}
	checkIndex(t, s)
}
