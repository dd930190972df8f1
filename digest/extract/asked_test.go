package extract_test

import "testing"

// TestAskedShapes checks the shapes of a question or a request after
// "asked" that asked.go reads besides a question word or "to" right after
// the one asked, in made-up sentences.
func TestAskedShapes(t *testing.T) {
	checkRules(t, []rulesCase{
		{
			name:  "a question put after a colon that follows 'question'",
			text:  "Anchor Lisa Grant asked the candidates a simple question: Who will pay for the new bridge?",
			want:  []want{{speaker: "Lisa Grant", content: "Who will pay for the new bridge", cue: "asked"}},
			count: 1,
		},
		{
			name:  "a question quoted after a comma that follows 'question'",
			text:  "Anchor Lisa Grant asked Tom Gray the obvious question, “Why did you leave the race?”",
			want:  []want{{speaker: "Lisa Grant", content: "Why did you leave the race?", cue: "asked"}},
			count: 1,
		},
		{
			name:  "a question quoted at once after the one asked",
			text:  "Mayor Dan Ortiz asked the crowd “Why should we wait another year for the bridge?”",
			want:  []want{{speaker: "Dan Ortiz", content: "Why should we wait another year for the bridge?", cue: "asked"}},
			count: 1,
		},
		{
			name:  "a relative clause on the ones asked before the request",
			text:  "The county board asked residents who live near the dam to leave their homes by noon.",
			want:  []want{{speaker: "county board", content: "residents who live near the dam to leave their homes by noon", cue: "asked"}},
			count: 1,
		},
		{
			name:  "an aside between commas on the one asked before the request",
			text:  "Senator Ann Cole asked Ray Hill, who chairs the panel, to step aside until the inquiry ends.",
			want:  []want{{speaker: "Ann Cole", content: "Ray Hill, who chairs the panel, to step aside until the inquiry ends", cue: "asked"}},
			count: 1,
		},
		{
			name:  "several named before the request",
			text:  "The school board asked Ames, Bell and Cruz to resign their seats.",
			want:  []want{{speaker: "school board", content: "Ames, Bell and Cruz to resign their seats", cue: "asked"}},
			count: 1,
		},
		{
			name:  "an aside opened by 'when' before the question",
			text:  "Senator Ann Cole asked Ray Hill, when he arrived, whether he had read the report.",
			want:  []want{{speaker: "Ann Cole", content: "whether he had read the report", cue: "asked"}},
			count: 1,
		},
		{
			name:  "a request that goes on in a quotation",
			text:  "Rita Moss sent a letter to her donors asking them to “stop the sale of the park now.”",
			want:  []want{{speaker: "Rita Moss", content: "them to “stop the sale of the park now.”", cue: "asking"}},
			count: 1,
		},
		{
			name:  "asked by someone named to do something",
			text:  "Asked by host Tim Reed to respond to the charge, Cole said she had done nothing wrong.",
			want:  []want{{speaker: "Tim Reed", content: "to respond to the charge", cue: "Asked by"}, {speaker: "Cole", content: "she had done nothing wrong", cue: "said"}},
			count: 2,
		},
		{
			name:  "a clause of its own after the comma: no request",
			text:  "The agency asked Apple, and the company refused to unlock the phone.",
			count: -1,
		},
		{
			name:  "a question word after a noun that is no relative clause",
			text:  "The Gazette asked Tom Gray which candidate would win the state in November.",
			want:  []want{{speaker: "Gazette", content: "which candidate would win the state in November", cue: "asked"}},
			count: 1,
		},
	})
}
