package extract_test

import "testing"

// TestSubjectParticiple has a participle of speech inside a sentence's
// subject read with the people it hangs on as speaker, and what they say
// ending before the main clause's verb.
func TestSubjectParticiple(t *testing.T) {
	runStatements(t, []statementCase{
		{
			name: "the share of voters saying, then is",
			text: "The primary is on Tuesday.\n\nThe share of GOP primary voters saying they want a wall is as high as three-quarters in Ohio.",
			pub:  "2026-03-04",
			want: []want{{speaker: "GOP primary voters", content: "they want a wall", cue: "saying"}},
			none: []string{"three-quarters"},
		},
		{
			name: "the share of members saying, then fell",
			text: "The primary is on Tuesday.\n\nThe share of Green party members saying they trust the mayor fell to 40 percent.",
			pub:  "2026-03-04",
			want: []want{{speaker: "Green party members", content: "they trust the mayor", cue: "saying"}},
			none: []string{"40 percent"},
		},
		{
			name: "a quantity opens the subject, a past like its base in what they say",
			text: "The vote was on Tuesday.\n\nMost farmers saying the drought hurt them voted for the levy.",
			pub:  "2026-03-04",
			want: []want{{speaker: "farmers", content: "the drought hurt them", cue: "saying"}},
		},
		{
			name: "many, then cut as a past",
			text: "The vote was on Tuesday.\n\nMany growers saying the new rules cut their income backed the mayor.",
			pub:  "2026-03-04",
			want: []want{{speaker: "many growers", content: "the new rules cut their income", cue: "saying"}},
		},
		{
			name: "a share of voters as a verb's object speaks",
			text: "The primary is on Tuesday.\n\nThe floods have left 62 percent of farmers saying the levy is too high.",
			pub:  "2026-03-04",
			want: []want{{speaker: "62 percent of farmers", content: "the levy is too high", cue: "saying"}},
		},
		{
			name: "a noun before a participle is no verb that issued a statement",
			text: "The primary is on Tuesday.\n\nThe campaign released a new radio ad calling the plan “a disaster” for the state.",
			pub:  "2026-03-04",
			want: []want{{speaker: "campaign", content: "the plan “a disaster”", cue: "calling"}},
		},
		{
			name: "a noun warning is no participle of people",
			text: "The primary is on Tuesday.\n\nA German warning about a new world war serves as a reminder to stay vigilant.",
			pub:  "2026-03-04",
			none: []string{"about a new world war"},
		},
	})
}
