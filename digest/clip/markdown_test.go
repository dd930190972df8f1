package clip

import (
	"fmt"
	"testing"

	"github.com/whosaid/whosaid/digest"
)

// TestMarkdownEmphasis checks that a markdown clipping's emphasis marks
// are blanked in its text, byte for byte, and that bullets, rules and
// marks inside words stay.
func TestMarkdownEmphasis(t *testing.T) {
	tests := []struct{ name, body, want string }{
		{"bold transcript label", "**Ortiz:** Not on my watch.\n", "  Ortiz:   Not on my watch.\n"},
		{"bold question", "**Q: Will branches close?**\n", "  Q: Will branches close?  \n"},
		{"italic title and underscores", "She told *The Ledger* and __Radio Nine__ so.\n", "She told  The Ledger  and   Radio Nine   so.\n"},
		{"a bullet and a rule stay", "* one item\n\n* * *\n", "* one item\n\n* * *\n"},
		{"inside a word stays", "the file_name and f**k stay\n", "the file_name and f**k stay\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			front := "---\ntitle: Five questions\n---\n"
			c, err := Parse("a.md", []byte(front+tt.body), Options{})
			if err != nil {
				t.Fatal(err)
			}
			if got := c.Text[len(front):]; got != tt.want {
				t.Errorf("text %q, want %q", got, tt.want)
			}
			if len(c.Text) != len(c.Raw) {
				t.Errorf("text is %d bytes, the file %d", len(c.Text), len(c.Raw))
			}
		})
	}
}

// TestMarkdownLede checks that a markdown clipping whose front matter
// gives the title keeps its first sentence as body text, so the names in
// it are the story's, while a heading that repeats the title stays one.
func TestMarkdownLede(t *testing.T) {
	tests := []struct {
		name, text string
		want       []digest.BlockKind
	}{
		{"a first sentence is body", "---\ntitle: Harbor news\n---\nMayor Tom Aske will retire after 15 years.\n\nAske said he was proud.\n", []digest.BlockKind{digest.BlockHeadline, digest.BlockBody, digest.BlockBody}},
		{"the title repeated is the headline", "---\ntitle: Harbor news\n---\n# Harbor news\n\nAske said he was proud.\n", []digest.BlockKind{digest.BlockHeadline, digest.BlockBody}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := Parse("a.md", []byte(tt.text), Options{})
			if err != nil {
				t.Fatal(err)
			}
			var got []digest.BlockKind
			for _, b := range c.Blocks {
				got = append(got, b.Kind)
			}
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("block kinds %v, want %v", got, tt.want)
			}
		})
	}
}
