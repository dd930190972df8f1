package main

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/whosaid/whosaid/digest/clip"
	"github.com/whosaid/whosaid/digest/extract"
	"github.com/whosaid/whosaid/store"
)

// TestSearchPastLastPage: a page past the end says how many results and
// pages there are, not that nothing was found.
func TestSearchPastLastPage(t *testing.T) {
	db := seededDB(context.Background(), t, t.TempDir())
	code, all, stderr := runMain(t, "search", "-db", db, "-n", "500", "peskov")
	if code != 0 {
		t.Fatalf("search: exit %d: %s", code, stderr)
	}
	total := len(strings.Split(strings.TrimSpace(all), "\n\n"))
	if total < 3 {
		t.Fatalf("want at least 3 results for peskov in the seeds, got %d:\n%s", total, all)
	}
	pages := (total + 1) / 2
	for _, page := range []int{pages + 1, 99} {
		code, stdout, stderr := runMain(t, "search", "-db", db, "-n", "2", "-page", fmt.Sprint(page), "peskov")
		want := fmt.Sprintf("-page %d is past the end: peskov has %d results, %d pages of 2 (the last: whosaid search -db %s -n 2 -page %d peskov)", page, total, pages, shellQuote([]string{db}), pages)
		if code != 1 || stdout != "" || !strings.Contains(stderr, want) {
			t.Errorf("page %d: exit %d, want %q\nstdout: %s\nstderr: %s", page, code, want, stdout, stderr)
		}
	}
	// The last page itself is there.
	if code, stdout, _ := runMain(t, "search", "-db", db, "-n", "2", "-page", fmt.Sprint(pages), "peskov"); code != 0 || strings.Contains(stdout, "Nothing found") {
		t.Errorf("last page %d: exit %d\n%s", pages, code, stdout)
	}
	// No result at all is still "nothing found", on any page.
	if code, stdout, _ := runMain(t, "search", "-db", db, "-page", "3", "zzyzxnotaword"); code != 0 || !strings.Contains(stdout, "Nothing found for zzyzxnotaword.") {
		t.Errorf("no results, page 3: exit %d\n%s", code, stdout)
	}
}

// TestSearchSinceUndated: since: and before: count a statement that gives
// no date (and whose article gives none) by the day it was stored, and
// the result says so instead of showing no day at all.
func TestSearchSinceUndated(t *testing.T) {
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "u.db")
	added := time.Date(2024, 3, 10, 12, 0, 0, 0, time.UTC)
	st, err := store.Open(ctx, db, store.WithClock(func() time.Time { return added }))
	if err != nil {
		t.Fatal(err)
	}
	c, err := clip.Parse("a.txt", []byte("Mayor Vows New Budget Cuts\n\nThe mayor, Jane Smith, told reporters that the city would cut its budget again.\n"), clip.Options{})
	if err == nil {
		c.Statements, err = extract.Checked(c)
	}
	if err == nil {
		_, err = st.SaveClipping(ctx, c)
	}
	st.Close()
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Statements) == 0 || !c.Published.IsZero() || c.Statements[0].Date().Known() {
		t.Fatalf("want an undated statement in an undated clipping: published %v, %+v", c.Published, c.Statements)
	}
	for _, tc := range []struct {
		query string
		found bool
	}{
		{"budget since:2024-03-10", true},
		{"budget before:2024-03-11", true},
		{"budget since:2024-03-11", false},
		{"budget before:2024-03-10", false},
	} {
		code, out, stderr := runMain(t, "search", "-db", db, tc.query)
		if code != 0 {
			t.Fatalf("%s: exit %d %s", tc.query, code, stderr)
		}
		if got := !strings.Contains(out, "Nothing found"); got != tc.found {
			t.Errorf("%s: found %v, want %v:\n%s", tc.query, got, tc.found, out)
		}
		if tc.found && !strings.Contains(out, "Jane Smith, mayor — undated, added Sun 10 Mar 2024") {
			t.Errorf("%s: the result does not say the day it counts by:\n%s", tc.query, out)
		}
	}
	_, help, _ := runMain(t, "search", "-h")
	if !strings.Contains(help, "undated") {
		t.Errorf("search -h does not say how since: counts undated statements:\n%s", help)
	}
}
