package extract_test

import (
	"testing"

	"github.com/whosaid/whosaid/digest/extract"
)

// TestQuoteThenDeed has a quoted phrase that "and" and the subject's next
// verb follow: the quotation that closes the sentence belongs to that
// verb's words, not to the clause reported before it; a clause that a
// verb goes on without a quotation before "but" still runs on to it.
func TestQuoteThenDeed(t *testing.T) {
	tests := []struct {
		name, text, speaker, content string
		rulesOnly                    bool
	}{
		{
			name:    "called X “Y” and likened it to ... “Z.”",
			text:    "Mayor Tom Reed called the new budget “a reckless gamble” and likened it to the schemes that cost the city “millions of dollars.”",
			speaker: "Tom Reed",
			content: "the new budget “a reckless gamble”",
		},
		{
			name:    "called X “Y” and ranked it among ... “Z.”",
			text:    "Ann Lee, the council chair, called the plan “a disgrace” and ranked it among the worst ideas “in the history of the county.”",
			speaker: "Ann Lee",
			content: "the plan “a disgrace”",
		},
		{
			name:      "telling X that Y is a “Z” and questioning how ... “W.”",
			text:      "Ann Lee escalated her criticism on Tuesday, telling reporters that Reed is a “fraud” and questioning how he has “gotten away with it for so long.”",
			speaker:   "Ann Lee",
			content:   "Reed is a “fraud”",
			rulesOnly: true, // the end model may still read on
		},
		{
			name:    "a clause going on after but runs on to the quotation",
			text:    "Tom Reed said the chair was once his ally, but is now “the worst thing that ever happened to this council.”",
			speaker: "Tom Reed",
			content: "the chair was once his ally, but is now “the worst thing that ever happened to this council.”",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := clipping("The council met.\n\n"+tt.text, "2026-12-01", false)
			for _, rules := range []bool{true, false} {
				if !rules && tt.rulesOnly {
					continue
				}
				got := extract.Statements(c)
				if rules {
					got = extract.StatementsRules(c)
				}
				found := false
				for _, s := range got {
					if s.Speaker == tt.speaker {
						found = true
						if s.Content != tt.content {
							t.Errorf("rules alone %v: content %q, want %q", rules, s.Content, tt.content)
						}
					}
				}
				if !found {
					t.Errorf("rules alone %v: no statement of %s in %s", rules, tt.speaker, dump(got))
				}
			}
		})
	}
}
