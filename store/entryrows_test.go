package store

import (
	"fmt"
	"testing"
)

// A batch's entries and sources go in several rows an INSERT: a number of
// them that no one statement size makes (64 + 16 + 4 + 1 + 1 + 1) are all
// stored, each with its source and in the index, and a quote a clipping
// repeats is one source of one entry.
func TestPendingRowsAllStored(t *testing.T) {
	s, _ := openTest(t)
	const n = 87
	var paras []string
	var stmts []said
	for i := range n {
		quote := fmt.Sprintf("the harbour plan number %d will open in spring", i)
		paras = append(paras, fmt.Sprintf("Mara Lind said %s.", quote))
		stmts = append(stmts, said{speaker: "Mara Lind", content: quote})
	}
	stmts = append(stmts, stmts[3]) // said twice in one clipping
	res := save(t, s, clipping(t, "harbour.txt", "Coast Daily", "2024-03-02", "Harbour plans", paras, stmts...))
	if res.Statements != n || res.NewEntries != n {
		t.Fatalf("saved %+v, want %d statements and entries", res, n)
	}
	var entries, sources, missing int
	if err := s.db.QueryRow(`SELECT (SELECT count(*) FROM entries), (SELECT count(*) FROM entry_sources),
		(SELECT count(*) FROM entries e WHERE NOT EXISTS (SELECT 1 FROM entry_sources es WHERE es.entry_id = e.id))`).
		Scan(&entries, &sources, &missing); err != nil {
		t.Fatal(err)
	}
	if entries != n || sources != n || missing != 0 {
		t.Errorf("%d entries, %d sources, %d entries without a source; want %d, %d, 0", entries, sources, missing, n, n)
	}
	found, err := s.Search(t.Context(), `"harbour plan number 86"`, 5, 0)
	if err != nil || len(found.Entries) != 1 {
		t.Errorf("search the last entry: %+v, %v", found.Entries, err)
	}
	checkIndex(t, s)
}
