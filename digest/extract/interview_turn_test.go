package extract_test

import "testing"

// TestInterviewFirstTurn: the interviewee's turn before the first
// question is theirs, however short or bare, as a turn after a question
// is.
func TestInterviewFirstTurn(t *testing.T) {
	runStatements(t, []statementCase{
		{
			name: "a named turn opens the interview before the first question",
			text: "Harbourtown's new fire chief, Samuel Okafor, answered questions from readers on Thursday.\n\n" +
				"SAMUEL OKAFOR: Thank you all for coming tonight to the hall.\n\n" +
				"Q: How many firefighters does the city need?\n\n" +
				"OKAFOR: At least twelve more. We are running every shift short.",
			pub: "2026-10-14",
			want: []want{
				{speaker: "Samuel Okafor", content: "Thank you all for coming tonight to the hall"},
				{speaker: "Samuel Okafor", content: "At least twelve more. We are running every shift short"},
			},
			count: 2,
		},
		{
			name: "a short first turn before the outlet's question",
			text: "Tom Reyes, who chairs the Harbourtown port authority, sat down with the Gazette on Friday.\n\n" +
				"REYES: Good morning.\n\n" +
				"GAZETTE: Why does the city need a second terminal?\n\n" +
				"REYES: The old one was built for four hundred passengers a day.",
			pub: "2026-11-20",
			want: []want{
				{speaker: "Tom Reyes", content: "Good morning"},
				{speaker: "Tom Reyes", content: "The old one was built for four hundred passengers a day"},
			},
			count: 2,
		},
		{
			name: "a section's heading before another's, whose name the text writes after the",
			text: "Ann Lopez leads the race for the ward.\n\n" +
				"Lopez: Hold the line\n\nIf Ann Lopez wins the ward, the Reyes campaign is over.\n\n" +
				"Reyes: Win the east\n\nTom Reyes needs the east side.",
			pub:  "2026-11-20",
			none: []string{"Hold the line", "Win the east"},
		},
	})
}
