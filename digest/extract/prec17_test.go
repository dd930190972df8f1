package extract_test

import (
	"testing"

	"github.com/whosaid/whosaid/digest"
)

// TestOpeningOnlyContent: the phrase that opens a sentence before its
// subject says when, where or how the speaker spoke; with no verb and no
// quotation it is no content (content_opening.go). A clause before its
// speaker stays what was said, and so does a phrase "according to"
// credits.
func TestOpeningOnlyContent(t *testing.T) {
	noContent(t, []contentCase{
		{"Then, last week, Nora Field called.", "Then, last week"},
		{"Weighing in on the dispute, Senator Hal Rusk agreed.", "Weighing in on the dispute"},
		{"In the same debate, however, Rusk seemed to offer a caveat that undercut what he had said.", "In the same debate, however"},
	})
	wantContents(t, []contentCase{
		{"In Ohio, the race is tight, Hal Rusk said.", "In Ohio, the race is tight"},
		{"The tax plan is a mistake, Nora Field said.", "The tax plan is a mistake"},
	})
}

// TestOffParticle: "off" after a verb of speech makes another verb ("write
// off" dismisses or deducts); there is no statement (cue_off.go). "Off
// the record" and "off camera" say where the words were said.
func TestOffParticle(t *testing.T) {
	noContent(t, []contentCase{
		{"The national committee has written off efforts by rebel delegates.", "off efforts by rebel delegates"},
		{"Firms could write off the costs of new equipment in the first year.", "off the costs of new equipment in the first year"},
	})
	wantContents(t, []contentCase{
		{"Mayor Tom Hale told reporters off camera that the vote was lost.", "the vote was lost"},
	})
}

// TestColonClause: the colon hands its quotation to the clause that ends
// at it (colon_clause.go): not to a verb inside an opening clause of time
// ("when the moderators yielded ..."), and to the one "with X -ing"
// names. A lone clause before the colon keeps its subject.
func TestColonClause(t *testing.T) {
	tests := []struct{ text, content, speaker string }{
		{"That is, when the moderators yielded to the temptation of snark, Rusk called them on it: “The questions in this debate show why people do not trust the media.”",
			"The questions in this debate show why people do not trust the media.", "Rusk"},
		{"At a rally on Saturday, some of his supporters kicked and punched a protester, with Lund reportedly yelling: “Get him out of here!”",
			"Get him out of here!", "Lund"},
		{"Nora Field answered the charge: “It is simply not true.”", "It is simply not true.", "Nora Field"},
		{"Hale has since apologized for what happened: “I should have used two accounts.”", "I should have used two accounts.", "Hale"},
	}
	for _, tt := range tests {
		c := clipping("The weather was fine.\n\n"+tt.text, "2026-12-01", false)
		eachRun(c, func(run string, got []digest.Statement) {
			for _, s := range got {
				if s.Content == tt.content && s.Speaker != tt.speaker {
					t.Errorf("%s: %q: want speaker %q, got %s", run, tt.text, tt.speaker, dump(got))
				}
				if s.Content == tt.content {
					return
				}
			}
			t.Errorf("%s: %q: want %q from %q, got %s", run, tt.text, tt.content, tt.speaker, dump(got))
		})
	}
}
