package extract_test

import "testing"

// TestDeedWithGerund ends what was said at a quoted name when the
// subject's next deed is a past form with a gerund for its object
// ("and proposed raising taxes"), with the learned models as well.
func TestDeedWithGerund(t *testing.T) {
	runStatements(t, []statementCase{
		{
			name: "called X a quoted name and proposed cutting",
			text: "The union met on Monday.\n\nThe donors were angry after Tom Reed called the union leaders “lazy bums” and proposed cutting their pensions.",
			pub:  "2026-03-04",
			want: []want{{speaker: "Tom Reed", content: "the union leaders “lazy bums”", cue: "called"}},
			none: []string{"proposed cutting"},
		},
		{
			name: "called X a quoted name and suggested raising",
			text: "The union met on Monday.\n\nAnn Lee called the tax plan a “giveaway” and suggested raising the levy instead.",
			pub:  "2026-03-04",
			want: []want{{speaker: "Ann Lee", content: "the tax plan a “giveaway”", cue: "called"}},
			none: []string{"suggested raising"},
		},
	})
}
