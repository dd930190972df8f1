package extract_test

import "testing"

// TestShortAnswers checks answers of one word after a verb of saying and
// two words said of a relative pronoun (answers.go), in made-up sentences.
func TestShortAnswers(t *testing.T) {
	checkRules(t, []rulesCase{
		{
			name:  "said no at a sentence's end: the dot after no ends it",
			text:  "Asked if he would run again, Tom Reyes said no. He left the hall soon after.",
			want:  []want{{speaker: "Tom Reyes", content: "no", cue: "said"}},
			count: 1,
		},
		{
			name:  "a share said yes, then the writer's comparison",
			text:  "Asked whether the plan was fair, 46 percent of voters said yes, compared with 30 percent last year.",
			want:  []want{{speaker: "46 percent of voters", content: "yes"}},
			count: 1,
		},
		{
			name:  "said the same",
			text:  "Last month, 26 percent of voters said the same.",
			want:  []want{{content: "the same"}},
			count: 1,
		},
		{
			name: "no opening a clause is no answer",
			text: "Ann Cole said no one came to the meeting on Monday.",
			want: []want{{speaker: "Ann Cole", content: "no one came to the meeting"}},
			long: true,
		},
		{
			name: "two words after a cue after a relative: what was said of the relative pronoun",
			text: "Ann Cole spoke on Monday. She called it a defeat, in a vote that she said defied expectations.",
			want: []want{{speaker: "Ann Cole", content: "defied expectations", cue: "said"}},
			long: true,
		},
		{
			name:  "which, then a plural speaker and two words",
			text:  "The board cited rising costs, which critics say hurt renters.",
			want:  []want{{speaker: "critics", content: "hurt renters", cue: "say"}},
			count: 1,
			long:  true,
		},
	}, 10)
}
