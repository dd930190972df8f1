package extract_test

import (
	"testing"

	"github.com/whosaid/whosaid/digest/extract"
)

// TestNounsOfSpeech checks nouns of speech after a possessive (nouns.go),
// in made-up sentences, as the rules read them (the statement model may
// drop one it finds unlikely).
func TestNounsOfSpeech(t *testing.T) {
	checkRules(t, []rulesCase{
		{
			name:  "a name's claim that, after a preposition",
			text:  "Voters heard little about Jane Miller's claim that the county budget was balanced by fraud.",
			want:  []want{{speaker: "Jane Miller", content: "the county budget was balanced by fraud", cue: "claim", mention: "Jane Miller's"}},
			count: 1,
		},
		{
			name: "a possessive pronoun's pledge to, cut at its comma",
			text: "Tom Reyes said on Tuesday that taxes were too high. There was loud applause for his pledge to cut the sales tax, and the band played on.",
			want: []want{
				{speaker: "Tom Reyes", content: "taxes were too high"},
				{speaker: "Tom Reyes", content: "to cut the sales tax", cue: "pledge"},
			},
			count: 2,
		},
		{
			name:  "a call for a quotation, with a modifier before the noun",
			text:  "Residents spoke in favor of Sen. Paul Brown's urgent call for a “total review” of the police budget.",
			want:  []want{{speaker: "Paul Brown", content: "a “total review” of the police budget", cue: "call for"}},
			count: 1,
		},
		{
			name:  "the object of a verb: the verb's, not the noun's",
			text:  "The county repeatedly rejected Jane Miller's claim that its budget was balanced by fraud.",
			count: -1,
		},
		{
			name:  "a subject: its clause ends where the main verb's words start, unmarked",
			text:  "Jane Miller's claim that the budget was balanced by fraud drew criticism from residents.",
			count: -1,
		},
		{
			name:  "a pronoun with a contracted verb is no possessive",
			text:  "It's a claim that nobody in the county believes anymore.",
			count: -1,
		},
	})
}

// rulesCase is a made-up text and the statements the rules alone find in
// it.
type rulesCase struct {
	name  string
	text  string
	want  []want
	count int  // exact number of statements, when > 0; -1: none
	long  bool // with maxLen: a statement may be longer
}

// checkRules runs the rules alone on each case's text; with maxLen > 0,
// a case not marked long must have no content longer than maxLen bytes.
func checkRules(t *testing.T, cases []rulesCase, maxLen ...int) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			c := clipping(tt.text, "2026-12-01", false)
			got := extract.StatementsRules(c)
			checkWanted(t, c, got, tt.count, tt.want)
			for _, s := range got {
				if len(maxLen) > 0 && !tt.long && len(s.Content) > maxLen[0] {
					t.Errorf("content runs on: %q", s.Content)
				}
			}
		})
	}
}
