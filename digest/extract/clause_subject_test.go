package extract_test

import "testing"

// TestPluralSubject checks, in made-up sentences, that a bare plural noun
// before an auxiliary opens the reported clause after circumstance and
// "that" (clause_subject.go), a noun the lexicon also holds as a verb of
// speech ("states", "reports", "claims") too.
func TestPluralSubject(t *testing.T) {
	wantContents(t, []contentCase{
		{"The governor argued on Tuesday, in a speech to farmers in Ohio, that states can set their own rules.", "states can set their own rules"},
		{"The senator said in a radio interview on Friday that reports will show the plan failed.", "reports will show the plan failed"},
		{"The mayor wrote in a letter to the council last week that claims of fraud were false.", "claims of fraud were false"},
		{"The judge said during a hearing in Dayton that voters should decide the matter.", "voters should decide the matter"},
	})
}
