package extract_test

import "testing"

// TestPronounVerbNoSpeaker checks that a pronoun with a verb run into it
// opens a clause and names no one: its statement has no such speaker.
func TestPronounVerbNoSpeaker(t *testing.T) {
	runStatements(t, []statementCase{
		{
			name: "'I'm' before a remembered saying is no speaker",
			text: "Coal towns wait.\n\nFamilies here depend on the mines. I'm old enough to remember Governor Alma Reyes going on TV on April 18, 1979, declaring a \"moral equivalent of war\" against waste, and the towns cheered.",
			pub:  "2026-03-04",
			none: []string{"moral equivalent of war"},
		},
	})
}
