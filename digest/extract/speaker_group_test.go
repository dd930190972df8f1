package extract_test

import "testing"

// TestGroupOfBody has the cases of a plural group noun whose body follows
// a preposition: the speaker keeps the body, not the bare noun.
func TestGroupOfBody(t *testing.T) {
	runStatements(t, []statementCase{
		{
			name: "analysts at a named firm keep the firm",
			text: "Markets fell on Tuesday.\n\nAnalysts at Brightwater Securities wrote in a note that the cut was larger than feared.\n\nEconomists at Harlow Bank said inflation would ease.",
			pub:  "2026-03-04",
			want: []want{
				{speaker: "Analysts at Brightwater Securities", content: "the cut was larger than feared"},
				{speaker: "Economists at Harlow Bank", content: "inflation would ease"},
			},
		},
		{
			name: "lawyers for an unnamed body keep the body",
			text: "The hearing ended.\n\nLawyers for the county argued that the fees were legal.",
			pub:  "2026-03-04",
			want: []want{{speaker: "Lawyers for the county", content: "the fees were legal"}},
		},
		{
			name: "lawyers for a mayor are not the mayor, and aides to a senator keep the senator",
			text: "The suit was filed.\n\nLawyers for Mayor Tom Aske said the suit had no merit.\n\nAides to Sen. Vera Lund said the vote would wait.",
			pub:  "2026-03-04",
			want: []want{
				{speaker: "Lawyers for Mayor Tom Aske", content: "the suit had no merit"},
				{speaker: "Aides to Sen. Vera Lund", content: "the vote would wait"},
			},
		},
		{
			name: "a group after two prepositions is still the bare group",
			text: "The vote ended.\n\nSome delegates at the convention in Philadelphia said the vote was fair.",
			pub:  "2026-03-04",
			want: []want{{speaker: "delegates", content: "the vote was fair"}},
		},
	})
}

// TestPublishedIn has the cases of a document published somewhere: the
// document speaks, not the journal it appeared in.
func TestPublishedIn(t *testing.T) {
	runStatements(t, []statementCase{
		{
			name: "a study published in a journal is the study's finding",
			text: "Sleep matters.\n\nA study published Wednesday in the journal Sleep Medicine found that naps helped memory.\n\nA report released Tuesday in the Harlow Review found that rents rose sharply in the city.",
			pub:  "2026-03-04",
			want: []want{
				{speaker: "study", content: "naps helped memory"},
				{speaker: "report", content: "rents rose sharply"},
			},
		},
		{
			name: "a report released by a body is the body's",
			text: "Costs matter.\n\nA report released by the Harlow Institute last year estimated that costs would rise.",
			pub:  "2026-03-04",
			want: []want{{speaker: "Harlow Institute", content: "costs would rise"}},
		},
	})
}
