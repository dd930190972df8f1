package main

import (
	"context"
	"fmt"
	"strings"
	"testing"
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
