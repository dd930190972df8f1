package extract_test

import (
	"testing"

	"github.com/whosaid/whosaid/digest"
)

// TestPluralSubject checks, in made-up sentences, that a bare plural noun
// before an auxiliary opens the reported clause after circumstance and
// "that" (clause_subject.go), a noun the lexicon also holds as a verb of
// speech ("states", "reports", "claims") too.
func TestPluralSubject(t *testing.T) {
	tests := []struct{ text, want string }{
		{"The governor argued on Tuesday, in a speech to farmers in Ohio, that states can set their own rules.", "states can set their own rules"},
		{"The senator said in a radio interview on Friday that reports will show the plan failed.", "reports will show the plan failed"},
		{"The mayor wrote in a letter to the council last week that claims of fraud were false.", "claims of fraud were false"},
		{"The judge said during a hearing in Dayton that voters should decide the matter.", "voters should decide the matter"},
	}
	for _, tt := range tests {
		c := clipping("The weather was fine.\n\n"+tt.text, "2026-12-01", false)
		eachRun(c, func(run string, got []digest.Statement) {
			for _, s := range got {
				if s.Content == tt.want {
					return
				}
			}
			t.Errorf("%s: %q: want content %q in %s", run, tt.text, tt.want, dump(got))
		})
	}
}
