package extract

import (
	"testing"

	"github.com/whosaid/whosaid/digest"
)

// TestSingleQuotedSkipsOtherBytes checks singleQuoted's fast skip to the
// next byte that may start a mark: other characters that share the marks'
// lead byte 0xE2 (dashes, the ellipsis, a bullet), multi-byte letters and
// invalid UTF-8 next to the marks must not change which quotations count.
func TestSingleQuotedSkipsOtherBytes(t *testing.T) {
	cases := []struct {
		name string
		body string
		want bool
	}{
		{"single marks after a dash", "She paused—‘We will stay,’ she said. Then ‘No,’ he said.", true},
		{"double marks after a dash", "She paused—“We will stay,” she said. Then “No,” he said.", false},
		{"an ellipsis and a bullet between", "• ‘Ready…’ she said. • ‘Yes’ • “Go,” he said.", true},
		{"an apostrophe in a word is no quotation", "Don’t go. “We won’t,” he said. It’s late.", false},
		{"accented letters around the marks", "Émile said ‘ça va’. Zoë said ‘très bien’. Noé said “non”.", true},
		{"invalid bytes before the marks", "x\xe2 ‘One,’ she said. \xe2\x80 ‘Two,’ she said. “Three,” he said.", true},
		{"a quotation left open at a line break", "‘It goes on\n“Here,” he said. “There,” he said.", false},
		{"a straight double written as two singles", "''Yes,'' he said. ''No,'' she said. 'Maybe,' they said.", false},
		{"no marks at all", "Prices rose — sharply — in May…", false},
	}
	for _, c := range cases {
		got := singleQuoted(c.body, []digest.Block{{Span: digest.Span{0, len(c.body)}, Kind: digest.BlockBody}})
		if got != c.want {
			t.Errorf("%s: singleQuoted(%q) = %v, want %v", c.name, c.body, got, c.want)
		}
	}
}
