package ingest

import (
	"context"
	"os"
	"path/filepath"
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
