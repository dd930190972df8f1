package extract_test

import (
	"testing"

	"github.com/whosaid/whosaid/digest"
)

// TestDashNounInIng: a noun in -ing after a last dash ("— housing,
// transit and schools", "— funding and staff") is a list that goes on
// with what was said, not the writer's participle clause, which takes an
// object or a complement (ends_dash.go).
func TestDashNounInIng(t *testing.T) {
	for _, tt := range []struct{ text, cue, content string }{
		{"Ann Lee said the city would spend more on three things — housing, transit and schools.", "said", "the city would spend more on three things — housing, transit and schools"},
		{"Tom Park said the clinic lacked what it needed most — funding and staff.", "said", "the clinic lacked what it needed most — funding and staff"},
		{"Ann Lee said the tax would rise — setting off a fight in the council.", "said", "the tax would rise"},
	} {
		c := clipping("The weather was fine.\n\n"+tt.text, "2026-12-01", false)
		eachRun(c, func(run string, got []digest.Statement) {
			for _, s := range got {
				if s.Cue == tt.cue && s.Content == tt.content {
					return
				}
			}
			t.Errorf("%s: %q: want %q: %q in %s", run, tt.text, tt.cue, tt.content, dump(got))
		})
	}
}

// TestConcessionThenIndefiniteSubject: a main clause whose subject opens
// with "a" or "an" ("Despite the rain, a large crowd turned out ...") is
// what was said after the concession; only a noun phrase that a second
// comma closes before a main clause is an appositive inside the
// concession ("Though the race moves to Ohio, a state she hoped to carry,
// ...") (content_concession.go).
func TestConcessionThenIndefiniteSubject(t *testing.T) {
	for _, tt := range []struct{ text, cue, content string }{
		{"Despite the rain, a large crowd turned out for the march, organizers said.", "said", "a large crowd turned out for the march"},
		{"Although the plant closed last year, an old union still meets there every week, Ann Lee said.", "said", "an old union still meets there every week"},
		{"Though the race moves to Ohio, a state she hoped to carry, the senator trails by ten points, according to a new poll.", "according to", "the senator trails by ten points"},
	} {
		c := clipping("The weather was fine.\n\n"+tt.text, "2026-12-01", false)
		eachRun(c, func(run string, got []digest.Statement) {
			for _, s := range got {
				if s.Cue == tt.cue && s.Content == tt.content {
					return
				}
			}
			t.Errorf("%s: %q: want %q: %q in %s", run, tt.text, tt.cue, tt.content, dump(got))
		})
	}
}
