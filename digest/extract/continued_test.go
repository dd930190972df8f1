package extract_test

import (
	"strings"
	"testing"

	"github.com/whosaid/whosaid/digest"
)

// TestContinuedQuote checks a quotation that goes on from its paragraph's
// quoted statement and that the writer's words finish: the speaker goes
// on, the words after the quotation belong to what was said up to a dash.
// Made-up sentences, the rules alone and with the shipped model.
func TestContinuedQuote(t *testing.T) {
	wantMentioned(t, []mentionCase{
		{
			name:    "words finishing the quotation",
			text:    "The race is close.\n\n\"I cannot and will not support the nominee,\" said Senator Tom Kirk, the first to break with him. \"After much thought, I have concluded that he lacks the temper the office needs\" or to control the nuclear arsenal.",
			speaker: "Senator Tom Kirk",
			content: "\"After much thought, I have concluded that he lacks the temper the office needs\" or to control the nuclear arsenal",
		},
		{
			name:    "a dash opens the writer's aside",
			text:    "The race is close.\n\n\"The key group is older women,\" said Jane Harris, chair of the state party. \"Moreno has to keep their support. Hale has to do the two-step\" - raising his profile and then winning voters over.",
			speaker: "Jane Harris",
			content: "Moreno has to keep their support. Hale has to do the two-step",
		},
		{
			name:    "a relative clause finishing the quotation, then a quotation standing alone",
			text:    "The rule is new.\n\n\"Our members are frustrated with Secretary Lane,\" said Jack Moss, a spokesman for the Federation of Small Firms. \"He has been very aggressive with the overtime rule,\" which may lead employers to cut back hours. \"He too often gives the unions whatever they want.\"",
			speaker: "Jack Moss",
			content: "\"He has been very aggressive with the overtime rule,\" which may lead employers to cut back hours",
		},
	})
}

// TestContinuedQuoteNot checks that a quotation the writer's own sentence
// is about ("“...,” was another") does not go on from the one before.
func TestContinuedQuoteNot(t *testing.T) {
	noStatement(t, []string{
		"The sky was busy.\n\n\"Vote for the river!\" read one banner. \"Anyone but the mayor,\" was another.",
		"The trial ended.\n\n\"We will win this,\" said Tom Gray. \"All that you said and all that I said,\" the judge bellowed, \"has overlapped.\"",
	}, func(_ *digest.Clipping, s digest.Statement) bool {
		return strings.Contains(s.Content, "was another") || strings.Contains(s.Content, "the judge bellowed")
	})
}

// TestAfterUnreadQuote checks that a quotation standing alone after a
// quoted sentence of its own paragraph whose attribution was not read does
// not go on from the last speaker of the paragraph before.
func TestAfterUnreadQuote(t *testing.T) {
	noStatement(t, []string{
		"The vote is near.\n\n\"The union is at its end,\" said Tom Gray, head of the Blue Party.\n\n\"Europe is breaking up as we speak,\" said Anna in 't Veld, a member of Parliament. \"It's a risk everywhere.\"",
	}, func(_ *digest.Clipping, s digest.Statement) bool {
		return strings.Contains(s.Content, "risk everywhere") && strings.Contains(s.Speaker, "Gray")
	})
}
