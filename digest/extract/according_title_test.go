package extract_test

import "testing"

// TestAccordingToTitle: a short quotation naming a document or a plan
// inside the source after "according to" is part of the source's phrase;
// the attribution still reads what was said before or after it.
func TestAccordingToTitle(t *testing.T) {
	runStatements(t, []statementCase{
		{
			name: "a title inside the source",
			text: "The plan is out.\n\nThe plan would cost about $1.4 trillion a year, according to the “Water for all” document the mayor released.\n\nAccording to her \"clawback\" plan, firms moving jobs overseas must repay any aid they received.",
			pub:  "2026-03-04",
			want: []want{
				{content: "The plan would cost about $1.4 trillion a year"},
				{content: "firms moving jobs overseas must repay any aid they received"},
			},
		},
		{
			// the source is the titled noun whole, not the words after the
			// title's first capitalised one ("Air” report")
			name: "a capitalised title names the source whole",
			text: "Emissions are down.\n\nAccording to the “Clean Air” report the ministry published, emissions fell by a tenth.",
			pub:  "2026-03-04",
			want: []want{
				{speaker: "“Clean Air” report", content: "emissions fell by a tenth"},
			},
		},
		{
			// a person's noun after the quotation keeps the phrase's reading,
			// with no title made of the noun
			name: "a quoted word before a person's noun",
			text: "Talks ended.\n\nAccording to a “senior” official, the deal is done.",
			pub:  "2026-03-04",
			want: []want{
				{speaker: "“senior” official", title: "-", content: "the deal is done"},
			},
		},
	})
}
