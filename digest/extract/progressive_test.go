package extract_test

import "testing"

// TestContractedProgressive: a subject pronoun with a contracted "is" or
// "are" before a verb of speech in -ing speaks as "he is predicting"
// does; an adverb before "is" stands between the subject and its verb.
func TestContractedProgressive(t *testing.T) {
	runStatements(t, []statementCase{
		{
			name: "he’s, she's, they’re before a participle of speech",
			text: "The vote is near.\n\nSen. Ann Voss spoke on Monday. She’s predicting that the bill will pass before the recess.\n\nTom Reed spoke on Tuesday. He's suggesting that delegates from his state should switch sides.\n\nThe nurses' union met on Friday. They’re saying the hospital cannot hire enough staff.",
			pub:  "2026-03-04",
			want: []want{
				{speaker: "Ann Voss", content: "the bill will pass before the recess"},
				{speaker: "Tom Reed", content: "delegates from his state should switch sides"},
			},
		},
		{
			name: "an adverb before the progressive's is",
			text: "The vote is near.\n\nMayor Nina Ortiz also is stressing that the order can be reversed by the council.",
			pub:  "2026-03-04",
			want: []want{
				{speaker: "Nina Ortiz", content: "the order can be reversed by the council"},
			},
		},
		{
			name: "he’s before other words stays one word",
			text: "The vote is near.\n\nTom Reed spoke on Tuesday. He’s right about the budget, Ann Voss said.",
			pub:  "2026-03-04",
			want: []want{
				{speaker: "Ann Voss", content: "He’s right about the budget"},
			},
		},
	})
}
