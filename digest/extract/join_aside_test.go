package extract_test

import (
	"slices"
	"testing"

	"github.com/whosaid/whosaid/digest"
	"github.com/whosaid/whosaid/digest/extract"
)

// TestReportedAside checks that a reported clause its attribution breaks
// is one statement with two parts, as a broken quotation is: the part
// before the cue is no statement of its own, and a subject left before
// the attribution stays with its predicate. A phrase that frames the
// clause ("Within months of the merger,", "After the votes,") is part of
// what was said, as a clause with its own verb ("After Tom Ortiz
// resigned,") is; a phrase that tells where the words were said ("In a
// statement,") is not, and the clause after the cue stands alone.
func TestReportedAside(t *testing.T) {
	for _, tt := range []struct {
		text, content string
		parts         int
	}{
		{"Within months of the merger, Forte said, the chain was selling cheaper eggs.", "Within months of the merger … the chain was selling cheaper eggs", 2},
		{"If prices fall too far, Ann Lee noted, farmers may cut corners.", "If prices fall too far … farmers may cut corners", 2},
		{"Mr. Lee, officials said, has become skeptical of the plan.", "Mr. Lee … has become skeptical of the plan", 2},
		{"The new budget, the mayor said, would close two libraries.", "The new budget … would close two libraries", 2},
		{"The nickname, Ann Lee explained, exists thanks to the former mayor.", "The nickname … exists thanks to the former mayor", 2},
		{"His leverage, a union leader said, isn’t going anywhere.", "His leverage … isn’t going anywhere", 2},
		{"During the storm, Ann Lee said, the roof held.", "During the storm … the roof held", 2},
		{"After the vote was taken, Ann Lee said, the hall emptied.", "After the vote was taken … the hall emptied", 2},
		{"After Tom Ortiz resigned, Ann Lee said, the council split.", "After Tom Ortiz resigned … the council split", 2},
		{"Since the mayor took office, Ann Lee said, crime has fallen.", "Since the mayor took office … crime has fallen", 2},
		{"After the votes, Ann Lee said, the council split.", "After the votes … the council split", 2},
		{"In a statement, the company said, the plant will close in May.", "the plant will close in May", 1},
		{"The mayor said the new budget would close two libraries.", "the new budget would close two libraries", 1},
	} {
		got := extract.Statements(clipping("Council news.\n\n"+tt.text, "2026-12-01", false))
		i := slices.IndexFunc(got, func(s digest.Statement) bool { return s.Content == tt.content })
		if i < 0 {
			t.Errorf("%q: no statement %q in %s", tt.text, tt.content, dump(got))
			continue
		}
		if len(got) != 1 || len(got[i].ContentSpans) != tt.parts {
			t.Errorf("%q: %d statements, %d parts; want one statement of %d parts", tt.text, len(got), len(got[i].ContentSpans), tt.parts)
		}
	}
}
