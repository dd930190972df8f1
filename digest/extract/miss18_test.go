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

// TestAskedForThing checks that a thing asked for is what was said, with
// "for" in the cue (asked_for.go): it ends as a noun-phrase object does,
// and before "and" that opens a clause of its own.
func TestAskedForThing(t *testing.T) {
	checkRules(t, []rulesCase{
		{
			name:  "a thing asked for before a comma and a clause",
			text:  "The county clerk asked for proof of residence, and the couple left the office.",
			want:  []want{{speaker: "county clerk", content: "proof of residence", cue: "asked for"}},
			count: 1,
		},
		{
			name:  "a thing asked for before 'and' opening a clause",
			text:  "At one point, a voter asked for a photo and the senator agreed.",
			want:  []want{{speaker: "voter", content: "a photo", cue: "asked for"}},
			count: 1,
		},
		{
			name:  "one word asked for",
			text:  "The mayor asked for patience while crews repaired the main.",
			want:  []want{{speaker: "mayor", content: "patience", cue: "asked for"}},
			count: 1,
		},
		{
			name:  "a plural that could be a verb, and 'as well' after it",
			text:  "The county newspaper has asked for copies as well.",
			want:  []want{{speaker: "county newspaper", content: "copies", cue: "asked for"}},
			count: 1,
		},
		{
			name:  "a request after 'for' keeps its reading",
			text:  "The mayor asked for volunteers to clear the park on Saturday.",
			want:  []want{{speaker: "mayor", content: "volunteers to clear the park on Saturday", cue: "asked for"}},
			count: 1,
		},
	})
}
