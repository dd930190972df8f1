package extract_test

import (
	"strings"
	"testing"

	"github.com/whosaid/whosaid/digest"
)

// TestAddsThing checks that "add" with a particle or preposition after
// it, or with a colon that only a noun phrase follows, adds a thing and
// reports no words. Made-up sentences, the rules alone.
func TestAddsThing(t *testing.T) {
	noStatement(t, []string{
		"The fund grew.\n\nIn all, the pledges add up to more than $4 million.",
		"The hearing ran late.\n\nThe latest delay adds to the confusion around the mayor's budget.",
		"The court ruled.\n\nThe party wants the judges to say that the state should add back the early voting week.",
		"The admiral changed course.\n\nThe admiral has added another task to his job: teacher.",
		"The polls closed.\n\nAnn Boyd won the primary in Ohio, adding to her lead over Tom Reyes.",
	}, func(_ *digest.Clipping, s digest.Statement) bool {
		return strings.HasPrefix(strings.ToLower(s.Cue), "add")
	})
}

// TestAddsWords checks that "add" with a clause or with a colon leading in
// a clause still reports what was said.
func TestAddsWords(t *testing.T) {
	wantMentioned(t, []mentionCase{
		{
			name:    "a clause after a colon",
			text:    "The plan was announced.\n\nTom Reyes added a warning: the plan will fail within a year.",
			speaker: "Tom Reyes",
			content: "a warning: the plan will fail within a year",
		},
		{
			name:    "that",
			text:    "The plan was announced.\n\nTom Reyes added that the plan will fail within a year.",
			speaker: "Tom Reyes",
			content: "the plan will fail within a year",
		},
	})
}
