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
			if _, err := samePages(ctx, s, plan, truth, 100); err != nil {
				t.Errorf("%s (%s): %v", text, sep, err)
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

// samePages walks plan and truth page by page, newest and oldest first
// (pages of 5, mid entries, 50 after 7, and 1,000), and reports the first
// page where plan's rows differ from truth's; it returns how many rows
// the 1,000-row page holds.
func samePages(ctx context.Context, s *Store, plan, truth matchPlan, mid int) (int, error) {
	all := 0
	err := s.read(ctx, func(tx *sql.Tx) error {
		for _, page := range []struct{ skip, want int }{{0, 5}, {0, mid}, {7, 50}, {0, 1000}} {
			for _, desc := range []bool{true, false} {
				got, err := s.walkMatches(ctx, tx, plan, "", nil, desc, page.skip, page.want)
				if err != nil {
					return err
				}
				want, err := s.walkMatches(ctx, tx, truth, "", nil, desc, page.skip, page.want)
				if err != nil {
					return err
				}
				if !slices.Equal(got, want) {
					return fmt.Errorf("desc=%v page %+v: got %d rows %v, the phrase matches %d rows %v", desc, page, len(got), head(got), len(want), head(want))
				}
				if page.want == 1000 {
					all = len(want)
				}
			}
		}
		return nil
	})
	return all, err
}

// A speaker's phrase with an uncommon word is found through that word and
// checked in Go (phrasecheck.go): the rows must be exactly those FTS5's phrase
// matches, word forms and text outside ASCII included, page after page.
func TestMatchPlanChecksPhrasesInGo(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t)
	text := strings.Join([]string{
		"The committee voted to amend the bill and its amendment was amended the next day.",
		"Being the first to amend the law, he said it is being amended again by the committee.",
		"Zoë Ünter said the amendment – the second – would amend the rules of the committee.",
		"Its members said that amending the treaty is hard and that its amendments were ready.",
		"She said they ran the race and were running the show at the committee of the city.",
		"The mayor said the city committee was ready to amend its rules on housing.",
	}, " ")
	if _, err := s.Generate(ctx, GenerateOptions{Statements: 900, Texts: []string{text}, Speakers: 4, PerClip: 5, Seed: 7}); err != nil {
		t.Fatal(err)
	}
	checked, found := 0, 0
	defer func(n, m int) { maxChecked, checksPerPage = n, m }(maxChecked, checksPerPage)
	checksPerPage = 1 << 20 // the probe is always worth it: Go checks
	for _, phrase := range []string{
		`"amend the"`, `"amendment the"`, `"the amendment"`, `"amend its"`, `"it amend"`, `"being amended"`, `"be amended"`,
		`"committee of the"`, `"the committee"`, `"running the"`, `"ran the show"`, `"run the"`, `"amend nothing"`,
		`"zoë ünter"`, `"said the"`, `"the city committee"`, `"city the"`,
	} {
		q := parseQuery(phrase)
		for sp := int64(1); sp <= 12; sp++ {
			// Speakers 1-4 with the probe's rows checked; 5-8 the same,
			// with the probe finding too many at once: FTS5 walks the
			// phrase; 9-12 after a chunk checked: FTS5 walks the rest.
			maxChecked = 1 << 20
			if sp > 8 {
				maxChecked = firstChunk + 3
			} else if sp > 4 {
				maxChecked = 3
			}
			sp := (sp-1)%4 + 1
			plan := q.plan("content context", " AND ", speakerMatch([]int64{sp}))
			if plan.check != nil {
				checked++
			}
			truth := matchPlan{exact: `({content} : "` + strings.Join(q.terms[0], " ") + `") AND ` + speakerMatch([]int64{sp})}
			truth.cheap = truth.exact
			all, err := samePages(ctx, s, plan, truth, 21)
			if err != nil {
				t.Errorf("%s, speaker %d: %v", phrase, sp, err)
			}
			if plan.check != nil && all > 0 {
				found++
			}
		}
	}
	if checked == 0 || found < 60 {
		t.Errorf("%d phrases checked in Go, %d found something; want more", checked, found)
	}
	// A phrase of common words goes by its pairs, one of a word outside
	// ASCII by FTS5 alone.
	for _, phrase := range []string{`"of the"`, `"zoë said"`} {
		q := parseQuery(phrase)
		if p := q.plan("content context", " AND ", speakerMatch([]int64{1})); p.check != nil {
			t.Errorf("%s checked in Go", phrase)
		}
	}
}
