package extract

import (
	"testing"

	"github.com/whosaid/whosaid/digest"
)

// TestEndRoom checks the candidates the boundary models may choose from
// where the rules end what was said on grammar (learn.go room): an end
// never runs over ", but" and a clause with a subject of its own that is
// no pronoun, a semicolon, the next share of those polled, or past a short
// answer; and a request's start never moves back onto its speaker, nor
// any start into a cue of several words.
func TestEndRoom(t *testing.T) {
	for _, tt := range []struct {
		text, content string
		runs          bool // an end candidate past the rules' end
		back          bool // a start candidate before the rules' start
	}{
		// a contrast with another subject is the writer's
		{"Many analysts predicted that the mayor would lose the vote, but the council backed her plan by a wide margin.", "the mayor would lose the vote", false, false},
		{"Ann Lee said the fees would stay as they are, but several members of the council have pushed for a change.", "the fees would stay as they are", false, false},
		// the speaker's own "but she ..." may run on, as train's annotations often do
		{"Ann Lee said the fees would stay as they are, but she would look at them again in the spring.", "the fees would stay as they are", true, false},
		// a semicolon
		{"Ann Lee said the fees would stay as they are in the city; the county raised its own fees twice.", "the fees would stay as they are in the city", false, false},
		// the next share of those polled, and a short answer
		{"Asked about the plan, 61 percent of voters said yes while 30 percent said they had not heard of it.", "yes", false, false},
		{"Some 40 percent call the plan fair, after 35 percent said so in the spring poll.", "so", false, false},
		// a request keeps its verb and the one asked, never its speaker
		{"Local officials urged residents to stay indoors during the storm.", "urged residents to stay indoors during the storm", false, false},
		// a cue of several words keeps its words: "described it as", "claimed responsibility for"
		{"Alverson, a commissioner on the Halibut Commission, described it as a stable but declining resource.", "a stable but declining resource", false, false},
		{"The Freedom Front claimed responsibility for the attack on the bridge, the worst in a decade.", "the attack", false, false},
	} {
		runs, back, found := candidates(tt.text, tt.content)
		if !found {
			t.Errorf("%q: no statement %q", tt.text, tt.content)
			continue
		}
		if runs != tt.runs {
			t.Errorf("%q: an end past %q among the candidates: %v, want %v", tt.text, tt.content, runs, tt.runs)
		}
		if back != tt.back {
			t.Errorf("%q: a start before %q among the candidates: %v, want %v", tt.text, tt.content, back, tt.back)
		}
	}
}

// candidates reads text with the rules and reports, for the statement
// whose rules' content is content, whether an end candidate lies past the
// rules' end and a start candidate before the rules' start.
func candidates(text, content string) (runs, back, found bool) {
	c := &digest.Clipping{Text: text, Blocks: []digest.Block{{Span: digest.Span{0, len(text)}, Kind: digest.BlockBody}}}
	col := &collector{bounds: true}
	statementsWith(c, nil, col, nil)
	for _, in := range col.insts {
		if text[in.rule[0]:in.rule[1]] != content {
			continue
		}
		found = true
		for _, e := range in.ends {
			runs = runs || e > in.rule[1]
		}
		for _, a := range in.starts {
			back = back || a < in.rule[0]
		}
	}
	return runs, back, found
}
