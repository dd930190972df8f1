package store

import (
	"context"
	"path/filepath"
	"testing"
)

// The writer's memory of speakers and entries follows what another process
// commits to the same database: its spellings and quotes are found, not
// duplicated.
func TestWriterMemoryFollowsAnotherWriter(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "shared.db")
	a, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	save(t, a, clipping(t, "a1.txt", "RFE/RL", "2017-09-13", "Kremlin",
		[]string{"Peskov said the talks had stalled."}, said{speaker: "Dmitry Peskov", content: "the talks had stalled"}))
	b, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	quote := "we are ready to talk about everything"
	save(t, b, clipping(t, "b1.txt", "TASS", "2017-09-14", "Lavrov",
		[]string{"Lavrov said we are ready to talk about everything."}, said{speaker: "Sergei Lavrov", content: quote}))
	res := save(t, a, clipping(t, "a2.txt", "Reuters", "2017-09-14", "Minister",
		[]string{"Sergei Lavrov: we are ready to talk about everything, he said."}, said{speaker: "Sergei Lavrov", content: quote}))
	if res.NewSpeakers != 0 || res.NewEntries != 0 || res.Statements != 1 {
		t.Fatalf("save after another writer: %+v, want the stored speaker and entry", res)
	}
	checkIndex(t, a)
}

// One batch carrying the same quote twice indexes it once, with what the
// second source adds (its headline, a date).
func TestSameQuoteTwiceInOneBatch(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t)
	quote := "such proposals were handed to the American side"
	first := clipping(t, "one.txt", "RFE/RL", "2017-09-14", "Kremlin proposals",
		[]string{"Peskov said such proposals were handed to the American side."}, said{speaker: "Dmitry Peskov", content: quote})
	second := clipping(t, "two.txt", "TASS", "2017-09-14", "Washington talks",
		[]string{"Such proposals were handed to the American side, Peskov said."},
		said{speaker: "Dmitry Peskov", content: "Such proposals were handed to the American side", on: "2017-09-13"})
	for _, r := range s.SaveBatch(ctx, []BatchItem{{Clipping: first}, {Clipping: second}}) {
		if r.Err != nil {
			t.Fatal(r.Err)
		}
	}
	for _, q := range []string{"kremlin", "washington"} {
		res, err := s.Search(ctx, q, 5, 0)
		if err != nil || len(res.Entries) != 1 || res.Entries[0].SaidOn != "2017-09-13" {
			t.Errorf("search %q: %+v, %v; want the one entry, said 2017-09-13", q, res.Entries, err)
		}
	}
	checkIndex(t, s)
}
