package ingestbench

import (
	"context"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"runtime/metrics"
	"syscall"
	"testing"
	"time"

	"github.com/whosaid/whosaid/cmd/whosaid/ingest"
	"github.com/whosaid/whosaid/digest"
	"github.com/whosaid/whosaid/digest/clip"
	"github.com/whosaid/whosaid/digest/extract"
	"github.com/whosaid/whosaid/store"
)

// loadCorpus reads the corpus's files into memory, or skips b.
func loadCorpus(b *testing.B) (names []string, texts [][]byte) {
	names, texts, err := CorpusTexts()
	if err != nil {
		b.Fatal(err)
	}
	if len(texts) == 0 {
		b.Skipf("no corpus at %s", Corpus)
	}
	return names, texts
}

// parseCorpus parses the corpus's files and extracts their statements,
// leaving out those that do not parse, or skips b.
func parseCorpus(b *testing.B) []*digest.Clipping {
	return parseTexts(loadCorpus(b))
}

// parseTexts parses the files named names, read as texts, and extracts
// their statements, leaving out those that do not parse.
func parseTexts(names []string, texts [][]byte) []*digest.Clipping {
	var parsed []*digest.Clipping
	for i := range texts {
		c, err := clip.Parse(names[i], texts[i], clip.Options{})
		if err != nil {
			continue
		}
		c.Statements = extract.Statements(c)
		parsed = append(parsed, c)
	}
	return parsed
}

// BenchmarkIngest runs `whosaid ingest -q`'s own code (ingest.Run, which
// the command calls after parsing its flags) on the corpus folder into a
// fresh database per iteration, under a context that ends on an
// interrupt, as main's: the database opened and migrated, the files
// listed, read from disk, parsed and extracted on a goroutine less than
// cores while one writer saves them in batches, the index built or merged
// at the end, and the database closed, all timed. Each iteration also
// runs the raw SQLite yardstick (BenchmarkRawFTS) just before, so ratio
// (statements/s ÷ raw rows/s) compares two figures taken under the same
// load. The -ms figures split the run's wall time (ingest.Phases).
//
//	go test ./store/ingestbench -run '^$' -bench 'Ingest$' -benchtime 5x
func BenchmarkIngest(b *testing.B) {
	_, texts := loadCorpus(b)
	rows := RawRows(texts, 50000)
	var clippings, statements int
	var took, cpu time.Duration
	var raw float64
	var ph ingest.Phases
	segments := 0 // the index segments the run left (one, once built)
	var goroutines uint64
	for range b.N {
		b.StopTimer()
		raw += rawInsertRate(b, b.TempDir(), rows)
		db := filepath.Join(b.TempDir(), "ingest.db")
		ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM) // as main
		b.StartTimer()
		start, cpu0, g0 := time.Now(), CPUTime(), goroutinesCreated()
		sum, err := ingest.Run(ctx, db, []string{Corpus}, ingest.Options{Out: io.Discard, UserGC: os.Getenv("GOGC") != ""})
		took += time.Since(start)
		cpu += CPUTime() - cpu0
		goroutines += goroutinesCreated() - g0
		b.StopTimer()
		stop()
		if err != nil || sum.Failed > 0 {
			b.Fatalf("%v: %s", err, sum)
		}
		clippings += sum.Clippings
		statements += sum.Statements
		p := sum.Phases
		ph.Open, ph.FirstCommit, ph.Wait, ph.Save = ph.Open+p.Open, ph.FirstCommit+p.FirstCommit, ph.Wait+p.Wait, ph.Save+p.Save
		ph.Tail, ph.Build, ph.Tidy, ph.Close = ph.Tail+p.Tail, ph.Build+p.Build, ph.Tidy+p.Tidy, ph.Close+p.Close
		ph.Batches += p.Batches
		segments += indexSegments(b, db)
		b.StartTimer()
	}
	b.ReportMetric(float64(clippings)/took.Seconds(), "clippings/s")
	b.ReportMetric(float64(statements)/float64(clippings), "statements/clipping")
	b.ReportMetric(float64(statements)/took.Seconds(), "statements/s")
	b.ReportMetric(raw/float64(b.N), "raw-rows/s")
	b.ReportMetric(float64(ph.Batches)/float64(b.N), "batches/op")
	b.ReportMetric(float64(cpu.Microseconds())/float64(statements), "cpu-µs/statement")
	b.ReportMetric(float64(statements)/took.Seconds()/(raw/float64(b.N)), "ratio")
	// The cores kept busy: the process's CPU time over the wall time
	// (at most GOMAXPROCS).
	b.ReportMetric(cpu.Seconds()/took.Seconds(), "cores-busy")
	b.ReportMetric(float64(segments)/float64(b.N), "segments")
	ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 / float64(b.N) }
	b.ReportMetric(ms(took), "total-ms")
	b.ReportMetric(ms(ph.Open), "open-ms")
	b.ReportMetric(ms(ph.FirstCommit), "first-commit-ms")
	b.ReportMetric(ms(ph.Wait), "wait-ms")
	b.ReportMetric(ms(ph.Save), "save-ms")
	b.ReportMetric(ms(ph.Build+ph.Tidy), "merge-ms") // the index built, or merged
	b.ReportMetric(ms(ph.Close), "close-ms")
	b.ReportMetric(ms(ph.Tail), "saves-after-reading-ms")
	b.ReportMetric(float64(goroutines)/float64(b.N), "goroutines/op")
}

// goroutinesCreated is how many goroutines the process has started:
// database/sql starts one for every query in a transaction (Rows'
// awaitDone), about 1,250 of the 1,350 a run (docs/speed/issue13-round15.md).
func goroutinesCreated() uint64 {
	m := []metrics.Sample{{Name: "/sched/goroutines-created:goroutines"}}
	metrics.Read(m)
	if m[0].Value.Kind() != metrics.KindUint64 {
		return 0
	}
	return m[0].Value.Uint64()
}

// indexSegments counts the full-text index's segments in the database at
// path (off the clock: a query ingest does not make).
func indexSegments(b *testing.B, path string) int {
	s, err := store.Open(context.Background(), path)
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	n, err := s.IndexSegments(context.Background())
	if err != nil {
		b.Fatal(err)
	}
	return n
}

// BenchmarkSaveClipping measures the store alone: saving already parsed
// and extracted clippings, one transaction each.
//
//	go test ./store/ingestbench -run '^$' -bench SaveClipping -benchtime 3x
func BenchmarkSaveClipping(b *testing.B) {
	ctx := context.Background()
	parsed := parseCorpus(b)
	var clippings int
	var took time.Duration
	for range b.N {
		b.StopTimer()
		s, err := store.Open(ctx, filepath.Join(b.TempDir(), "save.db"))
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		start := time.Now()
		for _, c := range parsed {
			if _, err := s.SaveClipping(ctx, c); err != nil {
				b.Fatal(err)
			}
			clippings++
		}
		took += time.Since(start)
		b.StopTimer()
		s.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(clippings)/took.Seconds(), "clippings/s")
}

// BenchmarkPrepare measures what the reading goroutines compute for the
// store besides parsing and extracting (store.BatchItem.Prepare: hashes,
// the near-duplicate signature, the statements' keys, contexts and
// pairs), on one core, the clippings parsed and extracted before the
// clock.
//
//	go test ./store/ingestbench -run '^$' -bench Prepare -cpu 1 -benchtime 10x
func BenchmarkPrepare(b *testing.B) {
	parsed := parseCorpus(b)
	b.ResetTimer()
	for range b.N {
		for _, c := range parsed {
			it := store.BatchItem{Clipping: c}
			it.Prepare()
		}
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/1000/float64(b.N), "ms/pass")
}

// BenchmarkParseExtract measures reading and extraction alone, on one
// core, for comparison with BenchmarkIngest.
//
//	go test ./store/ingestbench -run '^$' -bench ParseExtract -benchtime 3x
func BenchmarkParseExtract(b *testing.B) {
	names, texts := loadCorpus(b)
	n := 0
	start := time.Now()
	for range b.N {
		for i := range texts {
			c, err := clip.Parse(names[i], texts[i], clip.Options{})
			if err == nil {
				c.Statements = extract.Statements(c)
			}
			n++
		}
	}
	b.ReportMetric(float64(n)/time.Since(start).Seconds(), "clippings/s")
}

// BenchmarkWriter measures ingest's single writer alone: clippings parsed,
// extracted and prepared before the clock starts, saved in batches of
// store.BulkBatch (ingest's largest) into a fresh database per iteration,
// with the raw SQLite yardstick (BenchmarkRawFTS) run just before. Both sides are one
// thread, so ratio moves less with the machine's load than Ingest's, and
// it is the ceiling Ingest reaches when the reading goroutines keep up.
//
//	go test ./store/ingestbench -run '^$' -bench Writer -benchtime 5x
func BenchmarkWriter(b *testing.B) {
	names, texts := loadCorpus(b)
	ctx := context.Background()
	rows := RawRows(texts, 50000)
	var items []store.BatchItem
	for _, c := range parseTexts(names, texts) { // the files read once, for the rows too
		it := store.BatchItem{Clipping: c}
		it.Prepare()
		items = append(items, it)
	}
	var statements int
	var took, cpu time.Duration
	var raw float64
	for range b.N {
		b.StopTimer()
		raw += rawInsertRate(b, b.TempDir(), rows)
		s, err := store.Open(ctx, filepath.Join(b.TempDir(), "writer.db"))
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		start := time.Now()
		cpu0 := CPUTime()
		for i := 0; i < len(items); i += store.BulkBatch {
			for _, r := range s.SaveBatch(ctx, items[i:min(i+store.BulkBatch, len(items))]) {
				if r.Err != nil {
					b.Fatal(r.Err)
				}
				statements += r.Statements
			}
		}
		if err := s.Close(); err != nil { // its last WAL checkpoint too
			b.Fatal(err)
		}
		took += time.Since(start)
		cpu += CPUTime() - cpu0
	}
	b.ReportMetric(float64(cpu.Microseconds())/float64(statements), "cpu-µs/statement")
	b.ReportMetric(float64(statements)/took.Seconds(), "statements/s")
	b.ReportMetric(raw/float64(b.N), "raw-rows/s")
	b.ReportMetric(float64(statements)/took.Seconds()/(raw/float64(b.N)), "ratio")
}
