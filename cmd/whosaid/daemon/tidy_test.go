package daemon

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/whosaid/whosaid/bot/fakeapi"
)

// TestCollectTidiesIndex checks that a collection that added clippings
// merges the full-text index: each inbox file is saved in its own
// transaction and leaves a segment.
func TestCollectTidiesIndex(t *testing.T) {
	fake, err := fakeapi.Start(fakeapi.Options{Token: token})
	if err != nil {
		t.Fatal(err)
	}
	defer fake.Close()
	cfg := testConfig(t, fake.URL())
	inbox := cfg.Sources.Inbox[0]
	if err := os.MkdirAll(inbox, 0o755); err != nil {
		t.Fatal(err)
	}
	const files = 10
	settled := time.Now().Add(-time.Hour) // past the inbox's settling time
	for i := range files {
		path := filepath.Join(inbox, fmt.Sprintf("clip%02d.txt", i))
		text := fmt.Sprintf("Minister visits port %d\n\n\"The harbour number %d will reopen next week,\" the minister, John Harbourmaster, said on Monday.\n", i, i)
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.Chtimes(path, settled, settled); err != nil {
			t.Fatal(err)
		}
	}
	app, err := New(context.Background(), cfg, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer app.Close()
	ctx := context.Background()
	app.collect(ctx)
	st, err := app.store.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if st.Statements < files {
		t.Fatalf("%d statements stored from %d files: nothing to merge", st.Statements, files)
	}
	segs, err := app.store.IndexSegments(ctx)
	if err != nil {
		t.Fatal(err)
	}
	// Untidied, the ten saves leave about ten segments.
	if segs > files/2 {
		t.Errorf("%d index segments after the collection of %d files", segs, files)
	}
}
