package extract_test

import (
	"strings"
	"testing"

	"github.com/whosaid/whosaid/digest"
)

// TestSubordinateSubject checks, in made-up sentences, that a participle
// of speech right after a subordinate clause inside the sentence speaks
// with that clause's subject (subordinate_subject.go): the statement's
// speaker span is the subordinate clause's subject, not the main
// clause's. Clauses of cause, clauses that end before the sentence's own
// verb and clauses inside a relative one leave the participle to the
// main clause.
func TestSubordinateSubject(t *testing.T) {
	tests := []struct {
		text    string
		cue     string // the participle whose statement is checked
		subject string // its speaker span starts with this
	}{
		{"Mayor Tom Reed conceded some errors even as he defended the budget, saying, “Most of the plan is sound.”", "saying", "he"},
		{"Mayor Tom Reed has called the plan a mistake, though at a news conference last week he used stronger language, saying the plan “must be scrapped.”", "saying", "he"},
		{"It was a sharp reply from the council, as Ann Lee echoed the criticism, saying the mayor “has lost the city.”", "saying", "Ann Lee"},
		{"Mayor Tom Reed praised the plan because it saves money, saying the budget “is finally balanced.”", "saying", "Mayor Tom Reed"},
		{"The clerk who revealed that the mayor used a private account while he was in office pleaded guilty on Monday, admitting that he leaked the files.", "admitting", "The clerk"},
	}
	for _, tt := range tests {
		text := "The weather was fine.\n\n" + tt.text
		c := clipping(text, "2026-12-01", false)
		eachRun(c, func(run string, got []digest.Statement) {
			for _, s := range got {
				if s.Cue != tt.cue {
					continue
				}
				if sp := c.Text[s.SpeakerSpan[0]:s.SpeakerSpan[1]]; !strings.HasPrefix(sp, tt.subject) {
					t.Errorf("%s: %q: want speaker span %q, got %q", run, tt.text, tt.subject, sp)
				}
				return
			}
			t.Errorf("%s: %q: missing the %q statement in %s", run, tt.text, tt.cue, dump(got))
		})
	}
}
