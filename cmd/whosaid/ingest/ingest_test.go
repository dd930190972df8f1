package ingest

import (
	"bytes"
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/whosaid/whosaid/store"
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

// A run into a fresh database, which reads the files while the store
// opens, prints what a run into an existing one prints, the listing's
// failures first; a store that fails to open prints nothing and leaves
// nothing behind.
func TestFreshRunPrintsAsExisting(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	if err := os.Mkdir(in, 0o755); err != nil {
		t.Fatal(err)
	}
	text := "The harbour board met on Tuesday.\n\n\"We will dredge the channel next spring,\" said Mara Velt, the board's chair.\n"
	if err := os.WriteFile(filepath.Join(in, "a.txt"), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	paths := []string{filepath.Join(dir, "missing.txt"), in}
	timing := regexp.MustCompile(` in [^:]*:`)
	run := func(db string) (string, error) {
		var out bytes.Buffer
		_, err := Run(context.Background(), db, paths, Options{Out: &out})
		return timing.ReplaceAllString(out.String(), " in T:"), err
	}
	existing := filepath.Join(dir, "existing.db")
	st, err := store.Open(context.Background(), existing)
	if err != nil {
		t.Fatal(err)
	}
	st.Close()
	if freshDatabase(existing) {
		t.Fatal("a migrated database taken for a fresh one")
	}
	want, err := run(existing)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(want, paths[0]+": ") || strings.Count(want, "\n") != 2 {
		t.Fatalf("existing database's output:\n%s", want)
	}
	empty := filepath.Join(dir, "empty.db")
	if err := os.WriteFile(empty, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, db := range []string{filepath.Join(dir, "new.db"), empty} {
		if !freshDatabase(db) {
			t.Errorf("%s not taken for fresh", db)
		}
		if got, err := run(db); err != nil || got != want {
			t.Errorf("fresh %s: %v, output\n%s\nwant\n%s", db, err, got, want)
		}
	}
	bad := filepath.Join(dir, "no-such-dir", "x.db")
	if got, err := run(bad); err == nil || got != "" {
		t.Errorf("open of %s: %v, output %q; want an error and nothing printed", bad, err, got)
	}
	if _, err := os.Stat(filepath.Dir(bad)); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("a failed open left %s: %v", filepath.Dir(bad), err)
	}
}
