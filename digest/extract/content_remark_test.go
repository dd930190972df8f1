package extract_test

import (
	"testing"

	"github.com/whosaid/whosaid/digest"
	"github.com/whosaid/whosaid/digest/extract"
)

// TestCommaRemark checks a noun phrase the writer adds after a reported
// clause's last comma, opened by an indefinite word and holding a
// relative clause: it is no part of what was said. Made-up sentences,
// with the rules alone and with the shipped model.
func TestCommaRemark(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Vote nears.\n\nAnn Lee said the fees would rise in May, an increase that shop owners across the county have long feared.", "the fees would rise in May"},
		{"Vote nears.\n\nThe mayor announced the city would cut 3,000 jobs, a layoff that the largest unions in the state have vowed to fight.", "the city would cut 3,000 jobs"},
		{"Vote nears.\n\nLee has promised to repeal the fee, a longstanding charge that voters in both parties dislike.", "to repeal the fee"},
		{"Vote nears.\n\nLee has promised to repeal the fee, something that her rivals mocked.", "to repeal the fee"},
	} {
		c := clipping(tc.text, "2026-12-01", false)
		eachRun(c, func(run string, got []digest.Statement) {
			if len(got) != 1 || got[0].Content != tc.want {
				t.Errorf("%s: %q: want %q, got %s", run, tc.text, tc.want, dump(got))
			}
		})
	}
	// not a remark: no relative clause, or more comes after it (the
	// rules' end; the end model may cut elsewhere on its own)
	for _, tc := range []struct{ text, want string }{
		{"Vote nears.\n\nLee said the town would build a pier, a project for the next decade.", "the town would build a pier, a project for the next decade"},
		{"Vote nears.\n\nLee said the fee, a charge that dates to 1990, would go.", "the fee, a charge that dates to 1990, would go"},
	} {
		got := extract.StatementsRules(clipping(tc.text, "2026-12-01", false))
		if len(got) != 1 || got[0].Content != tc.want {
			t.Errorf("rules alone: %q: want %q, got %s", tc.text, tc.want, dump(got))
		}
	}
}
