package extract_test

import "testing"

// TestCountedTimeSubject checks that a stretch of time counted back or on
// between a subject and its verb of speech ("two weeks ago", "a month
// later", "late last week") tells when, and the noun phrase before it
// speaks. Made-up sentences, the rules alone and with the shipped model.
func TestCountedTimeSubject(t *testing.T) {
	wantMentioned(t, []mentionCase{
		{
			name:    "ago",
			text:    "The rule changed.\n\nThe Transport Department less than two weeks ago said that the bridge would close in May.",
			speaker: "The Transport Department",
			content: "the bridge would close in May",
		},
		{
			name:    "later",
			text:    "The rule changed.\n\nThe county board a month later announced that the bridge would close in May.",
			speaker: "The county board",
			content: "the bridge would close in May",
		},
		{
			name:    "late before a date",
			text:    "The rule changed.\n\nSurveys of commuters late last week indicated that a third of them drive alone.",
			speaker: "Surveys of commuters",
			content: "a third of them drive alone",
		},
	})
}
