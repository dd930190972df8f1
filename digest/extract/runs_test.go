package extract_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/whosaid/whosaid/digest"
	"github.com/whosaid/whosaid/digest/extract"
)

// eachRun calls check with the statements of c found by the rules alone
// and with the shipped model: a reading is a rule, and the statement model
// must not undo it.
func eachRun(c *digest.Clipping, check func(run string, got []digest.Statement)) {
	check("rules alone", extract.StatementsRules(c))
	check("with the model", extract.Statements(c))
}

// mentionOf returns the text of s's speaker mention in c.
func mentionOf(c *digest.Clipping, s digest.Statement) string {
	return c.Text[s.SpeakerSpan[0]:s.SpeakerSpan[1]]
}

// noStatement reports, for each made-up text, a statement the rules alone
// find that bad says should not be there.
func noStatement(t *testing.T, texts []string, bad func(c *digest.Clipping, s digest.Statement) bool) {
	t.Helper()
	for _, text := range texts {
		c := clipping(text, "2026-12-01", false)
		got := extract.StatementsRules(c)
		if i := slices.IndexFunc(got, func(s digest.Statement) bool { return bad(c, s) }); i >= 0 {
			t.Errorf("%q: want no such statement, got %s", text, dump(got[i:i+1]))
		}
	}
}

// mentionCase is a made-up text and the statement it must give: the text
// of its speaker mention and its content.
type mentionCase struct {
	name, text, speaker, content string
}

// wantMentioned checks that each case's statement is found by the rules
// alone and with the shipped model.
func wantMentioned(t *testing.T, tests []mentionCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := clipping(tt.text, "2026-12-01", false)
			eachRun(c, func(run string, got []digest.Statement) {
				if !slices.ContainsFunc(got, func(s digest.Statement) bool { return mentionOf(c, s) == tt.speaker && s.Content == tt.content }) {
					t.Errorf("%s: want %s: %q, got %s", run, tt.speaker, tt.content, dump(got))
				}
			})
		})
	}
}

// startsCase is a made-up text and a statement it must give: how its
// speaker's name ends and how its content begins.
type startsCase struct {
	name, text, speaker string
	starts              string // the content's first words
}

// wantStarts checks that each case's statement is found by the rules
// alone and with the shipped model.
func wantStarts(t *testing.T, tests []startsCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := clipping(tt.text, "2026-12-01", false)
			eachRun(c, func(run string, got []digest.Statement) {
				if !slices.ContainsFunc(got, func(s digest.Statement) bool {
					return strings.HasSuffix(s.Speaker, tt.speaker) && strings.HasPrefix(s.Content, tt.starts)
				}) {
					t.Errorf("%s: want %s: %q..., got %s", run, tt.speaker, tt.starts, dump(got))
				}
			})
		})
	}
}
