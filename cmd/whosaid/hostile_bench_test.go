package main

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// BenchmarkIngestLongParagraph measures `whosaid ingest` of one clipping
// that is a single paragraph of 1 MB full of quotes (about 7,400
// statements), into a fresh database each time: the probe that took 45 s
// when every statement's context re-read its paragraph.
func BenchmarkIngestLongParagraph(b *testing.B) {
	dir := b.TempDir()
	p := filepath.Join(dir, "long.txt")
	if err := os.WriteFile(p, []byte(longParagraph(1<<20)), 0o644); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(1 << 20)
	i := 0
	for b.Loop() {
		i++
		db := filepath.Join(dir, "w"+strconv.Itoa(i)+".db")
		code, _, stderr := mainIn(context.Background(), nil, "", "ingest", "-q", "-db", db, p)
		if code != 0 || !strings.Contains(stderr, "1 new clippings") {
			b.Fatalf("exit %d: %s", code, stderr)
		}
	}
}
