package store

import (
	"context"
	"database/sql"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/whosaid/whosaid/digest"
)

// Every phrase of two or three words drawn from a generated store's own
// statements (and some reversed, which rarely occur), walked for each
// speaker by the plan that checks the phrase in Go, must find the rows
// FTS5's phrase finds, in the same order, page after page: with the Go
// check to the end, giving up at once, and giving up after a chunk.
func TestPhraseCheckMatchesFTS(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t)
	text := strings.Join([]string{
		"Senators voted to AMEND the budget, and the amended budget passed; amendments followed.",
		"The governor's office said it was running late, as it ran late in 2019 and runs late now.",
		"U.S. officials don't expect the talks in Zürich to resume before the café reopens.",
		"A spokeswoman said the policies were not new and the policy would stay as it is.",
		"Critics said the agreement was signed in haste; its signing was a mistake, critics said.",
		"The minister told Москва that talks would continue, the minister's aide said later.",
		"He called the re\u0301sume\u0301 fake and said the hiring process was being reviewed again.",
		"Voters in the north backed the plan while voters in the south rejected the planning.",
		"Officials said there were 12 cases and 3 deaths, and that cases were rising fast.",
		"Its leaders said the union's strike would end when the union's demands were met.",
	}, " ")
	if _, err := s.Generate(ctx, GenerateOptions{Statements: 2400, Texts: []string{text}, Speakers: 5, PerClip: 6, Seed: 11}); err != nil {
		t.Fatal(err)
	}
	var phrases []string
	seen := map[string]bool{}
	for _, sentence := range strings.SplitAfter(text, ". ") {
		words, _ := ftsTokens(sentence, nil)
		for i := range words {
			for n := 2; n <= 3 && i+n <= len(words); n++ {
				phrases = append(phrases, strings.Join(words[i:i+n], " "))
			}
			if i+1 < len(words) {
				phrases = append(phrases, words[i+1]+" "+words[i])
			}
		}
	}
	rng := rand.New(rand.NewPCG(5, 6))
	rng.Shuffle(len(phrases), func(i, j int) { phrases[i], phrases[j] = phrases[j], phrases[i] })
	defer func(n, m int) { maxChecked, checksPerPage = n, m }(maxChecked, checksPerPage)
	tried, nonEmpty := 0, 0
	for _, phrase := range phrases {
		if seen[phrase] || tried == 60 {
			continue
		}
		seen[phrase] = true
		q := parseQuery(`"` + phrase + `"`)
		sp := int64(1 + tried%5)
		plan := q.plan("content context", " AND ", speakerMatch([]int64{sp}))
		if plan.check == nil {
			continue // common words only, or outside ASCII: FTS5's walk
		}
		tried++
		truth := matchPlan{exact: `({content} : "` + strings.Join(q.terms[0], " ") + `") AND ` + speakerMatch([]int64{sp})}
		truth.cheap = truth.exact
		for _, mode := range []struct {
			name   string
			budget int
		}{{"checked in Go", 1 << 20}, {"given up at once", 3}, {"given up after a chunk", firstChunk + 3}} {
			checksPerPage, maxChecked = 1<<20, mode.budget
			all, err := samePages(ctx, s, plan, truth, 21)
			if err != nil {
				t.Errorf("%q, speaker %d, %s: %v", phrase, sp, mode.name, err)
			}
			if all > 0 && mode.budget > 3 {
				nonEmpty++
			}
		}
	}
	if tried < 60 || nonEmpty < 60 {
		t.Errorf("%d phrases checked in Go, %d walks found rows; want more", tried, nonEmpty)
	}
	// Rows the Go check cannot decide go to FTS5 while the probe's rows
	// are still being read, on the same transaction.
	err := s.read(ctx, func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx, `SELECT rowid FROM entry_fts WHERE entry_fts MATCH 'budget' ORDER BY rowid`)
		if err != nil {
			return err
		}
		defer rows.Close()
		var keys []int64
		for len(keys) < 3 && rows.Next() {
			var k int64
			if err := rows.Scan(&k); err != nil {
				return err
			}
			keys = append(keys, k)
		}
		ok, err := verify(ctx, tx, `{content} : "budget"`, keys)
		if err == nil && len(ok) != len(keys) {
			err = fmt.Errorf("verify found %d of %d", len(ok), len(keys))
		}
		if err == nil && !rows.Next() {
			err = fmt.Errorf("the walk ended early: %v", rows.Err())
		}
		return err
	})
	if err != nil {
		t.Errorf("verify during a walk: %v", err)
	}
	// The timeline returns the same statements either way.
	checksPerPage, maxChecked = 1<<20, 1<<20
	for _, phrase := range phrases[:20] {
		checked, err := s.Timeline(ctx, 1, `"`+phrase+`"`, 10, 0)
		if err != nil {
			t.Fatal(err)
		}
		checksPerPage = 0 // never worth it: FTS5 walks every phrase
		walked, err := s.Timeline(ctx, 1, `"`+phrase+`"`, 10, 0)
		if err != nil {
			t.Fatal(err)
		}
		checksPerPage = 1 << 20
		if !slices.EqualFunc(checked.Entries, walked.Entries, func(a, b digest.Entry) bool { return a.ID == b.ID }) || checked.More != walked.More {
			t.Errorf("timeline %q: checked in Go %d entries, walked by FTS5 %d", phrase, len(checked.Entries), len(walked.Entries))
		}
	}
}

// Page counts come from FTS5's own tables, empty or not.
func TestTermPages(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t)
	count := func() []int {
		var got []int
		if err := s.read(ctx, func(tx *sql.Tx) error {
			var err error
			got, err = s.pages.of(ctx, tx, []string{"budget", "the", "aaa"})
			return err
		}); err != nil {
			t.Fatal(err)
		}
		return got
	}
	if got := count(); !slices.Equal(got, []int{0, 0, 0}) {
		t.Errorf("pages in an empty index: %v", got)
	}
	words := strings.Repeat("the budget of the state and the cost of the plan. ", 30)
	if _, err := s.Generate(ctx, GenerateOptions{Statements: 3000, Texts: []string{words + "A quiet budget."}, Speakers: 2, PerClip: 10, Seed: 1}); err != nil {
		t.Fatal(err)
	}
	// "the" four times a statement, "budget" once; "aaa" in no page.
	if got := count(); got[1] <= got[0] || got[0] <= got[2] || got[2] > 2 {
		t.Errorf("pages of budget, the, and a word not indexed: %v", got)
	}
}
