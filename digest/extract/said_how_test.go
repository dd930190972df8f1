package extract_test

import "testing"

// TestSaidHow has the adverbs of how or how often a thing was said
// ("said twice", "said sarcastically") read as the writer's account of
// the saying, never as what was said.
func TestSaidHow(t *testing.T) {
	runStatements(t, []statementCase{
		{
			name: "a quotation after a dash, then said twice and the writer's words",
			text: "The council met on Monday.\n\nAnn Lee hinted at harsh rulers - “He would have adored Franco,” Ann Lee said twice - and repeatedly praised the mayor.",
			pub:  "2026-03-04",
			want: []want{{speaker: "Ann Lee", content: "He would have adored Franco", cue: "said", direct: 1}},
			none: []string{"twice", "praised the mayor"},
		},
		{
			name: "a quotation after a dash, then said with an adverb in -ly",
			text: "The council met on Monday.\n\nAnn Lee hinted at harsh rulers - “He would have adored Franco,” Ann Lee said quietly.",
			pub:  "2026-03-04",
			want: []want{{speaker: "Ann Lee", content: "He would have adored Franco", cue: "said", direct: 1}},
		},
		{
			name: "said twice before a dash is no statement",
			text: "The council met on Monday.\n\nAnn Lee said twice - and repeatedly praised the mayor.",
			pub:  "2026-03-04",
			none: []string{"twice", "praised the mayor"},
		},
		{
			name: "said twice that: what was said starts after that",
			text: "The council met on Monday.\n\nAnn Lee said twice that the library would stay open.",
			pub:  "2026-03-04",
			want: []want{{speaker: "Ann Lee", content: "the library would stay open", cue: "said", direct: -1}},
			none: []string{"twice"},
		},
		{
			name: "said once that: once is how often, not a clause of time",
			text: "The council met on Monday.\n\nAnn Lee said once that the library would stay open.",
			pub:  "2026-03-04",
			want: []want{{speaker: "Ann Lee", content: "the library would stay open", cue: "said", direct: -1}},
			none: []string{"once"},
		},
		{
			name: "said once again that",
			text: "The council met on Monday.\n\nAnn Lee said once again that the library would stay open.",
			pub:  "2026-03-04",
			want: []want{{speaker: "Ann Lee", content: "the library would stay open", cue: "said", direct: -1}},
			none: []string{"again"},
		},
		{
			name: "said once that and a bare plural's clause",
			text: "The council met on Monday.\n\nAnn Lee said once that costs would rise.",
			pub:  "2026-03-04",
			want: []want{{speaker: "Ann Lee", content: "costs would rise", cue: "said", direct: -1}},
		},
		{
			name:  "said once that happens: a clause of time, what was said with it",
			text:  "The council met on Monday.\n\nAnn Lee said once that happens, the library would stay open.",
			pub:   "2026-03-04",
			want:  []want{{speaker: "Ann Lee", content: "once that happens, the library would stay open", cue: "said", direct: -1}},
			count: 1,
		},
		{
			name: "has said twice and a clause",
			text: "The council met on Monday.\n\nAnn Lee has said twice she would keep the library open.",
			pub:  "2026-03-04",
			want: []want{{speaker: "Ann Lee", content: "she would keep the library open", cue: "said"}},
			none: []string{"twice"},
		},
		{
			name: "said twice as a clipping's last words, no full stop after them",
			text: "The council met on Monday.\n\nAnn Lee said twice",
			pub:  "2026-03-04",
			none: []string{"twice"},
		},
	})
}
