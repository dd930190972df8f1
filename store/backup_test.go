//go:build linux

package store

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestBackupFailureLeavesNothing: a backup that fails half-way (here the
// file size limit, as a full disk would) leaves no file at its path, so the
// retry is not refused, and no temporary file beside it.
func TestBackupFailureLeavesNothing(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, savedStore(t))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	dir := t.TempDir()
	out := filepath.Join(dir, "copy.db")

	var old syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_FSIZE, &old); err != nil {
		t.Skip("no file size limit here:", err)
	}
	limit := old
	limit.Cur = 8 << 10 // smaller than any whosaid database
	if err := syscall.Setrlimit(syscall.RLIMIT_FSIZE, &limit); err != nil {
		t.Skip("cannot set the file size limit:", err)
	}
	err = s.Backup(ctx, out)
	if serr := syscall.Setrlimit(syscall.RLIMIT_FSIZE, &old); serr != nil {
		t.Fatal(serr)
	}
	if err == nil {
		t.Fatal("the backup past the size limit succeeded")
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 0 {
		t.Errorf("a failed backup left %v", entries)
	}
	if err := s.Backup(ctx, out); err != nil {
		t.Errorf("the retry: %v", err)
	}
	if c, err := OpenReadOnly(ctx, out); err != nil {
		t.Errorf("the retried backup: %v", err)
	} else {
		c.Close()
	}
}

// TestBackupNoFolder: a backup into a folder that does not exist says so,
// and names no temporary file.
func TestBackupNoFolder(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, savedStore(t))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	out := filepath.Join(t.TempDir(), "missing", "copy.db")
	err = s.Backup(ctx, out)
	if err == nil || !strings.Contains(err.Error(), "no folder") || strings.Contains(err.Error(), "partial") {
		t.Fatalf("backup into a missing folder: %v", err)
	}
}
