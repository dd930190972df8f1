//go:build unix

package store

import (
	"errors"
	"os"
	"syscall"
)

// A Store that defers the full-text index holds a shared lock on the
// database's "-indexing" file until it builds the index; the kernel drops
// the lock when the process ends, however it ends. Open rebuilds a stale
// index only when nobody holds it: rebuilding under a running load would
// hold the write lock for as long as the build takes (25 s at a million
// statements), longer than the load's busy timeout.

// lockIndexing takes the shared lock, or returns nil when the file cannot
// be made (a read-only folder): Open then may rebuild under the load.
func lockIndexing(path string) *os.File {
	f, err := os.OpenFile(path+"-indexing", os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_SH); err != nil {
		f.Close()
		return nil
	}
	return f
}

// unlockIndexing drops the lock, and the file when no other process
// holds it.
func unlockIndexing(path string, f *os.File) {
	if f == nil {
		return
	}
	if syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB) == nil {
		os.Remove(path + "-indexing")
	}
	f.Close()
}

// indexingElsewhere reports whether a Store (this process's or another's)
// holds the lock: a load is saving with the index deferred.
func indexingElsewhere(path string) bool {
	f, err := os.OpenFile(path+"-indexing", os.O_RDWR, 0)
	if err != nil {
		return false
	}
	defer f.Close()
	err = syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
	if errors.Is(err, syscall.EWOULDBLOCK) {
		return true
	}
	syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
	return false
}
