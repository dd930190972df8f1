package extract_test

import "testing"

// TestAudienceEnds has the cases of where the one told ends: past a show's
// quoted name after its outlet, before a pronoun that opens what was said.
func TestAudienceEnds(t *testing.T) {
	runStatements(t, []statementCase{
		{
			name: "the one told keeps the show's quoted name after its outlet's possessive",
			text: "The senator spoke.\n\nSen. Vera Lund told KTV’s “Morning Hour” on Monday that the bill would pass.",
			pub:  "2026-03-04",
			want: []want{{speaker: "Vera Lund", content: "the bill would pass", audience: "KTV’s “Morning Hour”"}},
		},
		{
			name: "the one told ends before a pronoun with its verb run into it",
			text: "The mayor spoke.\n\nMayor Tom Aske told the Harbor Gazette he’s not planning to run again.",
			pub:  "2026-03-04",
			want: []want{{speaker: "Tom Aske", content: "he’s not planning to run again", audience: "the Harbor Gazette"}},
		},
		{
			name: "the one told ends before how and when it was told",
			text: "The minister spoke.\n\nMinister Ida Brann told the Coastal Herald by phone late on Monday that the port would reopen.\n\nMayor Tom Aske told a panel early on Friday that the tolls would fall.",
			pub:  "2026-03-04",
			want: []want{
				{speaker: "Ida Brann", content: "the port would reopen", audience: "the Coastal Herald", saidOn: "2026-03-02"},
				{speaker: "Tom Aske", content: "the tolls would fall", audience: "a panel", saidOn: "2026-02-27"},
			},
		},
		{
			name: "with a laugh or a shrug is how it was said, not whom it was said to",
			text: "The coach spoke.\n\n“We got lucky,” Dana Pike said with a laugh.\n\nMayor Tom Aske said with a shrug that the tolls would fall.\n\nMinister Ida Brann spoke with reporters and said the port would reopen.",
			pub:  "2026-03-04",
			want: []want{
				{speaker: "Dana Pike", content: "We got lucky", audience: "-"},
				{speaker: "Tom Aske", content: "the tolls would fall", audience: "-"},
			},
		},
		{
			name: "with a name, a pronoun or a group spoken with is the audience",
			text: "The mayor spoke.\n\nMayor Tom Aske said in a meeting with reporters that the tolls would fall.\n\n“It will pass,” Sen. Vera Lund said with her aides.",
			pub:  "2026-03-04",
			want: []want{
				{speaker: "Vera Lund", content: "It will pass", audience: "aides"},
			},
		},
	})
}
