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
