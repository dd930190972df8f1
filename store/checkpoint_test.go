package store

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"
)

// checkpointRuns reads the checkpointer's counters.
func checkpointRuns(c *checkpointer) (runs, restarts int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.runs, c.restarts
}

// The checkpointer's goroutine ends when the store closes (no leak), a
// commit signalled before Close is checkpointed, and a second Close is
// harmless.
func TestCheckpointerStopsOnClose(t *testing.T) {
	s, _ := openTest(t)
	ctx := context.Background()
	for i := range 20 {
		if err := s.SetSetting(ctx, fmt.Sprint("k", i), strings.Repeat("v", 3000)); err != nil {
			t.Fatal(err)
		}
	}
	c := s.ckpt
	if err := s.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
	select {
	case <-c.done:
	default:
		t.Fatal("the checkpointer's goroutine still runs after Close")
	}
	if runs, _ := checkpointRuns(c); runs == 0 {
		t.Fatal("no checkpoint ran")
	}
	if err := s.Close(); err != nil {
		t.Fatalf("second Close: %v", err)
	}
	if _, err := os.Stat(s.Path() + "-wal"); !os.IsNotExist(err) {
		t.Fatalf("WAL left after Close: %v", err)
	}
}

// The writer connection does not checkpoint by itself; the checkpointer
// copies the WAL, and past its limit restarts it, so the WAL file stays
// bounded however long the writer writes.
func TestCheckpointerBoundsWAL(t *testing.T) {
	s, _ := openTest(t)
	ctx := context.Background()
	var auto int
	if err := s.db.QueryRowContext(ctx, `PRAGMA wal_autocheckpoint`).Scan(&auto); err != nil || auto != 0 {
		t.Fatalf("writer's wal_autocheckpoint = %d, %v; want 0", auto, err)
	}
	s.ckpt.mu.Lock()
	s.ckpt.restartFrames = 8
	s.ckpt.mu.Unlock()
	value := strings.Repeat("x", 16000) // four pages or more a commit
	var largest int64
	for i := range 200 {
		if err := s.SetSetting(ctx, fmt.Sprint("k", i%4), value+fmt.Sprint(i)); err != nil {
			t.Fatal(err)
		}
		// a checkpoint between each commit, as the goroutine would run it
		// with time to keep up
		if err := s.ckpt.checkpoint(ctx); err != nil {
			t.Fatal(err)
		}
		info, err := os.Stat(s.Path() + "-wal")
		if err != nil {
			t.Fatal(err)
		}
		largest = max(largest, info.Size())
	}
	if _, restarts := checkpointRuns(s.ckpt); restarts == 0 {
		t.Fatal("the WAL was never restarted")
	}
	// 200 commits of 16 KB would be over 3 MB of WAL unbounded.
	if largest > 400_000 {
		t.Fatalf("WAL grew to %d bytes", largest)
	}
	got, err := s.Setting(ctx, "k3")
	if err != nil || got != value+"199" {
		t.Fatalf("Setting after checkpoints: %d bytes, %v", len(got), err)
	}
}

// A checkpoint that fails is returned by Close, not swallowed.
func TestCheckpointerErrorSurfaces(t *testing.T) {
	s, _ := openTest(t)
	ctx := context.Background()
	s.ckpt.db.Close() // the checkpointer's connection fails from now on
	if err := s.SetSetting(ctx, "k", "v"); err != nil {
		t.Fatal(err)
	}
	err := s.Close()
	if err == nil || !strings.Contains(err.Error(), "WAL checkpoint") {
		t.Fatalf("Close = %v, want the checkpoint's failure", err)
	}
}
