package extract_test

import (
	"strings"
	"testing"

	"github.com/whosaid/whosaid/digest"
)

// TestQuoteFinishes checks, in made-up sentences, that a reported clause
// runs on over a comma or a conjunction to the quotation that closes its
// sentence when nothing between names another speaker (quote_finish.go),
// and stops where the quotation is another's or the clause after the
// comma is the writer's main clause.
func TestQuoteFinishes(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		speaker string
		has     string // the content holds this
		not     string // and not this ("": not checked)
	}{
		{
			name:    "a participle clause that ends in a quotation",
			text:    "Tom Gray said the mayor had already been tested, climbing from far behind to win the spring vote by “a margin nobody expected.”",
			speaker: "Tom Gray",
			has:     "a margin nobody expected",
		},
		{
			name:    "but and a verb phrase that ends in a quotation",
			text:    "Ann Lee said she was once part of the old guard, but is now “the worst thing that ever happened to it.”",
			speaker: "Ann Lee",
			has:     "the worst thing that ever happened",
		},
		{
			name:    "a relative clause that ends in a quotation",
			text:    "Ann Lee said the town needs a new bridge, which would cost far less than “the endless repairs to the old one.”",
			speaker: "Ann Lee",
			has:     "the endless repairs",
		},
		{
			name:    "a quotation with a verb of speech of its own is another's",
			text:    "Ann Lee said the bridge would be finished in May, and the council called that “a fantasy.”",
			speaker: "Ann Lee",
			has:     "the bridge would be finished in May",
			not:     "fantasy",
		},
		{
			name:    "the writer's main clause after an opening clause with the cue",
			text:    "While the governor said the budget was balanced, his own aides were “deeply worried.”",
			speaker: "governor",
			has:     "the budget was balanced",
			not:     "worried",
		},
		{
			name:    "and, an adverb and a verb of speech: the speaker's next statement (content.go contentEnd)",
			text:    "Jane Roe scolded the clerk at a hearing, calling him “a careless, careless man,” and then wrote that he was “Unfit!”",
			speaker: "Jane Roe",
			has:     "a careless, careless man",
			not:     "Unfit",
		},
		{
			name:    "a quotation that does not close the sentence",
			text:    "Tom Gray said the mayor had already been tested, climbing to a “dead heat” in the spring vote.",
			speaker: "Tom Gray",
			has:     "the mayor had already been tested",
			not:     "dead heat",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := clipping("The weather was fine.\n\n"+tt.text, "2026-12-01", false)
			eachRun(c, func(run string, got []digest.Statement) {
				for _, s := range got {
					if strings.HasSuffix(s.Speaker, tt.speaker) && strings.Contains(s.Content, tt.has) {
						if tt.not != "" && strings.Contains(s.Content, tt.not) {
							t.Errorf("%s: content runs on past the reported clause: %q", run, s.Content)
						}
						return
					}
				}
				t.Errorf("%s: missing %s: %q in %s", run, tt.speaker, tt.has, dump(got))
			})
		})
	}
}
