package extract_test

import "testing"

// TestInterviewDotLabels: "Q." and "A." at a paragraph's start label an
// interview's turns as "Q:" and "A:" do, where the paragraphs alternate;
// an "A." with no "Q." paragraph before it is an initial or a list's
// letter.
func TestInterviewDotLabels(t *testing.T) {
	runStatements(t, []statementCase{
		{
			name: "Q. and A. turns after an intro naming the mayor",
			text: "Maria Lopez, the mayor of Harbourtown, spoke to the Gazette about the budget.\n\n" +
				"Q. The council wants to cut the library's hours. Will you sign that budget?\n\n" +
				"A. No. I will not sign a budget that closes the library on Saturdays.\n\n" +
				"Q. Are you running again next year?\n\n" +
				"A. I haven't decided yet.",
			pub: "2026-12-03",
			want: []want{
				{speaker: "Maria Lopez", content: "No. I will not sign a budget that closes the library on Saturdays", mention: "A", cue: ".", saidOn: "2026-12-03"},
				{speaker: "Maria Lopez", content: "I haven't decided yet", saidOn: "2026-12-03"},
			},
			none:  []string{"Will you sign", "running again"},
			count: 2,
		},
	})
}

// TestInterviewBoldLabels: "**Q.**" and "**A.**" (or "**Q:**", "**A:**"),
// markdown's bold marks kept as a text copied from a page keeps them,
// label the turns as the bare labels do; the marks are in no statement.
func TestInterviewBoldLabels(t *testing.T) {
	runStatements(t, []statementCase{
		{
			name: "bold dotted labels after an intro naming the mayor",
			text: "Maria Lopez, the mayor of Harbourtown, spoke to the Gazette about the budget.\n\n" +
				"**Q.** The council wants to cut the library's hours. Will you sign that budget?\n\n" +
				"**A.** No. I will not sign a budget that closes the library on Saturdays.\n\n" +
				"**Q:** Are you running again next year?\n\n" +
				"**A:** I haven't decided yet.",
			pub: "2026-12-03",
			want: []want{
				{speaker: "Maria Lopez", content: "No. I will not sign a budget that closes the library on Saturdays", mention: "A", cue: "."},
				{speaker: "Maria Lopez", content: "I haven't decided yet", mention: "A", cue: ":"},
			},
			none:  []string{"Will you sign", "running again", "*"},
			count: 2,
		},
	})
}

// TestNotInterviewDot: "A." opening a paragraph with no "Q." paragraph
// before it is no answer.
func TestNotInterviewDot(t *testing.T) {
	runStatements(t, []statementCase{
		{
			name: "an initial opening a paragraph",
			text: "Maria Lopez, the mayor of Harbourtown, spoke to the Gazette about the budget.\n\n" +
				"A. Smith said the library would close on Saturdays.",
			pub:  "2026-12-03",
			want: []want{{speaker: "Smith", content: "the library would close on Saturdays"}},
			none: []string{"Smith said"},
		},
		{
			name: "a list's lettered items",
			text: "Maria Lopez, the mayor of Harbourtown, spoke to the Gazette about the budget.\n\n" +
				"A. The library closes on Saturdays. B. The ferry runs on Sundays.",
			pub:  "2026-12-03",
			none: []string{"library", "ferry"},
		},
		{
			name: "an initial's paragraph a paragraph after the question, not just after it",
			text: "Maria Lopez, the mayor of Harbourtown, spoke to the Gazette about the budget.\n\n" +
				"Q. Will you sign the council's budget?\n\n" +
				"The council voted on the budget on Monday night.\n\n" +
				"A. Smith said the library would close on Saturdays.",
			pub:  "2026-12-03",
			want: []want{{speaker: "Smith", content: "the library would close on Saturdays"}},
			none: []string{"Smith said"},
		},
	})
}

// TestInterviewAnswerParagraphs: an answer's later paragraphs, before
// the next question, go on with its statement; a paragraph after the last
// answer, with no question after it, does not.
func TestInterviewAnswerParagraphs(t *testing.T) {
	runStatements(t, []statementCase{
		{
			name: "an answer's second paragraph before the next question",
			text: "Maria Lopez, the mayor of Harbourtown, spoke to the Gazette about the budget.\n\n" +
				"Q: Will you sign the council's budget?\n\n" +
				"A: No.\n\n" +
				"I will not sign a budget that closes the library on Saturdays.\n\n" +
				"Q: Are you running again next year?\n\n" +
				"A: I haven't decided yet.",
			pub: "2026-12-03",
			want: []want{
				{speaker: "Maria Lopez", content: "No. I will not sign a budget that closes the library on Saturdays"},
				{speaker: "Maria Lopez", content: "I haven't decided yet"},
			},
			count: 2,
		},
		{
			name: "a paragraph after the last answer is the writer's",
			text: "Maria Lopez, the mayor of Harbourtown, spoke to the Gazette about the budget.\n\n" +
				"Q: Will you sign the council's budget?\n\n" +
				"A: No.\n\n" +
				"The council votes on the budget next Tuesday.",
			pub:   "2026-12-03",
			want:  []want{{speaker: "Maria Lopez", content: "No"}},
			none:  []string{"council votes"},
			count: 1,
		},
	})
}
