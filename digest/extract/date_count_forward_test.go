package extract_test

import "testing"

// TestCountForwardNotPastPublication: a count of days forward ("said two
// days later", "said a day later") from a story that gives no day of its
// own counts from publication, and nothing is said after publication: the
// saying has no date then, not a day to come. Counted from a day the story
// gives, it stays a day. Publication is Monday 7 December 2026.
func TestCountForwardNotPastPublication(t *testing.T) {
	const pub = "2026-12-07"
	runStatements(t, []statementCase{
		{name: "two days later with no day before", pub: pub,
			text: "The mayor said two days later that the plan was dead.",
			want: []want{{content: "the plan was dead", saidOn: "-"}}},
		{name: "a day later with no day before", pub: pub,
			text: "The mayor said a day later that the plan was dead.",
			want: []want{{content: "the plan was dead", saidOn: "-"}}},
		{name: "two days later from a day given", pub: pub,
			text: "The council voted on Thursday to close the library. The mayor said two days later that the plan was dead.",
			want: []want{{content: "the plan was dead", saidOn: "2026-12-05"}}},
	})
}
