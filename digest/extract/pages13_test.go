package extract_test

import (
	"strings"
	"testing"

	"github.com/whosaid/whosaid/digest/extract"
)

// notSaidBy fails when a statement of text holding content is given to
// speaker.
func notSaidBy(t *testing.T, text, pub, speaker, content string) {
	t.Helper()
	c := clipping(text, pub, false)
	for _, s := range extract.Statements(c) {
		if s.Speaker == speaker && strings.Contains(s.Content, content) {
			t.Errorf("%q given to %q", s.Content, speaker)
		}
	}
}

// TestHeIsNotTheWriter: a he or she after the writer's own "I asked him"
// is the one asked, never the writer, whose "I" was the latest speaker.
func TestHeIsNotTheWriter(t *testing.T) {
	notSaidBy(t, "Clinic stays open\n\nI met the night clerk at the desk on Tuesday. I asked him whether the clinic would close.\n\n"+
		"“We are full every night,” he said. “The money is there,” he added.", "2026-12-03", "the writer", "We are full")
	runStatements(t, []statementCase{{
		name: "named before the writer asks",
		text: "Clinic stays open\n\nAnn Lee runs a small clinic in the town. I asked her whether it would close.\n\n" +
			"“We are full every night,” she said.",
		pub:  "2026-12-03",
		want: []want{{speaker: "the writer", content: "whether it would close"}, {speaker: "Ann Lee", content: "We are full every night"}},
	}})
}

// TestRelativeAmountDate: a date inside a relative clause of the speaker
// ("which earned $3 billion last year") dates what the clause tells, not
// the saying, with a currency sign between the pronoun and the date too.
func TestRelativeAmountDate(t *testing.T) {
	runStatements(t, []statementCase{{
		name: "which earned $3 billion last year",
		text: "Plant to close\n\nExecutives for the firm, which earned $3 billion last year, say the mill will close.\n\n" +
			"Bankers at the lender, which lost €40 million in March, say the branch will stay.",
		pub: "2026-12-03",
		want: []want{
			{content: "the mill will close", saidOn: "2026-12-03"},
			{content: "the branch will stay", saidOn: "2026-12-03"},
		},
	}})
}
