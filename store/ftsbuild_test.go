package store

import (
	"context"
	"path/filepath"
	"slices"
	"testing"

	"github.com/whosaid/whosaid/digest"
)

// indexedRows returns the keys the full-text index finds for match, in
// order.
func indexedRows(t *testing.T, s *Store, match string) []int64 {
	t.Helper()
	rows, err := s.db.Query(`SELECT rowid FROM entry_fts WHERE entry_fts MATCH ? ORDER BY rowid`, match)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var keys []int64
	for rows.Next() {
		var k int64
		if err := rows.Scan(&k); err != nil {
			t.Fatal(err)
		}
		keys = append(keys, k)
	}
	return keys
}

// entryCount returns how many entries s holds.
func entryCount(t *testing.T, s *Store) int {
	t.Helper()
	var n int
	if err := s.db.QueryRow(`SELECT count(*) FROM entries`).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

// TestBuiltIndexMatchesRowByRow saves the same clippings into two stores,
// one indexing row by row and one deferring the index to BuildIndex, and
// finds the same rows in both, a quote repeated under a new headline (its
// context re-indexed) included, from one segment.
func TestBuiltIndexMatchesRowByRow(t *testing.T) {
	ctx := context.Background()
	rowByRow, _ := openTest(t)
	built, _ := openTest(t)
	built.DeferIndex()
	var items []*digest.Clipping
	for i := range 30 {
		items = append(items, crashClipping(t, i))
	}
	// Clipping 0's first quote again, under another headline.
	quote := "statement 0 of clipping 0 about sanctions, talks and relations number 0"
	items = append(items, clipping(t, "repeat.txt", "Outlet", "2025-07-30", "Embargo widens overnight",
		[]string{"Speaker 0 said " + quote + "."}, said{speaker: "Person0 Surname0", content: quote, on: "2025-07-29"}))
	for _, s := range []*Store{rowByRow, built} {
		for i := 0; i < len(items); i += 8 {
			var batch []BatchItem
			for _, c := range items[i:min(i+8, len(items))] {
				cc := *c
				batch = append(batch, BatchItem{Clipping: &cc})
			}
			for _, r := range s.SaveBatch(ctx, batch) {
				if r.Err != nil {
					t.Fatal(r.Err)
				}
			}
		}
	}
	if got := indexedRows(t, built, "sanctions"); len(got) != 0 {
		t.Fatalf("deferred saves indexed %d rows", len(got))
	}
	// Deferred saves leave the WAL to checkpoints beside the writer.
	var paused int
	if err := built.db.QueryRow(`PRAGMA wal_autocheckpoint`).Scan(&paused); err != nil || paused != 0 {
		t.Errorf("wal_autocheckpoint during deferred saves: %d, %v; want 0", paused, err)
	}
	if err := built.BuildIndex(ctx); err != nil {
		t.Fatal(err)
	}
	checkIndex(t, built)
	if n, err := built.IndexSegments(ctx); err != nil || n != 1 {
		t.Errorf("%d segments after the build, want 1 (%v)", n, err)
	}
	for _, match := range []string{"sanctions", "relations", "embargo", `"talks and relations"`, "spk2 talks", "person0"} {
		want, got := indexedRows(t, rowByRow, match), indexedRows(t, built, match)
		if len(want) == 0 || !slices.Equal(got, want) {
			t.Errorf("%s: built index finds %v, row by row %v", match, got, want)
		}
	}
	if got, want := len(indexedRows(t, built, "sanctions")), entryCount(t, built); got != want {
		t.Errorf("%d of %d entries indexed", got, want)
	}
	// The build copied the WAL aside with the writer's own checkpoints
	// off: they are back on as before.
	var autocheckpoint int
	if err := built.db.QueryRow(`PRAGMA wal_autocheckpoint`).Scan(&autocheckpoint); err != nil || autocheckpoint != 1000 {
		t.Errorf("wal_autocheckpoint after the build: %d, %v; want SQLite's 1000", autocheckpoint, err)
	}
}

// TestStaleIndexRefusedThenBuiltAtOpen: while the index lacks deferred
// entries, search and timelines refuse it (in this process and a read-only
// one) rather than miss them, and the next Open builds it.
func TestStaleIndexRefusedThenBuiltAtOpen(t *testing.T) {
	ctx := context.Background()
	s, path := deferredStore(t, 5)
	ro, err := OpenReadOnly(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	for name, st := range map[string]*Store{"writer": s, "read-only": ro} {
		if _, err := st.Search(ctx, "sanctions", 5, 0); digest.ErrorCode(err) != digest.ECONFLICT {
			t.Errorf("%s: search on a stale index: %v, want ECONFLICT", name, err)
		}
		if _, err := st.SearchCount(ctx, "sanctions", 5); digest.ErrorCode(err) != digest.ECONFLICT {
			t.Errorf("%s: count on a stale index: %v, want ECONFLICT", name, err)
		}
		if _, err := st.Timeline(ctx, 1, "talks", 5, 0); digest.ErrorCode(err) != digest.ECONFLICT {
			t.Errorf("%s: timeline on a stale index: %v, want ECONFLICT", name, err)
		}
		// What does not read the index still works.
		if got, err := st.Latest(ctx, digest.Filter{Limit: 5}); err != nil || len(got) == 0 {
			t.Errorf("%s: latest: %d entries, %v", name, len(got), err)
		}
	}
	ro.Close()
	s.Close()
	s, err = Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	checkIndex(t, s)
	res, err := s.Search(ctx, "sanctions", 5, 0)
	if err != nil || len(res.Entries) == 0 {
		t.Fatalf("search after Open built the index: %d, %v", len(res.Entries), err)
	}
	if got, want := len(indexedRows(t, s, "sanctions")), entryCount(t, s); got != want {
		t.Errorf("%d of %d entries indexed", got, want)
	}
	if v, err := s.Setting(ctx, indexStaleKey); err != nil || v != "" {
		t.Errorf("stale mark after the build: %q, %v", v, err)
	}
}

// TestKillDuringDeferredIngest kills a process saving with the index
// deferred (SIGKILL, mid-way): the database refuses search until opened,
// the Open builds a complete index, and a run to the end finishes it.
func TestKillDuringDeferredIngest(t *testing.T) {
	if testing.Short() {
		t.Skip("spawns processes")
	}
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "crash.db")
	const deferIndex = "WHOSAID_CRASH_DEFER=1"
	killCrashChild(t, path, 60, func() {}, deferIndex)
	ro, err := OpenReadOnly(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ro.Search(ctx, "sanctions", 5, 0); digest.ErrorCode(err) != digest.ECONFLICT {
		t.Errorf("search after the kill, before any Open: %v, want ECONFLICT", err)
	}
	ro.Close()
	n := checkWholeClippings(t, path) // opens it: the index is built
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := len(indexedRows(t, s, "sanctions")), entryCount(t, s); got != want || want == 0 {
		t.Errorf("after the kill (%d clippings): %d of %d entries indexed", n, got, want)
	}
	s.Close()
	finishCrashChild(t, path, deferIndex)
	if got := checkWholeClippings(t, path); got != crashClippings {
		t.Errorf("%d clippings after the final run, want %d", got, crashClippings)
	}
	s, err = Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if got, want := len(indexedRows(t, s, "sanctions")), entryCount(t, s); got != want {
		t.Errorf("after the final run: %d of %d entries indexed", got, want)
	}
	checkSearchFinds(t, s, "the final run")
}

// TestBulkWALBounded: a deferred load's saves copy the WAL beside the
// writer once it is past asideFrom, until it has grown past maxWALFrames:
// then the writer copies it and starts it over itself.
func TestBulkWALBounded(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t)
	s.asideFrom = 0 // as a WAL file already past it
	s.DeferIndex()
	frames := func() int64 {
		s.saveMu.Lock()
		defer s.saveMu.Unlock()
		s.waitAside()
		return s.walFrames.Load()
	}
	if _, err := s.SaveClipping(ctx, crashClipping(t, 0)); err != nil {
		t.Fatal(err)
	}
	if n := frames(); n == 0 {
		t.Fatalf("no copy beside the writer after a deferred save")
	}
	s.walFrames.Store(maxWALFrames + 1) // as a copy aside would find it
	if _, err := s.SaveClipping(ctx, crashClipping(t, 1)); err != nil {
		t.Fatal(err)
	}
	if n := frames(); n != 0 {
		t.Errorf("a save after the WAL grew past the bound left %d frames, want the writer to start it over", n)
	}
	if err := s.BuildIndex(ctx); err != nil {
		t.Fatal(err)
	}
	checkIndex(t, s)
}

// TestBulkWALLeftForTheBuild: a deferred load's saves leave a WAL under
// asideFrom uncopied, for BuildIndex's copy.
func TestBulkWALLeftForTheBuild(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t)
	s.DeferIndex()
	saveCrashClippings(t, s, 3)
	s.saveMu.Lock()
	copied := s.aside != nil
	s.saveMu.Unlock()
	if copied {
		t.Fatalf("a save copied a WAL of %d bytes beside the writer, under asideFrom (%d)", s.walBytes(), s.asideFrom)
	}
	if err := s.BuildIndex(ctx); err != nil {
		t.Fatal(err)
	}
	checkIndex(t, s)
}

// TestCopyWALAside: during a deferred load, CopyWALAside copies the WAL
// the saves left under asideFrom; outside one it does nothing.
func TestCopyWALAside(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t)
	s.CopyWALAside(ctx)
	if s.aside != nil {
		t.Fatalf("CopyWALAside copied outside a deferred load")
	}
	s.DeferIndex()
	if _, err := s.SaveClipping(ctx, crashClipping(t, 0)); err != nil {
		t.Fatal(err)
	}
	s.CopyWALAside(ctx)
	s.saveMu.Lock()
	s.waitAside()
	frames := s.walFrames.Load()
	s.saveMu.Unlock()
	if frames == 0 {
		t.Fatalf("CopyWALAside made no copy of the saves' WAL")
	}
	if err := s.BuildIndex(ctx); err != nil {
		t.Fatal(err)
	}
	checkIndex(t, s)
}
