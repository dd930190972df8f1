package extract_test

import (
	"testing"

	"github.com/whosaid/whosaid/digest"
	"github.com/whosaid/whosaid/digest/extract"
)

// TestPluralAfterOf: a form in -s right after "of" is a plural noun ("a
// flurry of tweets", "a series of posts"), never a verb of speech, with
// the rules alone as well.
func TestPluralAfterOf(t *testing.T) {
	for _, text := range []string{
		"The mayor spoke on Thursday.\n\nThe deputy mayor was speaking Friday in Akron, Ohio, hours after Lee unleashed a flurry of tweets shaming former Miss Ohio Ann Ortiz.",
		"The mayor spoke on Thursday.\n\nThe deputy mayor was speaking Friday in Akron, hours after Lee unleashed a flurry of tweets shaming former council member Ann Ortiz.",
	} {
		c := clipping(text, "2026-12-01", false)
		for _, s := range append(extract.StatementsRules(c), extract.Statements(c)...) {
			if s.Cue == "tweets" {
				t.Errorf("a plural noun after of read as a verb of speech: %s", dump([]digest.Statement{s}))
			}
		}
	}
}
