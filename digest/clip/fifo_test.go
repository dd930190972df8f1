//go:build unix

package clip

import (
	"net"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestIrregularFiles checks that a named pipe or a socket among clippings is
// skipped with one line instead of blocking the read forever, and that the
// files beside it are still read.
func TestIrregularFiles(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "b-pipe.txt")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skip("no FIFOs here:", err)
	}
	sock := filepath.Join(dir, "c-sock.md")
	if l, err := net.Listen("unix", sock); err == nil {
		defer l.Close()
	}
	if err := os.WriteFile(filepath.Join(dir, "a.txt"), []byte("The minister said on Tuesday that the talks had stalled."), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(fifo, filepath.Join(dir, "d-link.txt")); err != nil {
		t.Fatal(err)
	}
	var files, failed []string
	var readErr, fifoErr error
	within(t, 20*time.Second, func() {
		files = Files([]string{dir}, func(path string, err error) {
			failed = append(failed, filepath.Base(path)+": "+err.Error())
		})
		for _, f := range files {
			if _, err := ReadFile(f, Options{}); err != nil {
				readErr = err
			}
		}
		_, fifoErr = ReadFile(fifo, Options{}) // named on the command line
	})
	if len(files) != 1 || filepath.Base(files[0]) != "a.txt" || readErr != nil {
		t.Errorf("files %q (read error %v), want a.txt alone", files, readErr)
	}
	want := "b-pipe.txt: skipped: a named pipe (FIFO), not a regular file;d-link.txt: skipped: a named pipe (FIFO), not a regular file"
	if _, err := os.Stat(sock); err == nil {
		want = "b-pipe.txt: skipped: a named pipe (FIFO), not a regular file;c-sock.md: skipped: a socket, not a regular file;d-link.txt: skipped: a named pipe (FIFO), not a regular file"
	}
	if got := strings.Join(failed, ";"); got != want {
		t.Errorf("failures\n%s\nwant\n%s", got, want)
	}
	checkInvalid(t, nil, fifoErr, "named pipe")
}
