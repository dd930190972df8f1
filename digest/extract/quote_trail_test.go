package extract_test

import "testing"

// TestTrailQuote has a sentence of the writer's words that ends in a
// quotation go on from the statement just before it.
func TestTrailQuote(t *testing.T) {
	runStatements(t, []statementCase{
		{
			name: "the writer's words and a closing quotation after a statement",
			text: "Rumours spread fast.\n\nThis makes it harder to correct a rumour, Tom Hale said. Good information can still drive out bad, but only when “the truth is more exciting than the lie.”",
			pub:  "2026-03-04",
			want: []want{
				{speaker: "Tom Hale", content: "This makes it harder to correct a rumour"},
				{speaker: "Tom Hale", content: "Good information can still drive out bad, but only when “the truth is more exciting than the lie.”"},
			},
		},
		{
			name: "a subject pronoun's deed is the writer's",
			text: "Rumours spread fast.\n\nThe rumour was false, Tom Hale said. He offered “my thoughts and prayers for all of the families.”",
			pub:  "2026-03-04",
			none: []string{"He offered"},
		},
		{
			name: "someone named acts",
			text: "Rumours spread fast.\n\nThe rumour was false, Tom Hale said. Ann Lee slammed the claim as “a lie told for money.”",
			pub:  "2026-03-04",
			none: []string{"Ann Lee slammed"},
		},
		{
			name: "someone named inside the lead acts",
			text: "Rumours spread fast.\n\nThe rumour was false, Tom Hale said. Then Ann Lee waved a banner with “no more lies about our town.”",
			pub:  "2026-03-04",
			none: []string{"waved a banner"},
		},
		{
			name: "someone the clipping named opens the lead by surname",
			text: "Rumours about Ann Lee spread fast.\n\nThe rumour was false, Tom Hale said. Lee waved a banner with “no more lies about our town.”",
			pub:  "2026-03-04",
			none: []string{"waved a banner"},
		},
		{
			name: "a long lead of the writer's own has moved on",
			text: "Rumours spread fast.\n\nThe rumour was false, Tom Hale said. By the end of the long and rainy week the old mill by the river had closed its doors and the last of the workers had gone home to wait for “better days and a fairer deal.”",
			pub:  "2026-03-04",
			none: []string{"By the end of the long"},
		},
		{
			name: "a comma hands the quotation over from a verb of its own",
			text: "Rumours spread fast.\n\nThe rumour was false, Tom Hale said. The old clerk only shrugged, “it was never my doing at all.”",
			pub:  "2026-03-04",
			none: []string{"The old clerk only shrugged"},
		},
		{
			name: "a sentence in between ends the run",
			text: "Rumours spread fast.\n\nThe rumour was false, Tom Hale said. The town has 4,000 people. Good information can still drive out bad, but only when “the truth is more exciting than the lie.”",
			pub:  "2026-03-04",
			none: []string{"Good information can still drive out bad"},
		},
	})
}
