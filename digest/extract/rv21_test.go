package extract_test

import (
	"testing"

	"github.com/whosaid/whosaid/digest"
)

// TestWithPhraseEndsAtColon: "with X -ing" takes the quotation after the
// colon only when its form in -ing ends at the colon ("with Lund
// yelling:"); a phrase going on past it ("with his aides standing
// behind him:") is circumstance, and the quotation stays the subject's
// (colon_clause.go withParticiple).
func TestWithPhraseEndsAtColon(t *testing.T) {
	tests := []struct{ text, content, speaker string }{
		{"Senator Ada Brandt addressed the crowd, with her aides standing behind her: “We will carry this state.”",
			"We will carry this state.", "Ada Brandt"},
		{"Senator Ada Brandt closed the rally, with the band playing in the background: “We will carry this state.”",
			"We will carry this state.", "Ada Brandt"},
		{"The hall erupted, with Senator Ada Brandt shouting: “We will carry this state.”",
			"We will carry this state.", "Ada Brandt"},
	}
	for _, tt := range tests {
		c := clipping("The weather was fine.\n\n"+tt.text, "2026-12-01", false)
		eachRun(c, func(run string, got []digest.Statement) {
			for _, s := range got {
				if s.Content == tt.content {
					if s.Speaker != tt.speaker {
						t.Errorf("%s: %q: want speaker %q, got %s", run, tt.text, tt.speaker, dump(got))
					}
					return
				}
			}
			t.Errorf("%s: %q: want %q from %q, got %s", run, tt.text, tt.content, tt.speaker, dump(got))
		})
	}
}

// TestOpeningPhrasePlural: a form in -s right after a preposition, or
// after a preposition and a determiner, is the phrase's noun ("to
// reporters", "in front of supporters"), not a finite verb, so the
// opening phrase alone is still no content (content_opening.go). A
// clause after the phrase keeps its content ("many families lack").
func TestOpeningPhrasePlural(t *testing.T) {
	noContent(t, []contentCase{
		{"Speaking to reporters in Boston, Governor Ada Brandt conceded.", "Speaking to reporters in Boston"},
		{"At the rally, in front of supporters, Senator Ada Brandt responded.", "At the rally, in front of supporters"},
		{"In a letter to his donors, Senator Ada Brandt agreed.", "In a letter to his donors"},
	})
	wantContents(t, []contentCase{
		{"In rural areas, many families lack broadband, Senator Ada Brandt said.", "In rural areas, many families lack broadband"},
		{"For the workers, the new rules mean longer shifts, Senator Ada Brandt said.", "For the workers, the new rules mean longer shifts"},
	})
}

// TestSaidOffTheRecordThat: "off the record" and "off camera" between
// the cue and "that" say where the words were said (cue_off.go
// offPlace); the content is the clause after "that".
func TestSaidOffTheRecordThat(t *testing.T) {
	wantContents(t, []contentCase{
		{"Governor Ada Brandt said off the record that the plan was dead.", "the plan was dead"},
		{"Governor Ada Brandt admitted off camera that the vote was lost.", "the vote was lost"},
	})
}
