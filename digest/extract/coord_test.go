package extract_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/whosaid/whosaid/digest"
)

// TestCoordinatedVerbs checks a verb of speech coordinated with a verb
// before it ("knocked Moreno on taxes and called him ..."): the first
// verb's subject speaks, wherever its clause opens, and so does a
// participle clause's ("..., acknowledging that"), with the rules alone
// and with the shipped model. Made-up sentences.
func TestCoordinatedVerbs(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		speaker string // the speaker_span's text
		starts  string // the content's first words
	}{
		{
			name:    "a clause after when, in the middle of the sentence",
			text:    "The debate grew sharp.\n\nThere were hard moments too, such as when Hale knocked Moreno on taxes and called him a \"dreamer,\" to boos.",
			speaker: "Hale",
			starts:  "him a \"dreamer,\"",
		},
		{
			name:    "the one prompted to do two things",
			text:    "The debate grew sharp.\n\nThat prompted Moreno to make a joke about golf and call Hale \"very nimble.\"",
			speaker: "Moreno",
			starts:  "Hale \"very nimble",
		},
		{
			name:    "a clause after that, with a date phrase after the subject",
			text:    "The union is everywhere.\n\nIt has become such a force that Moreno during a Sunday thanked its members \"for their work\" and called the Farmers Union \"one of the pillars of my campaign.\"",
			speaker: "Moreno",
			starts:  "the Farmers Union",
		},
		{
			name:    "a time phrase opening the sentence",
			text:    "Al Sharp took the stage.\n\nTen years ago, he backed Moreno over Hale and said, \"Hale has done nothing for us.\"",
			speaker: "he",
			starts:  "Hale has done nothing",
		},
		{
			name:    "a list of verbs",
			text:    "The race is close.\n\nMaria Ortiz heard the news.\n\nWhen the vote came, Ortiz looked at the camera, shook her head and said, \"Not while I am alive.\"",
			speaker: "Ortiz",
			starts:  "Not while I am alive",
		},
		{
			name:    "a time adverb before the subject, an auxiliary after it",
			text:    "The race is close.\n\nA few minutes later the officials reversed themselves, rushed everyone inside and said they will count the votes tonight.",
			speaker: "the officials",
			starts:  "they will count",
		},
		{
			name:    "an auxiliary before the first verb, a date before the second",
			text:    "The race is close.\n\nGovernor Tom Gray has freed up $26 million in state funds and on Monday announced that five million dollars more was being sent to the county.",
			speaker: "Governor Tom Gray",
			starts:  "five million dollars more",
		},
		{
			name:    "an adverb after and",
			text:    "The race is close.\n\nTom Gray brought up the budget and later said, \"We cannot pay for this.\"",
			speaker: "Tom Gray",
			starts:  "We cannot pay",
		},
		{
			name:    "a clause after a comma goes on from the main one",
			text:    "The race is close.\n\nJoe Gray was sorry when he visited the city this week, and even admitted that the city had been let down by his office.",
			speaker: "Joe Gray",
			starts:  "the city had been let down",
		},
		// a participle clause speaks with the subject of the nearest clause
		// before it (subject.go clauseSpeaker)
		{
			name:    "a participle after a clause of its own after and",
			text:    "The city was angry.\n\nOver the past week, prosecutors charged the officer with assault and Mayor Ann Lee fired her police chief, acknowledging that many residents had lost trust in the force.",
			speaker: "Ann Lee",
			starts:  "many residents had lost trust",
		},
		{
			name:    "a participle after the main clause that follows an opening subordinate one",
			text:    "The debate was long.\n\nIn the second debate, while most of his rivals called for a larger army, Tom Hale hewed closely to the governor's plan, noting that the two groups were enemies.",
			speaker: "Tom Hale",
			starts:  "the two groups were enemies",
		},
		{
			name:    "a participle after an and inside a clause after that",
			text:    "Ann Lee is the mayor's spokeswoman.\n\nLee also dismissed reports that Canadian and US officials would meet in Ottawa this week, calling the claims \"false.\" These reports said the talks were planned.",
			speaker: "Lee",
			starts:  "the claims",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := clipping(tt.text, "2026-12-01", false)
			eachRun(c, func(run string, got []digest.Statement) {
				if !slices.ContainsFunc(got, func(s digest.Statement) bool {
					return strings.HasSuffix(mentionOf(c, s), tt.speaker) && strings.HasPrefix(s.Content, tt.starts)
				}) {
					t.Errorf("%s: want %s: %q..., got %s", run, tt.speaker, tt.starts, dump(got))
				}
			})
		})
	}
}

// TestCoordinatedVerbsNot checks where the verb before "and" is not the
// one a verb of speech is coordinated with: another tense, or a clause
// after a comma.
func TestCoordinatedVerbsNot(t *testing.T) {
	noStatement(t, []string{
		"The race is close.\n\nIn one ad, a narrator reminds viewers that Sanders marched in 1963 and says he wants to end the practice.",
		"The race is close.\n\nJoe Gray was sorry when he visited the city this week, and even admitted that the city had been let down by his office.",
	}, func(c *digest.Clipping, s digest.Statement) bool {
		m := mentionOf(c, s)
		return m == "Sanders" || m == "he"
	})
}
