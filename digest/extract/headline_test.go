package extract_test

import (
	"testing"

	"github.com/whosaid/whosaid/digest/extract"
)

// TestHeadlineEchoSpeaker checks that a body statement echoes a headline's
// only when it can be the same speaker: two people named apart are two
// statements, whatever words they share. Made-up clippings.
func TestHeadlineEchoSpeaker(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		want  []want
		count int
	}{
		{
			name:  "another person's words echo the headline: both stay",
			text:  "Tom Gray: ‘Bridges Are The Great Public Works Crisis’\n\n“Bridges have been a public works crisis for a long time,” said Ann Mapp, a delegate from Ohio.",
			want:  []want{{speaker: "Tom Gray", content: "Bridges Are The Great Public Works Crisis"}, {speaker: "Ann Mapp"}},
			count: 2,
		},
		{
			name:  "the same person's words echo the headline: the body's stays",
			text:  "Tom Gray: ‘Bridges Are The Great Public Works Crisis’\n\n“Bridges are the great public works crisis of our time,” Gray said on Monday.",
			want:  []want{{speaker: "Gray", content: "Bridges are the great public works crisis of our time"}},
			count: 1,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := clipping(tt.text, "2026-12-01", true)
			checkWanted(t, c, extract.Statements(c), tt.count, tt.want)
		})
	}
}

// TestHeadlineColon checks headline roundups whose speaker comes with the
// ones addressed, a place or a topic before the colon, or is a group or a
// text named by its kind; a topic after the colon is no statement.
func TestHeadlineColon(t *testing.T) {
	body := "\n\nThe paper ran a column on Monday about the governor and his plans for the state."
	tests := []struct {
		head  string
		want  []want
		count int
	}{
		{"Moreno to Farm Bureau: Hale will raise your taxes.", []want{{speaker: "Moreno", content: "Hale will raise your taxes"}}, 1},
		{"Former AG Tom Mukasey at the Convention: Moreno scandal disqualifies her.", []want{{speaker: "Former AG Tom Mukasey", content: "Moreno scandal disqualifies her"}}, 1},
		{"Times President On Hale: ‘We Do Not Pay Candidates To Appear.’", []want{{speaker: "Times President", content: "We Do Not Pay Candidates To Appear."}}, 1},
		{"Historians: Hale, Moreno linked no matter what", []want{{speaker: "Historians", content: "Hale, Moreno linked no matter what"}}, 1},
		{"Big Win For Moreno At The Convention: the vote is in", nil, -1},
		{"Moreno At The Convention: Now or never", nil, -1},
		{"Port Board Raises Fees, Warns Of Busy Summer", nil, -1},
		{"Port Board Raises Fees, Warns About Busy Summer", nil, -1},
	}
	for _, tt := range tests {
		t.Run(tt.head, func(t *testing.T) {
			c := clipping(tt.head+body, "2026-12-01", true)
			checkWanted(t, c, extract.StatementsRules(c), tt.count, tt.want)
		})
	}
}
