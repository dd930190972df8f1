//go:build unix

package store

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/whosaid/whosaid/digest"
)

// TestStaleIndexLeftToItsLoad: while a Store saves with the index
// deferred, another Open leaves the index to it (search refuses it
// meanwhile) instead of rebuilding under the load; once the load has
// built it, the lock file is gone and search finds its entries.
func TestStaleIndexLeftToItsLoad(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "load.db")
	load, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer load.Close()
	load.DeferIndex()
	saveCrashClippings(t, load, 5)
	other, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	if v, _ := other.Setting(ctx, indexStaleKey); v == "" {
		t.Fatal("Open rebuilt the index under a running load")
	}
	if _, err := other.Search(ctx, "sanctions", 5, 0); digest.ErrorCode(err) != digest.ECONFLICT {
		t.Errorf("search during the load: %v, want ECONFLICT", err)
	}
	if err := load.BuildIndex(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(path + "-indexing"); !os.IsNotExist(err) {
		t.Errorf("lock file after the build: %v", err)
	}
	res, err := other.Search(ctx, "sanctions", 5, 0)
	if err != nil || len(res.Entries) == 0 {
		t.Errorf("search after the build: %d, %v", len(res.Entries), err)
	}
}
