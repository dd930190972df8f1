package extract_test

import "testing"

// TestInterviewQuiz: a quiz's short answers, where no question is put to
// anyone, are no statements of the person its intro names; in an
// interview, whose questions are put to the one interviewed, a short
// answer is theirs.
func TestInterviewQuiz(t *testing.T) {
	runStatements(t, []statementCase{
		{
			name: "a quiz's questions and one- or two-word answers",
			text: "Maria Lopez, the mayor, spoke to the Gazette before the library quiz on Friday.\n\n" +
				"Q. What is the capital of France?\n\n" +
				"A. Paris.\n\n" +
				"Q. Who wrote Hamlet?\n\n" +
				"A. William Shakespeare.",
			pub:  "2026-12-03",
			none: []string{"Paris", "William Shakespeare", "capital", "Hamlet"},
		},
		{
			name: "a short answer to a question put to the interviewee",
			text: "Maria Lopez, the mayor of Harbourtown, spoke to the Gazette about the budget.\n\n" +
				"Q: Will you run again next year?\n\n" +
				"A: Probably not.\n\n" +
				"Q: Does the council?\n\n" +
				"A: No!\n\n" +
				"Q: What is the budget's biggest line?\n\n" +
				"A: The ferry, at twelve million a year.",
			pub: "2026-12-03",
			want: []want{
				{speaker: "Maria Lopez", content: "Probably not"},
				{speaker: "Maria Lopez", content: "No!"},
				{speaker: "Maria Lopez", content: "The ferry, at twelve million a year"},
			},
			count: 3,
		},
	})
}
