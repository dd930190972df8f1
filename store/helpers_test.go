package store

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/whosaid/whosaid/digest"
)

// testClock is a settable clock for the store.
type testClock struct{ t time.Time }

func (c *testClock) now() time.Time { return c.t }

// openTest opens a fresh store in a temp dir with a fixed clock.
func openTest(t testing.TB) (*Store, *testClock) {
	t.Helper()
	clock := &testClock{t: time.Date(2025, 9, 6, 8, 0, 0, 0, time.UTC)}
	s, err := Open(context.Background(), filepath.Join(t.TempDir(), "test.db"), WithClock(clock.now))
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s, clock
}

// said is one statement of a test clipping: content must occur in the text.
type said struct {
	speaker, title, content, on string
	direct                      bool
}

// clipping builds a clipping whose text is the headline and paragraphs,
// with statements whose spans point at their content in the text.
func clipping(t testing.TB, path, outlet, published, headline string, paras []string, statements ...said) *digest.Clipping {
	t.Helper()
	text := headline + "\n\n" + strings.Join(paras, "\n\n") + "\n"
	c := &digest.Clipping{Path: path, Outlet: outlet, Headline: headline, Text: text, TextSource: digest.TextSourceFile}
	if published != "" {
		p, err := time.Parse("2006-01-02", published)
		if err != nil {
			t.Fatal(err)
		}
		c.Published = p
	}
	off := 0
	for _, p := range append([]string{headline}, paras...) {
		start := strings.Index(text[off:], p) + off
		kind := digest.BlockBody
		if off == 0 {
			kind = digest.BlockHeadline
		}
		c.Blocks = append(c.Blocks, digest.Block{Span: digest.Span{start, start + len(p)}, Kind: kind})
		off = start + len(p)
	}
	for _, s := range statements {
		i := strings.Index(text, s.content)
		if i < 0 {
			t.Fatalf("content %q not in text of %s", s.content, path)
		}
		st := digest.Statement{Speaker: s.speaker, SpeakerTitle: s.title, Content: s.content, Direct: s.direct,
			ContentSpan: digest.Span{i, i + len(s.content)}, Cue: "said"}
		if s.on != "" {
			d, err := digest.ParseDate(s.on)
			if err != nil {
				t.Fatal(err)
			}
			st.SetDate(d)
		} else {
			st.SaidOnPrecision = digest.PrecisionUnknown
		}
		c.Statements = append(c.Statements, st)
	}
	return c
}

// save stores c and fails the test on error.
func save(t testing.TB, s *Store, c *digest.Clipping) digest.SaveResult {
	t.Helper()
	res, err := s.SaveClipping(context.Background(), c)
	if err != nil {
		t.Fatalf("SaveClipping(%s): %v", c.Path, err)
	}
	return res
}

// story is a long paragraph shared by the near-duplicate tests: the same
// wire story as two outlets carried it.
var story = []string{
	"The Kremlin said Tuesday that talks with the United States on restoring bilateral ties, including efforts to resume regular embassy operations, have stalled.",
	"So far, the process of normalizing relations with the U.S. is going nowhere fast, Kremlin spokesman Dmitry Peskov told reporters. We would like to see a bit more movement in the talks, since that is what we are interested in.",
	"Peskov suggested Washington was not doing its part, saying the talks require initiative from both sides.",
	"His remarks came a day after U.S. President Donald Trump said he was very disappointed in Russian President Vladimir Putin.",
	"Moscow is seeking the return of six diplomatic properties seized by the U.S. between 2016 and 2018 in response to Russian election interference.",
}

// digestFilter is a Filter for the newest n entries.
func digestFilter(n int) digest.Filter { return digest.Filter{Limit: n} }

// checkIndex fails the test when the full-text index disagrees with the
// entries it indexes.
func checkIndex(t testing.TB, s *Store) {
	t.Helper()
	if _, err := s.db.Exec(`INSERT INTO entry_fts (entry_fts, rank) VALUES ('integrity-check', 1)`); err != nil {
		t.Errorf("full-text index: %v", err)
	}
	var bad string
	if err := s.db.QueryRow(`PRAGMA integrity_check`).Scan(&bad); err != nil || bad != "ok" {
		t.Errorf("integrity_check: %q, %v", bad, err)
	}
}

// deferredStore opens a store at a new path, defers its index and saves
// the first n crash-test clippings: a bulk load whose index is not built
// yet. It returns the store (open) and its path.
func deferredStore(t testing.TB, n int) (*Store, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "stale.db")
	s, err := Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	s.DeferIndex()
	saveCrashClippings(t, s, n)
	return s, path
}

// saveCrashClippings saves the first n crash-test clippings into s.
func saveCrashClippings(t testing.TB, s *Store, n int) {
	t.Helper()
	for i := range n {
		if _, err := s.SaveClipping(context.Background(), crashClipping(t, i)); err != nil {
			t.Fatal(err)
		}
	}
}

// checkSearchFinds fails the test unless a search for a word of the
// crash-test clippings finds entries in s, after what the message names.
func checkSearchFinds(t testing.TB, s *Store, after string) {
	t.Helper()
	if res, err := s.Search(context.Background(), "sanctions", 5, 0); err != nil || len(res.Entries) == 0 {
		t.Errorf("search after %s: %d entries, %v", after, len(res.Entries), err)
	}
}
