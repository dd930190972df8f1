package main

import (
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"
	"time"
)

// runMain runs whosaid with args and returns its exit status and output.
func runMain(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var stdout, stderr strings.Builder
	code := Main(context.Background(), args, strings.NewReader(""), &stdout, &stderr)
	return code, stdout.String(), stderr.String()
}

func TestIngestCommand(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(t.TempDir(), "w.db")
	files := map[string]string{
		"a.txt":     "Kremlin says talks stalled\n\nThe Kremlin said on Tuesday that talks with Washington had stalled, officials told reporters in Moscow.\n",
		"b.md":      "---\ntitle: Second\n---\nA second clipping about embassies and diplomats in two capitals.\n",
		"sub/c.txt": "A third clipping in a sub-folder about sanctions and trade.\n",
		"empty.txt": "",
		"notes.pdf": "ignored: not a clipping type",
	}
	for name, body := range files {
		p := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	code, _, stderr := runMain(t, "ingest", "-db", db, dir, filepath.Join(dir, "missing.txt"))
	if code != 1 {
		t.Errorf("exit %d, want 1 for the failed files", code)
	}
	for _, want := range []string{"empty.txt: ", "missing.txt: ", "3 new clippings", "2 failed"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
	// Again: the stored files are skipped, the failures reported again.
	_, _, stderr = runMain(t, "ingest", "-db", db, dir)
	if !strings.Contains(stderr, "3 skipped as done before") || !strings.Contains(stderr, "0 new clippings") {
		t.Errorf("second run:\n%s", stderr)
	}
	// A changed file is read again.
	later := time.Now().Add(time.Hour)
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte(files["a.txt"]+"\nAn update paragraph.\n"), 0o644)
	os.Chtimes(filepath.Join(dir, "a.txt"), later, later)
	_, _, stderr = runMain(t, "ingest", "-db", db, filepath.Join(dir, "a.txt"))
	if !strings.Contains(stderr, "1 new clippings") {
		t.Errorf("changed file:\n%s", stderr)
	}
	// A file that is not a database is refused, and kept.
	notDB := filepath.Join(dir, "b.md")
	before, _ := os.ReadFile(notDB)
	code, _, stderr = runMain(t, "ingest", "-db", notDB, dir)
	after, _ := os.ReadFile(notDB)
	if code != 1 || !strings.Contains(stderr, "not a whosaid database") || string(before) != string(after) {
		t.Errorf("ingest into a text file: exit %d, %s", code, stderr)
	}
}

func TestDigestSearchLatestBackup(t *testing.T) {
	db := filepath.Join(t.TempDir(), "w.db")
	seeds := filepath.Join("..", "..", "testdata", "clippings")
	code, out, stderr := runMain(t, "digest", "-db", db, seeds)
	if code != 0 {
		t.Fatalf("digest: exit %d\n%s", code, stderr)
	}
	if !strings.HasPrefix(out, "Who said what") || !strings.Contains(out, "Peskov") {
		t.Errorf("digest output:\n%s", out)
	}
	var clippings int64
	entries, _ := os.ReadDir(seeds)
	for _, e := range entries {
		info, _ := e.Info()
		clippings += info.Size()
	}
	if int64(len(out)) >= clippings/2 {
		t.Errorf("digest of %d bytes is not much shorter than the %d bytes of clippings", len(out), clippings)
	}
	// Run again: nothing new, said in one line, then the latest anyway.
	code, out, _ = runMain(t, "digest", "-db", db, seeds)
	if code != 0 || !strings.HasPrefix(out, "Nothing new since the last digest") || !strings.Contains(out, "Latest statements") {
		t.Errorf("second digest: exit %d\n%s", code, out)
	}
	if _, out, _ = runMain(t, "digest", "-db", db, "--since", "2025-09-01"); !strings.HasPrefix(out, "Who said what") {
		t.Errorf("digest --since:\n%s", out)
	}

	code, out, _ = runMain(t, "search", "-db", db, "speaker:peskov", "normalization")
	if code != 0 || !strings.Contains(out, "Peskov") {
		t.Errorf("search: exit %d\n%s", code, out)
	}
	// A search hit reads as a sentence, its cue kept.
	code, out, _ = runMain(t, "search", "-db", db, "resurgent")
	if code != 0 || !strings.Contains(out, "Tillerson called Russia a “resurgent” country") {
		t.Errorf("search resurgent: exit %d\n%s", code, out)
	}
	for _, hostile := range []string{`"`, `NEAR(`, `*`, `speaker:"`} {
		code, _, stderr := runMain(t, "search", "-db", db, hostile)
		if code > 1 || strings.Contains(stderr, "SQL") || strings.Contains(stderr, "fts5") {
			t.Errorf("search %q: exit %d, %s", hostile, code, stderr)
		}
	}
	code, out, _ = runMain(t, "latest", "-db", db, "-n", "2")
	if code != 0 || strings.Count(out, "\n\n") != 1 {
		t.Errorf("latest -n 2: exit %d\n%s", code, out)
	}
	if code, _, stderr := runMain(t, "latest", "-db", filepath.Join(t.TempDir(), "none.db")); code != 1 || !strings.Contains(stderr, "no database at") {
		t.Errorf("latest without a database: exit %d, %s", code, stderr)
	}

	copyPath := filepath.Join(t.TempDir(), "copy.db")
	if code, _, stderr := runMain(t, "backup", "-db", db, copyPath); code != 0 {
		t.Fatalf("backup: exit %d, %s", code, stderr)
	}
	if code, out, _ := runMain(t, "latest", "-db", copyPath, "-n", "1"); code != 0 || !strings.Contains(out, " — ") {
		t.Errorf("latest from the backup: exit %d\n%s", code, out)
	}
	if code, _, stderr := runMain(t, "backup", "-db", db, copyPath); code != 1 || !strings.Contains(stderr, "already exists") {
		t.Errorf("backup over a file: exit %d, %s", code, stderr)
	}
}

func TestGenDB(t *testing.T) {
	db := filepath.Join(t.TempDir(), "gen.db")
	code, out, stderr := runMain(t, "gendb", "-db", db, "-n", "300", "-speakers", "20", "-corpus", filepath.Join("..", "..", "testdata", "clippings"))
	if code != 0 || !strings.Contains(out, "300 statements") {
		t.Fatalf("gendb: exit %d\n%s\n%s", code, out, stderr)
	}
	if code, out, _ := runMain(t, "search", "-db", db, "the"); code != 0 || !strings.Contains(out, " — ") {
		t.Errorf("search of the generated database: exit %d\n%s", code, out)
	}
	if code, _, stderr := runMain(t, "gendb", "-db", db, "-n", "10"); code != 1 || !strings.Contains(stderr, "exists") {
		t.Errorf("gendb over a file: exit %d, %s", code, stderr)
	}
	// Through the ingest path: clippings saved with SaveBatch.
	db = filepath.Join(t.TempDir(), "gen-ingest.db")
	code, out, stderr = runMain(t, "gendb", "-ingest", "-db", db, "-n", "300", "-speakers", "20", "-corpus", filepath.Join("..", "..", "testdata", "clippings"))
	if code != 0 || !strings.Contains(out, " statements, 15 clippings") {
		t.Fatalf("gendb -ingest: exit %d\n%s\n%s", code, out, stderr)
	}
	if code, out, _ := runMain(t, "search", "-db", db, `"of the"`); code != 0 || !strings.Contains(out, " — ") {
		t.Errorf("phrase search of the ingested database: exit %d\n%s", code, out)
	}
}

// A run that adds a tenth of the store's entries or more leaves the
// full-text index in one segment, not one per save transaction.
func TestIngestMergesTheIndex(t *testing.T) {
	db := filepath.Join(t.TempDir(), "w.db")
	files, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "clippings", "*.md"))
	if len(files) < 2 {
		t.Skip("needs two seed clippings")
	}
	for _, f := range files[:2] {
		if code, _, stderr := runMain(t, "ingest", "-q", "-db", db, f); code != 0 {
			t.Fatalf("ingest %s: exit %d\n%s", f, code, stderr)
		}
	}
	conn, err := sql.Open("sqlite", "file:"+db+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	var segments int
	if err := conn.QueryRow(`SELECT count(DISTINCT segid) FROM entry_fts_idx`).Scan(&segments); err != nil || segments != 1 {
		t.Errorf("full-text segments after two ingests: %d, %v; want 1", segments, err)
	}
}

// A run into a fresh database saves with FTS5's automatic merging off (it
// merges the whole index at its end anyway) and turns it on again when it
// ends: the setting lasts in the database.
func TestIngestBulkRestoresAutomerge(t *testing.T) {
	db := filepath.Join(t.TempDir(), "w.db")
	if code, _, stderr := runMain(t, "ingest", "-q", "-db", db, filepath.Join("..", "..", "testdata", "clippings")); code != 0 {
		t.Fatalf("ingest: exit %d\n%s", code, stderr)
	}
	conn, err := sql.Open("sqlite", "file:"+db+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	var v int
	if err := conn.QueryRow(`SELECT v FROM entry_fts_config WHERE k = 'automerge'`).Scan(&v); err != nil || v != 4 {
		t.Errorf("automerge after a bulk ingest: %d, %v; want 4, set back after the run turned it off", v, err)
	}
}

// A bulk run raises the garbage collector's GOGC for its length and sets
// back what the process had, whatever that was.
func TestIngestBulkRestoresGCPercent(t *testing.T) {
	db := filepath.Join(t.TempDir(), "w.db")
	const mine = 137
	prev := debug.SetGCPercent(mine)
	defer debug.SetGCPercent(prev)
	code, _, stderr := mainIn(context.Background(), nil, "", "ingest", "-q", "-db", db, filepath.Join("..", "..", "testdata", "clippings"))
	if code != 0 {
		t.Fatalf("ingest: exit %d\n%s", code, stderr)
	}
	if got := debug.SetGCPercent(mine); got != mine {
		t.Errorf("GOGC after a bulk ingest: %d, want %d as before it", got, mine)
	}
}
