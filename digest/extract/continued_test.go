package extract_test

import (
	"strings"
	"testing"

	"github.com/whosaid/whosaid/digest"
	"github.com/whosaid/whosaid/digest/extract"
)

// TestContinuedQuote checks a quotation that goes on from its paragraph's
// quoted statement and that the writer's words finish: the speaker goes
// on, the words after the quotation belong to what was said up to a dash.
// Made-up sentences, the rules alone and with the shipped model.
func TestContinuedQuote(t *testing.T) {
	tests := []struct {
		name, text, speaker, content string
	}{
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
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := clipping(tt.text, "2026-12-01", false)
			for _, run := range []struct {
				name string
				f    func(*digest.Clipping) []digest.Statement
			}{{"rules alone", extract.StatementsRules}, {"with the model", extract.Statements}} {
				got := run.f(c)
				found := false
				for _, s := range got {
					if c.Text[s.SpeakerSpan[0]:s.SpeakerSpan[1]] == tt.speaker && s.Content == tt.content {
						found = true
					}
				}
				if !found {
					t.Errorf("%s: want %s: %q, got %s", run.name, tt.speaker, tt.content, dump(got))
				}
			}
		})
	}
}

// TestContinuedQuoteNot checks that a quotation the writer's own sentence
// is about ("“...,” was another") does not go on from the one before.
func TestContinuedQuoteNot(t *testing.T) {
	for _, tt := range []struct{ text, not string }{
		{"The sky was busy.\n\n\"Vote for the river!\" read one banner. \"Anyone but the mayor,\" was another.", "was another"},
		{"The trial ended.\n\n\"We will win this,\" said Tom Gray. \"All that you said and all that I said,\" the judge bellowed, \"has overlapped.\"", "the judge bellowed"},
	} {
		c := clipping(tt.text, "2026-12-01", false)
		for _, s := range extract.StatementsRules(c) {
			if strings.Contains(s.Content, tt.not) {
				t.Errorf("%q: want no statement holding %q, got %s", tt.text, tt.not, dump([]digest.Statement{s}))
			}
		}
	}
}

// TestAfterUnreadQuote checks that a quotation standing alone after a
// quoted sentence of its own paragraph whose attribution was not read does
// not go on from the last speaker of the paragraph before.
func TestAfterUnreadQuote(t *testing.T) {
	text := "The vote is near.\n\n\"The union is at its end,\" said Tom Gray, head of the Blue Party.\n\n\"Europe is breaking up as we speak,\" said Anna in 't Veld, a member of Parliament. \"It's a risk everywhere.\""
	c := clipping(text, "2026-12-01", false)
	for _, s := range extract.StatementsRules(c) {
		if strings.Contains(s.Content, "risk everywhere") && strings.Contains(s.Speaker, "Gray") {
			t.Errorf("want the quotation not given to Tom Gray, got %s", dump([]digest.Statement{s}))
		}
	}
}
