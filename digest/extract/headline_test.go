package extract_test

import (
	"slices"
	"testing"

	"github.com/whosaid/whosaid/digest"
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

// TestHeadlineNextSaying checks that a comma and a second verb of speech
// or of calling end what was said: "Lee Says Fares Will Rise, Calls ..."
// in a headline, which capitalises the verb, and "says ..., calls ..." in
// a body, where the end model may not carry the first content over the
// second verb. Made-up clippings, with the rules and with the model.
func TestHeadlineNextSaying(t *testing.T) {
	body := "\n\nThe paper ran a column on Monday about the governor and his plans for the state."
	tests := []struct {
		text     string
		headline bool
		content  string
	}{
		{"Ortiz Says Thieves Robbed Depot, Calls Police Response Slow." + body, true, "Thieves Robbed Depot"},
		{"Harbor Board Says Fares Will Rise, Warns Of Long Queues." + body, true, "Fares Will Rise"},
		{"Council news." + body + "\n\nOrtiz says thieves robbed the depot, calls the police response slow.", false, "thieves robbed the depot"},
	}
	for _, tt := range tests {
		for _, run := range []struct {
			name string
			st   func(*digest.Clipping) []digest.Statement
		}{{"model", extract.Statements}, {"rules", extract.StatementsRules}} {
			got := run.st(clipping(tt.text, "2026-12-01", tt.headline))
			if !slices.ContainsFunc(got, func(s digest.Statement) bool { return s.Content == tt.content }) {
				t.Errorf("%s %q: no statement %q in %s", run.name, tt.text, tt.content, dump(got))
			}
		}
	}
}
