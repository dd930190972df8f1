package extract_test

import "testing"

// TestGoesOnQuote has "continued" read as a verb of speech next to a
// quotation, and as any verb elsewhere.
func TestGoesOnQuote(t *testing.T) {
	runStatements(t, []statementCase{
		{
			name: "a pronoun and continued before a quotation",
			text: "The council met on Monday.\n\nAnn Lee spoke first. She continued, “The east side has waited long enough for its library.”",
			pub:  "2026-03-04",
			want: []want{{speaker: "Ann Lee", content: "The east side has waited long enough for its library.", cue: "continued", direct: 1}},
		},
		{
			name: "a quote broken by continued",
			text: "The council met on Monday.\n\n“To date,” Ann Lee continued, “there has been little interest in the east side.”",
			pub:  "2026-03-04",
			want: []want{{speaker: "Ann Lee", content: "To date … there has been little interest in the east side.", cue: "continued"}},
		},
		{
			name: "continued after a quotation and before a participle",
			text: "The council met on Monday.\n\n“We have waited long enough,” Tom Reed continued, prompting loud cheers from the gallery.",
			pub:  "2026-03-04",
			want: []want{{speaker: "Tom Reed", content: "We have waited long enough", cue: "continued", direct: 1}},
		},
		{
			name: "continued with no quotation is no verb of speech",
			text: "The council met on Monday.\n\nPrices continued to rise in June, and the council continued its work on the budget.",
			pub:  "2026-03-04",
			none: []string{"to rise", "its work"},
		},
		{
			name: "a word in scare quotes after continued and a comma, the sentence going on",
			text: "The council met on Monday.\n\nAnn Lee spoke first. Prices continued, “oddly,” to rise in June.",
			pub:  "2026-03-04",
			none: []string{"to rise"},
		},
	})
}

// TestPostedQuote has "posted" read as a verb of speech next to a
// quotation only.
func TestPostedQuote(t *testing.T) {
	runStatements(t, []statementCase{
		{
			name: "a quotation, its speaker and posted with where",
			text: "The council met on Monday.\n\n“Note to the council: over my dead body,” Ann Lee posted via Facebook and Twitter on Monday.",
			pub:  "2026-03-04",
			want: []want{{speaker: "Ann Lee", content: "Note to the council: over my dead body", cue: "posted", direct: 1}},
		},
		{
			name: "posted with an object is no verb of speech",
			text: "The council met on Monday.\n\nAnn Lee posted a photo of the crowd on Monday, and the clerk posted the agenda.",
			pub:  "2026-03-04",
			none: []string{"a photo of the crowd", "the agenda"},
		},
	})
}

// TestAnsweredQuote has "answered" and "answers" read as verbs of speech
// next to a quotation only, and a question quoted before a pronoun that
// opens the answer's sentence left to its own sentence.
func TestAnsweredQuote(t *testing.T) {
	runStatements(t, []statementCase{
		{
			name: "a pronoun and answered before a quotation",
			text: "The council met on Monday.\n\nAnn Lee spoke last. She answered, “No, I will not sell the land.”",
			pub:  "2026-03-04",
			want: []want{{speaker: "Ann Lee", content: "No, I will not sell the land.", cue: "answered", direct: 1}},
		},
		{
			name: "a quotation and answers after it",
			text: "The council met on Monday.\n\nAnn Lee spoke last. “Never while I live,” she answers.",
			pub:  "2026-03-04",
			want: []want{{speaker: "Ann Lee", content: "Never while I live", cue: "answers", direct: 1}},
		},
		{
			name: "a question asked before the answer is not the answer",
			text: "The council met on Monday.\n\nAnn Lee was asked, “Would you sell the land?” She answered, “I have no idea.”",
			pub:  "2026-03-04",
			want: []want{{speaker: "Ann Lee", content: "I have no idea.", cue: "answered", direct: 1}},
			none: []string{"was asked"},
		},
		{
			name: "a question asked before replied is not the reply",
			text: "The council met on Monday.\n\nAnn Lee was asked, “Would you sell the land?” She replied, “I have no idea.”",
			pub:  "2026-03-04",
			want: []want{{speaker: "Ann Lee", content: "I have no idea.", cue: "replied", direct: 1}},
			none: []string{"was asked"},
		},
		{
			name: "answered with an object is no verb of speech",
			text: "The council met on Monday.\n\nAnn Lee answered the door, and later she answered questions from the clerk for an hour.",
			pub:  "2026-03-04",
			none: []string{"the door", "questions from the clerk"},
		},
	})
}
