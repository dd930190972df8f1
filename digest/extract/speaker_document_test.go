package extract_test

import "testing"

// TestDocumentSpeaks has a report speak after an inverted cue, though
// "report" is a weak verb of speech in the lexicon.
func TestDocumentSpeaks(t *testing.T) {
	runStatements(t, []statementCase{
		{
			name: "said the report",
			text: "Prices climbed in June.\n\n“Heating costs will rise again this winter,” said the report.",
			pub:  "2026-03-04",
			want: []want{{speaker: "report", content: "Heating costs will rise again this winter", cue: "said", direct: 1}},
		},
		{
			name: "noted a report by an institute",
			text: "Prices climbed in June.\n\n“The rate of growth is too high,” noted a report by the Acme Institute.",
			pub:  "2026-03-04",
			want: []want{{speaker: "report by the Acme Institute", content: "The rate of growth is too high", cue: "noted", direct: 1}},
		},
		{
			name: "said the authors of the report",
			text: "Prices climbed in June.\n\n“The gap between the regions is growing,” said the authors of the report.",
			pub:  "2026-03-04",
			want: []want{{speaker: "authors of the report", content: "The gap between the regions is growing", cue: "said", direct: 1}},
		},
		{
			name: "said an institute's report",
			text: "Prices climbed in June.\n\n“Heating costs will rise again this winter,” said the Acme report.",
			pub:  "2026-03-04",
			want: []want{{speaker: "Acme report", content: "Heating costs will rise again this winter", cue: "said", direct: 1}},
		},
	})
}
