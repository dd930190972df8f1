package extract_test

import (
	"strings"
	"testing"

	"github.com/whosaid/whosaid/digest"
)

// TestStandaloneAfterBareSentence checks that a quotation standing alone
// does not go on from the statement before it when a sentence of the
// writer's own, with no statement, stands between them, in the same
// paragraph or at the end of the one before. Made-up sentences, the rules
// alone.
func TestStandaloneAfterBareSentence(t *testing.T) {
	noStatement(t, []string{
		"The hearing ran late.\n\n“The rules were followed to the letter,” said Ann Boyd. Her deputy shook his head. “We lost a whole week to this process.”",
		"The market opened lower.\n\n“Prices will fall sharply next year,” Tom Reyes said on Monday. The traders did not agree with him.\n\n“Nobody on this floor believes that forecast.”",
		"The vote was close.\n\n“We have the numbers,” said Mayor Lee. She is 45. “Ask me again in a month.”",
	}, func(_ *digest.Clipping, s digest.Statement) bool {
		return strings.Contains(s.Content, "whole week") || strings.Contains(s.Content, "this floor") || strings.Contains(s.Content, "Ask me again")
	})
}

// TestStandaloneGoesOn checks that a quotation standing alone still goes
// on from the statement right before it, in its paragraph or the next.
func TestStandaloneGoesOn(t *testing.T) {
	wantMentioned(t, []mentionCase{
		{
			name:    "same paragraph",
			text:    "The hearing ran late.\n\n“The rules were followed to the letter,” said Ann Boyd. “We lost a whole week to this process.”",
			speaker: "Ann Boyd",
			content: "We lost a whole week to this process.",
		},
		{
			name:    "next paragraph",
			text:    "The market opened lower.\n\n“Prices will fall sharply next year,” Tom Reyes said on Monday.\n\n“Nobody on this floor believes that forecast, but they will.”",
			speaker: "Tom Reyes",
			content: "Nobody on this floor believes that forecast, but they will.",
		},
		{
			name:    "a short mark between",
			text:    "The crowd was loud.\n\n“We are not going anywhere,” said Rita Moss. (Applause.) “Not this year, not next year.”",
			speaker: "Rita Moss",
			content: "Not this year, not next year.",
		},
	})
}
