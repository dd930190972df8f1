package store

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"
	"testing"
)

// Phrases are found through their rarer words or their common-word pairs,
// then checked: the rows found must be exactly those the phrase itself
// matches in FTS5, in the same order, page after page.
func TestMatchPlanFindsWhatThePhraseMatches(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t)
	text := strings.Join([]string{
		"Mary Jones said one of the problems is that the to-do list of the council keeps growing.",
		"The minister said that it is not about the money but about the respect of the voters.",
		"John Smith told reporters he would be in the city on Monday to meet the mayor of the town.",
		"We are going to fight for the people of this country and we will not back down from it.",
		"It has gained support over the years because of the work of the volunteers in the region.",
		"They said it was a mistake to cut the budget for schools and that it should be restored.",
		"Anne Brown said there is no reason for the delay and that the report should be out by May.",
	}, " ")
	if _, err := s.Generate(ctx, GenerateOptions{Statements: 600, Texts: []string{text}, Speakers: 5, PerClip: 6, Seed: 3}); err != nil {
		t.Fatal(err)
	}
	phrases := []string{
		`"of the"`, `"the to"`, `"to the"`, `"it is not"`, `"of this country"`, `"said of"`, `"the respect"`,
		`"be in the"`, `"has gained"`, `"is that the"`, `"to the of"`, `"it is not about the"`, `"the report should"`, `"of the volunteers"`, `"it should be"`,
		`"the minister"`, `"on the"`, `"not back down"`, `"and the"`, `"the"`, `"for the people" budget`,
	}
	for _, text := range phrases {
		q := parseQuery(text)
		for _, sep := range []string{" AND ", " OR "} {
			plan := q.plan("content names context", sep, "")
			// What the phrases themselves match, in FTS5: a word in
			// any column, a phrase in content or names.
			var phrases []string
			for _, t := range q.terms {
				cols := "content names context"
				if len(t) > 1 {
					cols = "content names"
				}
				phrases = append(phrases, `{`+cols+`} : "`+strings.Join(t, " ")+`"`)
			}
			truth := matchPlan{exact: strings.Join(phrases, sep)}
			truth.cheap = truth.exact
			for _, page := range []struct{ skip, want int }{{0, 5}, {0, 100}, {7, 50}, {0, 1000}} {
				err := s.read(ctx, func(tx *sql.Tx) error {
					for _, desc := range []bool{true, false} {
						got, err := walkMatches(ctx, tx, plan, "", nil, desc, page.skip, page.want)
						if err != nil {
							return err
						}
						want, err := walkMatches(ctx, tx, truth, "", nil, desc, page.skip, page.want)
						if err != nil {
							return err
						}
						if !slices.Equal(got, want) {
							return fmt.Errorf("desc=%v page %+v: got %d rows %v, the phrase matches %d rows %v", desc, page, len(got), head(got), len(want), head(want))
						}
					}
					return nil
				})
				if err != nil {
					t.Errorf("%s (%s): %v", text, sep, err)
				}
			}
		}
	}
	// Common-word phrases go through pairs, not their words' positions.
	q := parseQuery(`"the to"`)
	if p := q.plan("content", " AND ", ""); p.cheap != `(pairs : ("the0to"))` || p.exact != p.cheap {
		t.Errorf("plan for a phrase of common words: %s", p.cheap)
	}
	q = parseQuery(`"it is not"`)
	if p := q.plan("content names", " AND ", ""); p.cheap != `(pairs : (("it0is" OR "it1is") AND ("is0not" OR "is1not")))` || p.exact == p.cheap {
		t.Errorf("plan for three common words: %+v", p)
	}
	res, err := s.Search(ctx, `"the to"`, 10, 0)
	if err != nil || len(res.Entries) == 0 {
		t.Errorf(`search "the to": %d hits, %v; want the to-do list`, len(res.Entries), err)
	}
	res, err = s.Search(ctx, `"to the of"`, 10, 0)
	if err != nil || len(res.Entries) != 0 {
		t.Errorf(`search "to the of": %d hits, %v; want none`, len(res.Entries), err)
	}
}

func head(keys []int64) []int64 { return keys[:min(len(keys), 5)] }
