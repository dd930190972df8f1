package extract_test

import "testing"

// TestNamesakeEvent: a bare surname that names an event ("The comments by
// Okafor on Monday") goes to a namesake by the statements before it, not
// by one the surname names later in the clipping; the statement of the
// namesake it goes to takes the event's date.
func TestNamesakeEvent(t *testing.T) {
	runStatements(t, []statementCase{
		{
			name: "the surname's later speaker is not the event's",
			text: "Farm news\n\nDaniel Okafor and Maria Okafor run the farm. Daniel Okafor sold the barn. Daniel Okafor left.\n\n" +
				"“We are tired,” he said.\n\n" +
				"The comments by Okafor on Monday drew a crowd.\n\n" +
				"The county sent no help.\n\n" +
				"Maria Okafor disagreed.\n\n" +
				"“We will stay,” Okafor said.",
			pub: "2026-12-03",
			want: []want{
				{speaker: "Daniel Okafor", content: "We are tired", saidOn: "2026-11-30"},
				{speaker: "Maria Okafor", content: "We will stay", saidOn: "2026-12-03"},
			},
		},
	})
}

// TestNamesakeAfterQuote: a first name that is also a common word ("Bill",
// with "the jobs bill" in the text) names a namesake when it stands right
// after a quotation's close, mid sentence, and not only where a sentence
// opens.
func TestNamesakeAfterQuote(t *testing.T) {
	runSpeakers(t, []speakerCase{
		{
			name: "the namesake named last, after a quotation",
			text: "Hillary Clinton campaigned in Ohio for the jobs bill. Hillary Clinton spoke twice.\n\n" +
				"“We built a strong economy,” Bill Clinton said at a rally in Dayton.\n\n" +
				"“And we will do it again,” Clinton said.",
			content: "And we will do it again",
			speaker: "Bill Clinton",
			rules:   true,
		},
	})
}
