package extract_test

import (
	"strings"
	"testing"

	"github.com/whosaid/whosaid/digest"
)

// TestRecallReportedClauses checks reported clauses the extractor used to
// miss on train folds (issue 10, recall of reported speech), in made-up
// sentences, with the rules alone and with the shipped model.
func TestRecallReportedClauses(t *testing.T) {
	wantStarts(t, []startsCase{
		{
			name:    "a verb before to and a verb of speech, then a clause with no that",
			text:    "The weather was fine.\n\nMayor Ann Lee is continuing to insist she will publish the report only after the vote.",
			speaker: "Ann Lee",
			starts:  "she will publish",
		},
		{
			name:    "more likely to say and a clause",
			text:    "The weather was fine.\n\nFarmers were slightly more likely to say they trusted the governor on water.",
			speaker: "Farmers",
			starts:  "they trusted",
		},
		{
			name:    "continued to say and a clause",
			text:    "The weather was fine.\n\nBrandt continued to say he had never seen the letter.",
			speaker: "Brandt",
			starts:  "he had never seen",
		},
	})
}

// TestNoReportedClause checks forms near those of
// TestRecallReportedClauses that report nothing: the writer's "it is fair
// to say", a verb that holds the words back, a subject further back than
// the verbs before "to".
func TestNoReportedClause(t *testing.T) {
	noStatement(t, []string{
		"It is fair to say he was wrong about the budget.",
		"There is little to suggest she could win the county.",
		"Mayor Ann Lee declined to say she would run again.",
		"Last week Tom Hart stood at a rally in the park to say he was leaning toward the mayor.",
	}, func(c *digest.Clipping, s digest.Statement) bool {
		return strings.HasPrefix(s.Content, "he ") || strings.HasPrefix(s.Content, "she ")
	})
}

// TestTellWithAudience checks the base form "tell" as a verb of speech
// when its audience follows, and as none without one.
func TestTellWithAudience(t *testing.T) {
	wantStarts(t, []startsCase{
		{"did tell and an audience", "The weather was fine.\n\nMayor Ann Lee did tell reporters that the budget would be late.", "Ann Lee", "the budget would be late"},
		{"tell and an audience, no that", "The weather was fine.\n\nMost farmers tell pollsters they expect a dry summer.", "farmers", "they expect a dry summer"},
		{"will tell you that", "The weather was fine.\n\nThe pundits will tell you that the vote was a landslide.", "pundits", "the vote was a landslide"},
	})
	for _, text := range []string{
		"Only time will tell if the plan will last.",
		"Mayor Ann Lee can tell that the council is tired.",
	} {
		c := clipping(text, "2026-12-01", false)
		eachRun(c, func(run string, got []digest.Statement) {
			for _, s := range got {
				if strings.Contains(s.Cue, "tell") {
					t.Errorf("%q, %s: want no statement of telling, got %s", text, run, dump([]digest.Statement{s}))
				}
			}
		})
	}
}
