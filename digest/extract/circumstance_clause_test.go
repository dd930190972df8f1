package extract_test

import (
	"testing"

	"github.com/whosaid/whosaid/digest"
)

// TestClauseAfterPhrase: a phrase of circumstance after the cue, then a
// reported clause with no "that"; the phrase is not what was said.
func TestClauseAfterPhrase(t *testing.T) {
	wantContents(t, []contentCase{
		{"The drug's maker, Norvana Pharma, said in a statement it would seek approval in Europe.", "it would seek approval in Europe"},
		{"Her coach, Ana Ruiz, said in an interview the striker had worked hard on her finishing.", "the striker had worked hard on her finishing"},
		{"Analysts at the bank said in a note the results were strong.", "the results were strong"},
		{"Tomas Berg said at a news conference the deal would close in May.", "the deal would close in May"},
		{"Tomas Berg said in a note that the deal would close in May.", "the deal would close in May"},
		{"Tomas Berg said on the radio it is hard to win.", "it is hard to win"},
		{"Health Minister Ines Berg told parliament last week the government would fund the treatment.", "the government would fund the treatment"},
		{"Health Minister Ines Berg told parliament the government would fund the treatment.", "the government would fund the treatment"},
		{"Tomas Berg said at a rally he held in Ohio that the deal would close in May.", "the deal would close in May"},
	})
	// no noun ends the phrase before a question word, "than" or a verb
	noStatement(t, []string{
		"Tomas Berg argued with the host on how the deal should be described.",
		"Tomas Berg responded to those who believe he should have resigned.",
		"Tomas Berg said the bank had treated the data with no more care than they have shown before.",
	}, func(_ *digest.Clipping, s digest.Statement) bool {
		return s.Content == "the deal should be described" || s.Content == "he should have resigned" || s.Content == "they have shown before"
	})
}
