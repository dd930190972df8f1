package store

import (
	"context"
	"fmt"
	"testing"
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
