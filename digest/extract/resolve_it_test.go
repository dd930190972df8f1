package extract_test

import "testing"

// TestItIsNoPerson: "it" speaks for a body, never for the person who spoke
// last: the chain's claim in "prices it said were a result of the deal" is
// not the analyst's, and a letter that "read" is not the doctor quoted
// before it.
func TestItIsNoPerson(t *testing.T) {
	runStatements(t, []statementCase{
		{
			name: "no body in reach: no speaker rather than the analyst",
			text: "Grocers\n\nTom Forte follows the chain for a brokerage. Within months, Forte said, the chain was selling cheaper eggs, prices it said were a result of the deal.",
			pub:  "2026-12-03",
			want: []want{{speaker: "Tom Forte", content: "the chain was selling cheaper eggs"}},
			none: []string{"were a result of the deal"},
		},
		{
			name: "the body that spoke before the person",
			text: "Zika\n\nThe Pediatric Society said Congress had failed the families.\n\n" +
				"“We are seeing more cases every week,” said Dr. Ellen Marsh, who treats children in Miami.\n\n" +
				"“Congress has failed to act,” it said in a statement on Monday.",
			pub: "2026-12-03",
			want: []want{
				{speaker: "Pediatric Society", content: "Congress had failed the families"},
				{speaker: "Ellen Marsh", content: "We are seeing more cases every week"},
				{speaker: "Pediatric Society", content: "Congress has failed to act"},
			},
		},
	})
}

// TestExpletiveItSpeaksNot: "It is important to note that" is the writer's
// own remark, whoever spoke last.
func TestExpletiveItSpeaksNot(t *testing.T) {
	runStatements(t, []statementCase{{
		name: "it is important to note",
		text: "Courts\n\nThe Voting Rights Council said the law was unfair.\n\n" +
			"It is important to note that the court has ruled only on emergency filings.",
		pub:  "2026-12-03",
		want: []want{{speaker: "Voting Rights Council", content: "the law was unfair"}},
		none: []string{"the court has ruled only on emergency filings"},
	}})
}
