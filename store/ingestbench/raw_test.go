package ingestbench

import "testing"

// rawInsertRate is RawInsertRate failing tb on an error.
func rawInsertRate(tb testing.TB, dir string, rows []string) float64 {
	rate, err := RawInsertRate(dir, rows)
	if err != nil {
		tb.Fatal(err)
	}
	return rate
}

// BenchmarkRawFTS is the yardstick alone: 200-byte rows of corpus text
// into a table and its FTS5 porter index, 1,000 per transaction.
//
//	go test ./store/ingestbench -run '^$' -bench RawFTS -benchtime 3x
func BenchmarkRawFTS(b *testing.B) {
	_, texts := loadCorpus(b)
	rows := RawRows(texts, 50000)
	var rate float64
	for range b.N {
		rate += rawInsertRate(b, b.TempDir(), rows)
	}
	b.ReportMetric(rate/float64(b.N), "rows/s")
}
