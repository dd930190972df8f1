package extract_test

import (
	"strings"
	"testing"

	"github.com/whosaid/whosaid/digest"
)

// TestAddsThing checks that "add" with a particle or preposition after
// it, or with a colon that only a noun phrase follows, adds a thing and
// reports no words, and that "concede" with a noun-phrase object yields a
// contest. Made-up sentences, the rules alone.
func TestAddsThing(t *testing.T) {
	noStatement(t, []string{
		"The fund grew.\n\nIn all, the pledges add up to more than $4 million.",
		"The hearing ran late.\n\nThe latest delay adds to the confusion around the mayor's budget.",
		"The court ruled.\n\nThe party wants the judges to say that the state should add back the early voting week.",
		"The admiral changed course.\n\nThe admiral has added another task to his job: teacher.",
		"The polls closed.\n\nAnn Boyd won the primary in Ohio, adding to her lead over Tom Reyes.",
		"The polls closed.\n\nTom Reyes is conceding the race in Ohio in a call with Ann Boyd.",
		"The polls closed.\n\nTom Reyes said he would vote for Ann Boyd, but he has not conceded his bid for the seat.",
	}, func(_ *digest.Clipping, s digest.Statement) bool {
		cue := strings.ToLower(s.Cue)
		return strings.HasPrefix(cue, "add") || strings.HasPrefix(cue, "conced")
	})
}

// TestAddsWords checks that "add" with a clause or with a colon leading in
// a clause, and "concede" with a clause, still report what was said.
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
		{
			name:    "concede a clause",
			text:    "The polls closed.\n\nTom Reyes conceded that the night had been a hard one for his campaign.",
			speaker: "Tom Reyes",
			content: "the night had been a hard one for his campaign",
		},
	})
}
