package extract_test

import "testing"

// TestCallsOn checks "called on X to ..." and a call's particle after a
// date or an adverb (forms.go callsOn), in made-up sentences.
func TestCallsOn(t *testing.T) {
	checkRules(t, []rulesCase{
		{
			name:  "called on someone to do something: not a phrase of circumstance",
			text:  "Sen. Ann Cole of Ohio called on the administration to block the merger.",
			want:  []want{{speaker: "Ann Cole", content: "the administration to block the merger", cue: "called on"}},
			count: 1,
		},
		{
			name:  "called upon, with an adverb before it",
			text:  "Ann Cole also called upon the county to reopen the clinic.",
			want:  []want{{speaker: "Ann Cole", content: "the county to reopen the clinic", cue: "called upon"}},
			count: 1,
		},
		{
			name:  "calls for: the particle is the cue's, so a line reads 'called for'",
			text:  "Rita Moss calls for an inquiry into the contracts.",
			want:  []want{{speaker: "Rita Moss", content: "an inquiry into the contracts", cue: "calls for"}},
			count: 1,
		},
		{
			name:  "a day between the call and its for: the cue keeps both",
			text:  "Tom Reyes called Wednesday for the judge to step aside from the case.",
			want:  []want{{speaker: "Tom Reyes", content: "the judge to step aside from the case", cue: "called Wednesday for"}},
			count: 1,
		},
		{
			name:  "an adverb between the call and its for: the cue keeps both, not 'called the judge'",
			text:  "Tom Reyes called again for the judge to step aside from the case.",
			want:  []want{{speaker: "Tom Reyes", content: "the judge to step aside from the case", cue: "called again for"}},
			count: 1,
		},
		{
			name:  "an adverb set off by commas before the for",
			text:  "Tom Reyes called, again, for the judge to step aside from the case.",
			want:  []want{{speaker: "Tom Reyes", content: "the judge to step aside from the case", cue: "called, again, for"}},
			count: 1,
		},
		{
			name:  "long between the auxiliary and the cue",
			text:  "Tom Reyes has long called for an end to the tax on farms. His allies have long argued that the tax is unfair.",
			want:  []want{{speaker: "Tom Reyes", content: "an end to the tax on farms"}, {content: "the tax is unfair", cue: "argued"}},
			count: 2,
		},
		{
			name:  "called on the phone: no one asked to do anything",
			text:  "Tom Reyes called on the phone from Dayton on Monday.",
			count: -1,
		},
	})
}

// TestAskedWhom checks the one asked before a question or a request
// (asked.go): long, a pronoun, or followed by an adverb.
func TestAskedWhom(t *testing.T) {
	checkRules(t, []rulesCase{
		{
			name:  "a long noun phrase with a year for the one asked",
			text:  "During a busy day of events, the Gazette asked the 2026 Democratic Senate contender if she was ready for the job.",
			want:  []want{{speaker: "Gazette", content: "if she was ready for the job", cue: "asked"}},
			count: 1,
		},
		{
			name:  "an adverb after the one asked",
			text:  "The interview ended with Tom Gray asking Cole pointedly whether she would run again.",
			want:  []want{{speaker: "Tom Gray", content: "whether she would run again", cue: "asking"}},
			count: 1,
		},
		{
			name:  "an object pronoun asked to do something",
			text:  "Mr. Tom Gray asked her to call the ambassador at once.",
			want:  []want{{speaker: "Tom Gray", content: "her to call the ambassador at once", cue: "asked"}},
			count: 1,
		},
		{
			name:  "asked questions to all: no request",
			text:  "At the news conference, reporters asked questions about the budget to all three mayors.",
			count: -1,
		},
	})
}
