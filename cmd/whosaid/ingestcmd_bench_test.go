package main

import (
	"context"
	"path/filepath"
	"regexp"
	"strconv"
	"testing"
	"time"

	"github.com/whosaid/whosaid/store/ingestbench"
)

// BenchmarkIngestCommand runs `whosaid ingest -q` itself (in process) on
// the 840 PolNeAR train texts into a fresh database per iteration: files
// read from disk, the run's bookkeeping, the final index merge and closing
// included, with the raw SQLite yardstick (ingestbench.RawInsertRate) run
// just before it, so ratio (statements/s ÷ raw rows/s) compares two
// figures taken under the same load. store/ingestbench's BenchmarkIngest
// runs the same code (ingest.Run) without the flag parsing and reports
// where the time goes.
//
//	go test ./cmd/whosaid -run '^$' -bench IngestCommand -benchtime 5x
func BenchmarkIngestCommand(b *testing.B) {
	_, texts, err := ingestbench.CorpusTexts()
	if err != nil {
		b.Fatal(err)
	}
	if len(texts) == 0 {
		b.Skipf("no corpus at %s", ingestbench.Corpus)
	}
	rows := ingestbench.RawRows(texts, 50000)
	saved := regexp.MustCompile(`; (\d+) statements,`)
	var statements int
	var took, cpu time.Duration
	var raw float64
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		rate, err := ingestbench.RawInsertRate(b.TempDir(), rows)
		if err != nil {
			b.Fatal(err)
		}
		raw += rate
		db := filepath.Join(b.TempDir(), "w.db")
		b.StartTimer()
		start, cpu0 := time.Now(), ingestbench.CPUTime()
		code, _, stderr := mainIn(context.Background(), nil, "", "ingest", "-q", "-db", db, ingestbench.Corpus)
		took += time.Since(start)
		cpu += ingestbench.CPUTime() - cpu0
		m := saved.FindStringSubmatch(stderr)
		if code != 0 || m == nil {
			b.Fatalf("exit %d: %s", code, stderr)
		}
		n, _ := strconv.Atoi(m[1])
		statements += n
	}
	b.ReportMetric(float64(statements)/took.Seconds(), "statements/s")
	b.ReportMetric(raw/float64(b.N), "raw-rows/s")
	b.ReportMetric(float64(cpu.Microseconds())/float64(statements), "cpu-µs/statement")
	b.ReportMetric(float64(statements)/took.Seconds()/(raw/float64(b.N)), "ratio")
}
