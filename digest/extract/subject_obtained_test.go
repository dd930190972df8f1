package extract_test

import "testing"

// TestSeenBy has a document obtained or seen by an outlet speak, with the
// outlet passing it on.
func TestSeenBy(t *testing.T) {
	runStatements(t, []statementCase{
		{
			name: "a letter from a group obtained by a news agency",
			text: "The budget fight goes on.\n\nA March 3 letter from the Fair Budget Coalition obtained by The Associated Press warns that “any further cuts will be fought in court.”",
			pub:  "2026-03-04",
			want: []want{{speaker: "Fair Budget Coalition", content: "any further cuts will be fought in court.", via: "Associated Press"}},
		},
		{
			name: "a memo seen by a news agency",
			text: "The budget fight goes on.\n\nA redacted copy of the treasurer’s memo seen by Reuters said the city had overspent by $4 million.",
			pub:  "2026-03-04",
			want: []want{{speaker: "treasurer’s memo", content: "the city had overspent by $4 million", via: "Reuters"}},
		},
	})
}
