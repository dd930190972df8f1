package extract_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/whosaid/whosaid/digest"
)

// TestCircumstanceBefore checks a phrase before the speaker with no verb
// of its own: when the verb of speech takes its complement at once, the
// phrase says where or when and is no statement; when the attribution
// stands aside inside the sentence, the phrase is part of what was said.
// Made-up sentences, with the rules alone and with the shipped model.
func TestCircumstanceBefore(t *testing.T) {
	for _, text := range []string{
		"The race is close.\n\nSpeaking Sunday on NBC’s “Meet the Press,” Ann Lee admitted that the budget figures in her book were wrong.",
		"The race is close.\n\nOn WXYZ’s “Morning Hour” on Tuesday, Lee said, “I never promised to pay for the tickets.”",
		"The race is close.\n\nLater that week on WXYZ radio, Ann Lee said the council would vote on the plan in June.",
	} {
		c := clipping(text, "2026-12-01", false)
		eachRun(c, func(run string, got []digest.Statement) {
			if len(got) == 0 {
				t.Errorf("%s: %q: no statement", run, text)
			}
			for _, s := range got {
				if strings.HasPrefix(s.Content, "Speaking") || strings.HasPrefix(s.Content, "On WXYZ") || strings.HasPrefix(s.Content, "Later that week") {
					t.Errorf("%s: %q: the circumstance read as what was said: %s", run, text, dump(got))
				}
			}
		})
	}
	// the attribution stands aside: both parts are what was said
	text := "The race is close.\n\nIn her county, Ann Lee said, first-time offenders are sent to treatment."
	c := clipping(text, "2026-12-01", false)
	eachRun(c, func(run string, got []digest.Statement) {
		if !slices.ContainsFunc(got, func(s digest.Statement) bool {
			return s.Content == "In her county … first-time offenders are sent to treatment"
		}) {
			t.Errorf("%s: %q: want the phrase and the clause after the attribution, got %s", run, text, dump(got))
		}
	})
}
