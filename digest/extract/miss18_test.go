package extract_test

import "testing"

// TestAskedByUnnamed checks that an asker with no name ("asked by a
// reporter whether ...") puts the question as a named one does: the
// lower-case phrase after "asked by" ends at the question word
// (forms.go askerEnd).
func TestAskedByUnnamed(t *testing.T) {
	wantMentioned(t, []mentionCase{
		{
			name:    "an indefinite asker before 'whether'",
			text:    "Asked by a reporter whether the levee would hold, Mayor Dana Holt said she did not know.",
			speaker: "a reporter", content: "whether the levee would hold",
		},
		{
			name:    "a passive asked by a caller before 'why'",
			text:    "Mayor Dana Holt was asked by a caller why the bridge was closed.",
			speaker: "a caller", content: "why the bridge was closed",
		},
		{
			name:    "a definite asker before 'if'",
			text:    "When asked by the host if the closure was planned, Mayor Dana Holt laughed.",
			speaker: "the host", content: "if the closure was planned",
		},
	})
}
