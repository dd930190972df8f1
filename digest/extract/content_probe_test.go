package extract_test

import "testing"

// TestProbeContents has the cases about what was said found by reading
// made-up clippings of forms no one tuned for.
func TestProbeContents(t *testing.T) {
	runStatements(t, []statementCase{
		{
			name:     "a headline's second predicate after a comma is no inverted attribution",
			text:     "Fed Holds Rates Steady, Signals Cuts Later This Year\n\nThe central bank left rates unchanged on Wednesday.",
			pub:      "2026-03-04",
			headline: true,
			none:     []string{"Fed Holds Rates Steady"},
		},
		{
			name:     "a headline's verb of saying still inverts its speaker",
			text:     "Rates Will Stay High for Longer, Warns Powell\n\nThe central bank left rates unchanged on Wednesday.",
			pub:      "2026-03-04",
			headline: true,
			want:     []want{{speaker: "Powell", content: "Rates Will Stay High for Longer"}},
		},
	})
}
