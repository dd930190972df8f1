package ingestbench

import (
	"context"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"sync"
	"sync/atomic"
	"testing"
	"time"

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

// BenchmarkIngest stores the whole corpus into a fresh database per
// iteration, the way `whosaid ingest` does: parse and extract on a
// goroutine less than cores, one writer saving what is ready in batches
// of up to store.BulkBatch clippings per transaction (ingestBatch),
// reading instead of committing fewer than 64 (minBatch), and reading too
// while nothing is, with FTS5's automatic merging off for the run, the garbage
// collector at GOGC 400 (bulkGCPercent), saves without full-text rows and
// the index built once at its end (store.DeferIndex, BuildIndex: a run
// into a fresh database outgrows it tenfold), and closing the store (its
// last WAL checkpoint) in the timed part. Each iteration also runs the
// raw SQLite yardstick (BenchmarkRawFTS) just before, so ratio (statements/s ÷ raw rows/s)
// compares two figures taken under the same load.
//
//	go test ./store/ingestbench -run '^$' -bench 'Ingest$' -benchtime 3x
func BenchmarkIngest(b *testing.B) {
	names, texts := loadCorpus(b)
	ctx := context.Background()
	rows := RawRows(texts, 50000)
	var clippings, statements int
	var took time.Duration
	var raw float64
	var cpu time.Duration
	nbatches := 0
	// Phases of the timed part, wall time summed over iterations: until
	// the first commit starts, the writer waiting for the next clipping,
	// its saves, the final merge, and closing; and how long the writer
	// still saved once the reading goroutines had finished (the other
	// core idle).
	var tFirst, tWait, tSave, tMerge, tClose, tTail time.Duration
	// The index segments the run left (one, once built).
	segments := 0
	for range b.N {
		b.StopTimer()
		raw += rawInsertRate(b, b.TempDir(), rows)
		s, err := store.Open(ctx, filepath.Join(b.TempDir(), "ingest.db"))
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		start := time.Now()
		cpu0 := CPUTime()
		if err := s.SetIndexAutomerge(ctx, 0); err != nil { // as ingest does for a bulk run
			b.Fatal(err)
		}
		s.DeferIndex()                // as ingest does for a run into a store it outgrows tenfold
		gc := debug.SetGCPercent(400) // as ingest does for a bulk run (bulkGCPercent)
		parsed := make([]chan *store.BatchItem, len(texts))
		for i := range parsed {
			parsed[i] = make(chan *store.BatchItem, 1)
		}
		read := func(i int) {
			c, err := clip.Parse(names[i], texts[i], clip.Options{})
			if err != nil {
				parsed[i] <- nil
				return
			}
			c.Statements = extract.Statements(c)
			it := &store.BatchItem{Clipping: c}
			it.Prepare() // on the reading goroutines, as ingest does
			parsed[i] <- it
		}
		// As ingest: a reader less than cores, and the writer reads too
		// while what it saves next is not ready.
		var wg sync.WaitGroup
		var readersDone atomic.Int64
		// The files queued, as ingest's jobs (which holds up to
		// readAhead): the writer finds one to read whenever a reader
		// has not taken it yet.
		next := make(chan int, len(texts))
		for i := range texts {
			next <- i
		}
		close(next)
		for range max(1, runtime.GOMAXPROCS(0)-1) {
			wg.Go(func() {
				for i := range next {
					read(i)
				}
				readersDone.Store(time.Now().UnixNano())
			})
		}
		help := next
		var batch []store.BatchItem
		committed := false
		flush := func() {
			if len(batch) > 0 {
				if !committed {
					tFirst += time.Since(start)
					committed = true
				}
				nbatches++
			}
			t0 := time.Now()
			defer func() { tSave += time.Since(t0) }()
			for _, r := range s.SaveBatch(ctx, batch) {
				if r.Err != nil {
					b.Fatal(r.Err)
				}
				if !r.Duplicate {
					clippings++
					statements += r.Statements
				}
			}
			batch = batch[:0]
		}
		for i := range texts {
			var it *store.BatchItem
			got := false
			// As ingest: with fewer than minBatch (64) in hand, read a
			// queued file rather than commit.
		reading:
			for help != nil && len(batch) < 64 {
				select {
				case it = <-parsed[i]:
					got = true
					break reading
				default:
				}
				select {
				case j, ok := <-help:
					if !ok {
						help = nil
						break reading
					}
					read(j)
				default:
					break reading // every file is being read
				}
			}
			if !got {
				select {
				case it = <-parsed[i]:
				default:
					flush() // save what is ready rather than wait with it
					t0 := time.Now()
					for got = false; !got; {
						select {
						case it = <-parsed[i]:
							got = true
						case j, ok := <-help:
							if !ok {
								help = nil
								continue
							}
							read(j)
						}
					}
					tWait += time.Since(t0)
				}
			}
			if it == nil {
				continue
			}
			if batch = append(batch, *it); len(batch) >= store.BulkBatch { // ingestBatch
				flush()
			}
		}
		flush()
		t0 := time.Now()
		if d := readersDone.Load(); d != 0 {
			tTail += t0.Sub(time.Unix(0, d))
		}
		// As ingest at the end of such a run: the index built, once.
		if err := s.BuildIndex(ctx); err != nil {
			b.Fatal(err)
		}
		if err := s.SetIndexAutomerge(ctx, store.DefaultAutomerge); err != nil {
			b.Fatal(err)
		}
		t1 := time.Now()
		// Counted off the clock (a query ingest does not make).
		n, err := s.IndexSegments(ctx)
		if err != nil {
			b.Fatal(err)
		}
		segments += n
		start = start.Add(time.Since(t1))
		t1 = time.Now()
		tMerge += t1.Sub(t0)
		// Closing is part of ingest: its last WAL checkpoint.
		if err := s.Close(); err != nil {
			b.Fatal(err)
		}
		tClose += time.Since(t1)
		took += time.Since(start)
		debug.SetGCPercent(gc)
		wg.Wait()
		cpu += CPUTime() - cpu0
	}
	b.ReportMetric(float64(clippings)/took.Seconds(), "clippings/s")
	b.ReportMetric(float64(statements)/float64(clippings), "statements/clipping")
	b.ReportMetric(float64(statements)/took.Seconds(), "statements/s")
	b.ReportMetric(raw/float64(b.N), "raw-rows/s")
	b.ReportMetric(float64(nbatches)/float64(b.N), "batches/op")
	b.ReportMetric(float64(cpu.Microseconds())/float64(statements), "cpu-µs/statement")
	b.ReportMetric(float64(statements)/took.Seconds()/(raw/float64(b.N)), "ratio")
	// The cores kept busy: the process's CPU time over the wall time
	// (at most GOMAXPROCS).
	b.ReportMetric(cpu.Seconds()/took.Seconds(), "cores-busy")
	b.ReportMetric(float64(segments)/float64(b.N), "segments")
	ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 / float64(b.N) }
	b.ReportMetric(ms(took), "total-ms")
	b.ReportMetric(ms(tFirst), "first-commit-ms")
	b.ReportMetric(ms(tWait), "wait-ms")
	b.ReportMetric(ms(tSave), "save-ms")
	b.ReportMetric(ms(tMerge), "merge-ms")
	b.ReportMetric(ms(tClose), "close-ms")
	b.ReportMetric(ms(tTail), "saves-after-reading-ms")
}

// BenchmarkSaveClipping measures the store alone: saving already parsed
// and extracted clippings, one transaction each.
//
//	go test ./store/ingestbench -run '^$' -bench SaveClipping -benchtime 3x
func BenchmarkSaveClipping(b *testing.B) {
	names, texts := loadCorpus(b)
	ctx := context.Background()
	var parsed []*digest.Clipping
	for i := range texts {
		c, err := clip.Parse(names[i], texts[i], clip.Options{})
		if err != nil {
			continue
		}
		c.Statements = extract.Statements(c)
		parsed = append(parsed, c)
	}
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
	for i := range texts {
		c, err := clip.Parse(names[i], texts[i], clip.Options{})
		if err != nil {
			continue
		}
		c.Statements = extract.Statements(c)
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
