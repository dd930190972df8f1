package extract_test

import "testing"

// TestCompoundAfterAbbreviation: a dotted abbreviation that opens a
// hyphenated compound ("U.N.-backed", "D.C.-area") is one word; what was
// said does not end at its dot.
func TestCompoundAfterAbbreviation(t *testing.T) {
	wantContents(t, []contentCase{
		{"Ortiz said the U.N.-backed plan was costly.", "the U.N.-backed plan was costly"},
		{"Ortiz said the D.C.-area ferry and the harbor were slow.", "the D.C.-area ferry and the harbor were slow"},
		{"Ortiz vowed to build a pier on the U.S.-Canada line.", "to build a pier on the U.S.-Canada line"},
	})
}

// TestQuoteEndsContent: a quotation after the cue that closes on the end
// of its sentence ends what was said, though no full stop follows its
// mark; the writer's next sentence is not part of it.
func TestQuoteEndsContent(t *testing.T) {
	wantContents(t, []contentCase{
		{"The mayor wrote to the board, telling them, “you are the best team we have!” Ortiz replied that the plan was costly.",
			"you are the best team we have!"},
		{"The mayor wrote to the board, telling them, “you are the best team we have!” Ortiz replied that the plan was costly.",
			"the plan was costly"},
	})
}

// TestWritersRemarkAfterDash: a noun phrase the writer adds after a
// sentence's last dash ("— an idea the council has rejected") is not what
// was said; an aside between two dashes stays inside it.
func TestWritersRemarkAfterDash(t *testing.T) {
	wantContents(t, []contentCase{
		{"Ortiz said the town should build a second pier — an idea the council has rejected.", "the town should build a second pier"},
		{"The mayor said the vote was fair -- something the council denies.", "the vote was fair"},
		{"Ortiz said the pier — a costly one — was needed.", "the pier — a costly one — was needed"},
	})
}
