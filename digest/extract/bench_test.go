package extract_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/whosaid/whosaid/digest"
	"github.com/whosaid/whosaid/digest/clip"
	"github.com/whosaid/whosaid/digest/extract"
)

// polnearTrain is the PolNeAR train split's texts, beside the project tree.
var polnearTrain = filepath.Join("..", "..", "..", "shared", "polnear", "train", "text")

// BenchmarkExtract reads and extracts the PolNeAR train texts: clip.Parse
// (format, cleaning, metadata) and Statements on each, with the files'
// bytes loaded beforehand so that the disk is not measured.
//
//	go test -run='^$' -bench=BenchmarkExtract -benchmem -cpu 1 ./digest/extract
func BenchmarkExtract(b *testing.B) {
	paths, _ := filepath.Glob(filepath.Join(polnearTrain, "*.txt"))
	if len(paths) == 0 {
		b.Skip("PolNeAR train texts not found at " + polnearTrain)
	}
	type file struct {
		name string
		data []byte
	}
	files := make([]file, 0, len(paths))
	size := 0
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		files = append(files, file{p, data})
		size += len(data)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	n := 0
	for i := 0; i < b.N; i++ {
		for _, f := range files {
			c, err := clip.Parse(f.name, f.data, clip.Options{})
			if err != nil {
				continue
			}
			n += len(extract.Statements(c))
		}
	}
	if n == 0 {
		b.Fatal("no statements extracted")
	}
}

// BenchmarkStatements measures the extractor alone on the same texts,
// parsed beforehand.
func BenchmarkStatements(b *testing.B) {
	benchStatements(b, extract.Statements)
}

// BenchmarkStatementsRules measures the rules alone, without the learned
// models, beside BenchmarkStatements: what the models cost.
func BenchmarkStatementsRules(b *testing.B) {
	benchStatements(b, extract.Rules.Statements)
}

func benchStatements(b *testing.B, statements func(*digest.Clipping) []digest.Statement) {
	paths, _ := filepath.Glob(filepath.Join(polnearTrain, "*.txt"))
	if len(paths) == 0 {
		b.Skip("PolNeAR train texts not found at " + polnearTrain)
	}
	var clips []*digest.Clipping
	size := 0
	for _, p := range paths {
		c, err := clip.ReadFile(p, clip.Options{})
		if err != nil {
			continue
		}
		clips = append(clips, c)
		size += len(c.Text)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, c := range clips {
			statements(c)
		}
	}
}
