package ingest

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// The read-ahead budget lets a file through while its bytes are free,
// makes the next wait until the writer gives bytes back, and lets a file
// larger than all of it through once nothing else is out.
func TestByteBudget(t *testing.T) {
	const budgetUnit = 64 << 10
	b := newByteBudget(4 * budgetUnit)
	ctx := context.Background()
	soon := func() context.Context {
		c, cancel := context.WithTimeout(ctx, 20*time.Millisecond)
		t.Cleanup(cancel)
		return c
	}
	if err := b.take(ctx, 3*budgetUnit); err != nil {
		t.Fatal(err)
	}
	if err := b.take(soon(), 2*budgetUnit); err == nil {
		t.Fatal("5 units of 4 taken")
	}
	b = newByteBudget(4 * budgetUnit)
	b.take(ctx, 3*budgetUnit)
	b.give(3 * budgetUnit)
	if err := b.take(soon(), 2*budgetUnit); err != nil {
		t.Fatalf("2 units of 4 after the 3 came back: %v", err)
	}
	if err := b.take(soon(), 100*budgetUnit); err == nil {
		t.Fatal("a file larger than the budget went through with 2 units out")
	}
	b = newByteBudget(4 * budgetUnit)
	if err := b.take(soon(), 100*budgetUnit); err != nil {
		t.Fatalf("a file larger than the budget, nothing out: %v", err)
	}
	b.give(100 * budgetUnit)
	if err := b.take(soon(), 0); err != nil {
		t.Fatalf("an empty file once all came back: %v", err)
	}
}

// A file's key is the absolute path filepath.Abs makes, with the working
// directory read once.
func TestFileKeyIsAbs(t *testing.T) {
	wd, err := os.Getwd()
	if err != nil {
		t.Skip(err)
	}
	for _, p := range []string{"a.txt", "./sub/b.md", "../up/c.txt", "x/../y.txt", "/abs/d.txt", "/abs/../e.txt", "//f.txt", "."} {
		want, _ := filepath.Abs(p)
		if got := fileKey(p, wd); got != want {
			t.Errorf("fileKey(%q) = %q, want %q", p, got, want)
		}
	}
	if got := fileKey("a.txt", ""); got != "a.txt" {
		t.Errorf("fileKey without a working directory = %q, want the path as given", got)
	}
}

// Reading starts before the store opens only where no database is there
// yet: no file, or an empty one (which store.Open makes a new database).
func TestNewDatabase(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty.db")
	written := filepath.Join(dir, "written.db")
	os.WriteFile(empty, nil, 0o644)
	os.WriteFile(written, []byte("SQLite format 3\x00"), 0o644)
	for _, tt := range []struct {
		path string
		want bool
	}{
		{filepath.Join(dir, "none.db"), true},
		{empty, true},
		{written, false},
		{dir, false},
		{filepath.Join(dir, "no-such-dir", "x.db"), true}, // Open then fails, and the reading stops
	} {
		if got := newDatabase(tt.path); got != tt.want {
			t.Errorf("newDatabase(%s) = %v, want %v", tt.path, got, tt.want)
		}
	}
}

// A run into a new database reads while the store is created; one into a
// database that holds the files skips them, and a run whose database
// cannot be created reports that alone.
func TestRunIntoNewDatabase(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	for i, body := range []string{
		"Talks stall\n\nThe minister said on Tuesday that the talks had stalled, officials told reporters.\n",
		"Trade\n\nA second clipping about tariffs and trade between two capitals.\n",
		"",
	} {
		os.WriteFile(filepath.Join(dir, fmt.Sprintf("%d.txt", i)), []byte(body), 0o644)
	}
	db := filepath.Join(t.TempDir(), "w.db")
	var out strings.Builder
	sum, err := Run(ctx, db, []string{dir}, Options{Out: &out})
	if err != nil || sum.Files != 3 || sum.Clippings != 2 || sum.Failed != 1 || !sum.Built {
		t.Fatalf("new database: %v, %+v\n%s", err, sum, out.String())
	}
	sum, err = Run(ctx, db, []string{dir}, Options{Out: io.Discard})
	if err != nil || sum.Skipped != 2 || sum.Clippings != 0 {
		t.Errorf("again: %v, %+v", err, sum)
	}
	out.Reset()
	bad := filepath.Join(t.TempDir(), "no-such-dir", "w.db")
	if _, err := Run(ctx, bad, []string{dir, filepath.Join(dir, "missing.txt")}, Options{Out: &out}); err == nil {
		t.Errorf("a database that cannot be created: no error")
	}
	if out.Len() > 0 {
		t.Errorf("a database that cannot be created: the run printed\n%s", out.String())
	}
}
