package extract

import (
	"strings"
	"testing"

	"github.com/whosaid/whosaid/digest"
)

// TestEndKeepsTitledName: no end candidate of a statement's content falls
// between a title's abbreviation or an initial and the capitalised name it
// goes on with ("Ohio Sen. | Dora Quill"); one before a lower-case word
// may ("the new Gen. | staff" reads no name).
func TestEndKeepsTitledName(t *testing.T) {
	for _, tt := range []struct {
		text, content, cut string
		want               bool
	}{
		{"Lane says she is level in the count with Ohio Sen. Dora Quill.", "she is level in the count with Ohio Sen. Dora Quill", " Sen", false},
		{"Moss said he had spoken about the plan with Utah Gov. Abel Finch.", "he had spoken about the plan with Utah Gov. Abel Finch", " Gov", false},
		{"Moss said he had met at the fair last week with Ann B. Cole.", "he had met at the fair last week with Ann B. Cole", " B", false},
		{"Moss said he had met at the fair last week with Ann Cole.", "he had met at the fair last week with Ann Cole", " Ann", true},
	} {
		c := &digest.Clipping{Text: tt.text, Blocks: []digest.Block{{Span: digest.Span{0, len(tt.text)}, Kind: digest.BlockBody}}}
		col := &collector{bounds: true}
		statementsWith(c, nil, col, nil)
		found, got := false, false
		for _, in := range col.insts {
			if tt.text[in.rule[0]:in.rule[1]] != tt.content {
				continue
			}
			found = true
			for _, e := range in.ends {
				got = got || strings.HasSuffix(tt.text[:e], tt.cut)
			}
		}
		if !found {
			t.Errorf("%q: no statement %q", tt.text, tt.content)
		} else if got != tt.want {
			t.Errorf("%q: an end after %q among the candidates: %v, want %v", tt.text, tt.cut, got, tt.want)
		}
	}
}
