package extract_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"testing"

	"github.com/whosaid/whosaid/digest"
	"github.com/whosaid/whosaid/digest/clip"
	"github.com/whosaid/whosaid/digest/extract"
)

// rv28Clippings are the seeds and test clippings with two made-up ones
// whose answers for the name opener "See" differ (commonOpener, kept per
// clipping since speed21): in one "See" opens only sentences and "see" is
// written in lower case, so the bare "Reyes" is Ana Reyes; in the other
// "See" stands mid-sentence ("Mayor See Reyes"), a name, and the bare
// "Reyes" is the mayor.
func rv28Clippings(t *testing.T) []*digest.Clipping {
	t.Helper()
	type file struct {
		name string
		data []byte
	}
	files := []file{
		{"opener.txt", []byte("Rents too high, bookseller says\n\nSee Reyes, a bookseller, said on Monday that rents were too high. Ana Reyes, who owns the shop next door, agreed with him.\n\nReyes said the council should act soon. Readers can see the figures online.\n")},
		{"named.txt", []byte("Mayor defends plan\n\nAna Reyes, a council member, opposed the plan on Monday.\n\nMayor See Reyes said on Tuesday that the plan was sound. Mayor See Reyes has led the city since 2019, and Mayor See Reyes has backed the plan from the start.\n\nReyes said the vote would come next week.\n")},
	}
	for _, glob := range []string{"../../testdata/seeds/*.txt", "../../testdata/clippings/*.md"} {
		paths, _ := filepath.Glob(glob)
		for _, p := range paths {
			data, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			files = append(files, file{p, data})
		}
	}
	var cs []*digest.Clipping
	for _, f := range files {
		c, err := clip.Parse(f.name, f.data, clip.Options{})
		if err != nil {
			t.Fatal(err)
		}
		cs = append(cs, c)
	}
	return cs
}

func rv28JSON(t *testing.T, c *digest.Clipping) string {
	t.Helper()
	b, err := json.Marshal(extract.Statements(c))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// rv28Fresh empties the extractors' pool (a sync.Pool lets go of what it
// holds at the second collection), so that the next Statements starts
// from a new extractor.
func rv28Fresh() {
	runtime.GC()
	runtime.GC()
}

// TestRv28PooledOrder: a clipping's statements do not depend on the
// clipping the pooled extractor read before it (the per-clipping answers
// of commonOpener, lowerUse and the other tables are cleared on reset):
// each clipping read right after its two neighbours in the list (the two
// made-up ones, first in the list, each other's) gives
// what it gives read by a new extractor.
func TestRv28PooledOrder(t *testing.T) {
	cs := rv28Clippings(t)
	want := make([]string, len(cs))
	for i, c := range cs {
		rv28Fresh()
		want[i] = rv28JSON(t, c)
	}
	for i, c := range cs {
		for _, j := range []int{(i + 1) % len(cs), (i + len(cs) - 1) % len(cs)} {
			before := cs[j]
			rv28Fresh()
			extract.Statements(before)
			if got := rv28JSON(t, c); got != want[i] {
				t.Fatalf("%s read after %s:\n%s\nread by a new extractor:\n%s", c.Path, before.Path, got, want[i])
			}
		}
	}
}

// TestRv28Concurrent: Statements called from several goroutines at once
// (as collect's errgroup and the store's preparers may) gives each
// clipping what it gives alone; run under -race it also checks that no
// extractor or table is shared unguarded.
func TestRv28Concurrent(t *testing.T) {
	cs := rv28Clippings(t)
	want := make([]string, len(cs))
	for i, c := range cs {
		rv28Fresh()
		want[i] = rv28JSON(t, c)
	}
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range cs {
				i := (k + g*3) % len(cs)
				b, _ := json.Marshal(extract.Statements(cs[i]))
				if string(b) != want[i] {
					t.Errorf("goroutine %d: %s differs from its reading alone", g, cs[i].Path)
				}
			}
		}()
	}
	wg.Wait()
}
