package extract_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/whosaid/whosaid/digest"
)

// TestRecallReportedClauses checks reported clauses the extractor used to
// miss on train folds (issue 10, recall of reported speech), in made-up
// sentences, with the rules alone and with the shipped model.
func TestRecallReportedClauses(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		speaker string
		starts  string // the content's first words
	}{
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
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := clipping(tt.text, "2026-12-01", false)
			eachRun(c, func(run string, got []digest.Statement) {
				if !slices.ContainsFunc(got, func(s digest.Statement) bool {
					return strings.HasSuffix(s.Speaker, tt.speaker) && strings.HasPrefix(s.Content, tt.starts)
				}) {
					t.Errorf("%s: want %s: %q..., got %s", run, tt.speaker, tt.starts, dump(got))
				}
			})
		})
	}
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
