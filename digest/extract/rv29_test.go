package extract_test

import (
	"strings"
	"testing"

	"github.com/whosaid/whosaid/digest"
)

// TestAskedForNotMade checks that a thing asked for is no statement when
// no one made the asking: a habit or a condition in a clause of its own
// ("When veterans ask for help, ..."), a question, or the press's own
// request for comment (asked_for.go askMade).
func TestAskedForNotMade(t *testing.T) {
	noStatement(t, []string{
		"When veterans ask for help, too many of their calls go unanswered.",
		"If residents ask for a refund, the office mails them a form.",
		"Unless tenants ask for repairs, the landlord fixes nothing.",
		"Whenever parents asked for tutors, the district paid the bill.",
		"The hotline is busy when veterans ask for help.",
		"Did the senator ask for a recount after the vote?",
		"The Courier asked for comment from the agency on Friday.",
		"A reporter asked for a response, and the office declined.",
	}, askedForCue)
}

// TestAskedForMade guards the askings that were made: a clause of time in
// the past ("When Mayor Lee asked for patience, ...") and a main clause in
// the present ("the union asks for ...").
func TestAskedForMade(t *testing.T) {
	checkRules(t, []rulesCase{
		{
			name:  "a past clause of time",
			text:  "When Mayor Dana Lee asked for patience, residents groaned.",
			want:  []want{{speaker: "Dana Lee", content: "patience"}},
			count: 1,
		},
		{
			name:  "a present main clause",
			text:  "In its letter, the union asks for a new contract.",
			want:  []want{{speaker: "union", content: "a new contract"}},
			count: 1,
		},
	})
}

// TestAskedForStranded checks that a "for" left at the end of a relative
// clause with no "that" ("The help Lee asked for came too late") opens no
// thing asked for: the verb after it is the sentence's own (asked_for.go
// pluralForm), while a plural that could be a verb still is one ("asked
// for copies").
func TestAskedForStranded(t *testing.T) {
	noStatement(t, []string{
		"The help Mayor Dana Lee asked for came too late.",
		"The money Mayor Dana Lee asked for arrived on Tuesday.",
		"The audit the senator asked for found waste in the program.",
		"What Mayor Dana Lee asked for was simple.",
		"Everything the union asked for is now law.",
	}, askedForCue)
	checkRules(t, []rulesCase{
		{
			name:  "a plural that could be a verb",
			text:  "The county newspaper asked for changes to the plan.",
			want:  []want{{speaker: "county newspaper", content: "changes to the plan"}},
			count: 1,
		},
	})
}

// askedForCue picks the statements read as a thing asked for: their cue
// is a form of "ask" with "for" (asked_for.go).
func askedForCue(_ *digest.Clipping, s digest.Statement) bool {
	return strings.HasPrefix(s.Cue, "ask") && strings.HasSuffix(s.Cue, " for")
}
