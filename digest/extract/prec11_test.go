package extract_test

import (
	"strings"
	"testing"

	"github.com/whosaid/whosaid/digest"
)

// TestQuotedTitleScenery: a quotation in the phrase that opens the
// sentence, closed by a comma, is where something was said when the verb
// takes a clause of its own; the clause is what was said
// (quote_scenery.go). A quotation alone before its speaker stays what was
// said.
func TestQuotedTitleScenery(t *testing.T) {
	wantContents(t, []contentCase{
		{"Sunday on the network’s “Weekend Review,” Rep. Tom Hale (R-Ohio) said the inquiry was moving slowly.", "the inquiry was moving slowly"},
		{"On “Meet the Press,” Sen. Tom Hale said that the bill would pass.", "the bill would pass"},
		{"Citing “obligations at home,” Kiki Moss told reporters that the mayor plans to skip the dinner.", "the mayor plans to skip the dinner"},
		{"“We will win,” Tom Hale said that night.", "We will win"},
	})
}

// TestTitleBetweenDateAndCue: a show's title between the day and the verb
// ("Sunday on NBC’s “Meet the Press,” ... said") does not make the day
// another event's (date.go otherEvent).
func TestTitleBetweenDateAndCue(t *testing.T) {
	c := clipping("The weather was fine.\n\nSunday on NBC’s “Meet the Press,” Sen. Tom Hale said the bill would pass.", "2026-12-01", false)
	eachRun(c, func(run string, got []digest.Statement) {
		for _, s := range got {
			if strings.HasPrefix(s.Content, "the bill") && s.SaidOn == "2026-11-29" {
				return
			}
		}
		t.Errorf("%s: want the bill's statement dated 2026-11-29, got %s", run, dump(got))
	})
}

// TestAttributiveAfterPreposition: a form in -ed right after a preposition
// describes the noun after it ("of pledged and super delegates"); it is
// no verb of speech (attributive_prep.go).
func TestAttributiveAfterPreposition(t *testing.T) {
	noStatement(t, []string{
		"The forecast rests on a combination of pledged and super delegates.",
		"She holds wide leads in both pledged delegates and the popular vote.",
		"The count of pledged delegates rose again on Tuesday.",
	}, func(_ *digest.Clipping, s digest.Statement) bool { return strings.HasPrefix(s.Cue, "pledged") })
	wantContents(t, []contentCase{
		{"In a speech, Hale pledged to cut taxes.", "to cut taxes"},
	})
}
