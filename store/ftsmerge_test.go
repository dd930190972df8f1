package store

import (
	"context"
	"fmt"
	"testing"

	"github.com/whosaid/whosaid/digest"
)

func TestTidyIndexMergesSegments(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t)
	// Each save is a transaction and leaves a segment; automerge folds a
	// level only at four.
	const n = 11
	for i := range n {
		word := fmt.Sprintf("tidyword%c", 'a'+i)
		content := "the minister said " + word + " was on the agenda"
		save(t, s, clipping(t, fmt.Sprintf("%02d.txt", i), "Wire", fmt.Sprintf("2025-01-%02d", i+1), "Agenda item "+word,
			[]string{content + ", Peskov said."},
			said{speaker: "Dmitry Peskov", content: content, on: fmt.Sprintf("2025-01-%02d", i+1)}))
	}
	before, err := s.IndexSegments(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if before < 2 {
		t.Fatalf("%d segments before tidying: the test saves nothing to merge", before)
	}
	did, err := s.TidyIndex(ctx, 100)
	t.Logf("segments before %d", before)
	if err != nil {
		t.Fatal(err)
	}
	after, err := s.IndexSegments(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if did == 0 || after >= before {
		t.Fatalf("TidyIndex: %d steps, segments %d -> %d", did, before, after)
	}
	// Nothing left: a second run does no work.
	if again, err := s.TidyIndex(ctx, 100); err != nil || again != 0 {
		t.Fatalf("second TidyIndex: %d steps, %v", again, err)
	}
	// The merged index finds what it found before.
	for i := range n {
		word := fmt.Sprintf("tidyword%c", 'a'+i)
		res, err := s.Search(ctx, `"said `+word+`"`, 10, 0)
		if err != nil || len(res.Entries) != 1 {
			t.Fatalf("search %q after tidying: %d entries, %v", word, len(res.Entries), err)
		}
	}
}

// A batch adds one segment to the full-text index, also when it re-indexes
// entries a clipping stored before (a known quote under a new headline),
// in any order: the deletions and the new rows are written out together at
// commit.
func TestBatchAddsOneSegment(t *testing.T) {
	s, _ := openTest(t)
	ctx := context.Background()
	q := said{speaker: "Jane Smith", content: "We will build the bridge next year, whatever it costs."}
	r := said{speaker: "John Doe", content: "The bridge is a waste of money and time."}
	u := said{speaker: "Ann Lee", content: "Nobody asked the people who live by the river."}
	batches := [][]*digest.Clipping{
		{clipping(t, "a.txt", "Outlet", "2024-01-02", "Bridge plan announced", []string{"Smith said: " + q.content}, q)},
		// q again, under a headline its entry lacks: re-indexed.
		{clipping(t, "b.txt", "Other", "2024-01-03", "Critics attack bridge plan", []string{"Smith said: " + q.content, "Doe said: " + r.content}, q, r)},
		{clipping(t, "c.txt", "Third", "2024-01-04", "River residents object", []string{"Lee said: " + u.content}, u)},
		// u and q again under new headlines, u (the later key) first: two
		// deletions out of key order.
		{clipping(t, "d.txt", "Fourth", "2024-01-05", "Protest spreads downstream", []string{"Lee said: " + u.content, "Smith said: " + q.content}, u, q)},
	}
	for i, batch := range batches {
		before, err := s.IndexSegments(ctx)
		if err != nil {
			t.Fatal(err)
		}
		items := make([]BatchItem, len(batch))
		for j, c := range batch {
			items[j] = BatchItem{Clipping: c}
		}
		for _, res := range s.SaveBatch(ctx, items) {
			if res.Err != nil {
				t.Fatal(res.Err)
			}
		}
		after, err := s.IndexSegments(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if after != before+1 {
			t.Errorf("batch %d: index segments %d -> %d, want one more", i, before, after)
		}
	}
	checkIndex(t, s)
	res, err := s.Search(ctx, "critics", 10, 0)
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, e := range res.Entries {
		found = found || e.Content == q.content
	}
	if !found {
		t.Errorf("search critics: %d entries, not the re-indexed one", len(res.Entries))
	}
}
