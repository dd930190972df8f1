package extract_test

import "testing"

// TestSportsRoles has the cases of a player's or a coach's role before the
// name: a title, not part of the name.
func TestSportsRoles(t *testing.T) {
	runStatements(t, []statementCase{
		{
			name: "a coach and a quarterback are titles",
			text: "The Falcons won.\n\n“They proved everybody wrong,” coach Rob Delaney said after the game.\n\nQuarterback Eli Santos told reporters he had never seen a comeback like it.\n\nHornets coach Pat Greer said his team ran out of gas.",
			pub:  "2026-03-04",
			want: []want{
				{speaker: "Rob Delaney", content: "They proved everybody wrong", title: "coach"},
				{speaker: "Eli Santos", content: "he had never seen a comeback like it", title: "Quarterback"},
				{speaker: "Pat Greer", content: "his team ran out of gas", title: "Hornets coach"},
			},
		},
	})
}

// TestCouncilRoles has the cases of a local legislator's role before the
// name: a title that gives the sex, not part of the name.
func TestCouncilRoles(t *testing.T) {
	runStatements(t, []statementCase{
		{
			name: "councilwoman and alderman are titles",
			text: "The vote came.\n\nCouncilwoman Tara Nguyen said the lanes were safe.\n\nAlderman Greg Olsen said merchants were not consulted.",
			pub:  "2026-03-04",
			want: []want{
				{speaker: "Tara Nguyen", content: "the lanes were safe", title: "Councilwoman"},
				{speaker: "Greg Olsen", content: "merchants were not consulted", title: "Alderman"},
			},
		},
	})
}
