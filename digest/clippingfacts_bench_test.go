package digest_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/whosaid/whosaid/digest"
	"github.com/whosaid/whosaid/digest/clip"
	"github.com/whosaid/whosaid/digest/extract"
)

// clippingSet is a ClippingReader over parsed clippings, by id.
type clippingSet map[int64]*digest.Clipping

func (s clippingSet) Clipping(_ context.Context, id int64) (*digest.Clipping, error) {
	if c, ok := s[id]; ok {
		return c, nil
	}
	return nil, digest.Errorf(digest.ENOTFOUND, "no clipping %d", id)
}

// BenchmarkAddClippingFacts reads what the PolNeAR train texts show of
// their statements' speakers (the speaker forms, the questions short
// quotes answer): every statement extracted from them, each with its
// clipping, extracted beforehand.
//
//	go test -run='^$' -bench=BenchmarkAddClippingFacts -benchmem -cpu 1 ./digest
func BenchmarkAddClippingFacts(b *testing.B) {
	paths, _ := filepath.Glob(filepath.Join("..", "..", "shared", "polnear", "train", "text", "*.txt"))
	if len(paths) == 0 {
		b.Skip("PolNeAR train texts not found")
	}
	set := clippingSet{}
	var entries []digest.Entry
	for i, p := range paths {
		c, err := clip.ReadFile(p, clip.Options{})
		if err != nil {
			continue
		}
		id := int64(i + 1)
		set[id] = c
		for _, s := range extract.Statements(c) {
			entries = append(entries, digest.Entry{Statement: s, Sources: []digest.Source{{ClippingID: id}}})
		}
	}
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		if err := digest.AddClippingFacts(ctx, set, entries); err != nil {
			b.Fatal(err)
		}
	}
}
