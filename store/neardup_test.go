package store

import (
	"context"
	"path/filepath"
	"testing"
)

// Near-duplicates are found within one batch (bands not yet committed),
// and by a second store on the same file (bands another process stored).
func TestNearDuplicateInBatchAndAcrossStores(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "nd.db")
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	synd := append([]string{"By Staff Writer, Reuters"}, story...)
	synd = append(synd, "Support independent journalism: donate today.")
	res := s.SaveBatch(ctx, []BatchItem{
		{Clipping: clipping(t, "mt.txt", "The Moscow Times", "2025-07-29", "Kremlin Says Talks Going Nowhere Fast", story)},
		{Clipping: clipping(t, "yahoo.txt", "Yahoo News", "2025-07-30", "Russia-US talks stalled", synd)},
	})
	if res[0].Err != nil || res[1].Err != nil || res[1].NearDupOf != res[0].ClippingID {
		t.Fatalf("batch: %+v", res)
	}

	other, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	third := save(t, other, clipping(t, "msn.txt", "MSN", "2025-07-30", "Kremlin: nowhere fast", append(synd[1:], "Related: more news")))
	if third.NearDupOf != res[0].ClippingID {
		t.Errorf("second store: NearDupOf %d, want %d", third.NearDupOf, res[0].ClippingID)
	}
	// The first store learns of the other's clipping before its next save.
	fourth := save(t, s, clipping(t, "aol.txt", "AOL", "2025-07-31", "Talks stalled", append(synd[1:], "More: weather")))
	if fourth.NearDupOf != res[0].ClippingID || fourth.Duplicate {
		t.Errorf("first store after the other wrote: %+v", fourth)
	}
	if s.nearDups.upTo != fourth.ClippingID {
		t.Errorf("index holds clippings up to %d, want %d", s.nearDups.upTo, fourth.ClippingID)
	}
}
