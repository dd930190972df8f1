package extract_test

import (
	"slices"
	"testing"

	"github.com/whosaid/whosaid/digest"
	"github.com/whosaid/whosaid/digest/extract"
)

// TestQuoteThenVerb checks a quotation that a verb the lexicon does not
// hold follows at once, then its speaker: the looser reading proposes it
// and the shipped model keeps it as found (the rules alone read no such
// verb).
func TestQuoteThenVerb(t *testing.T) {
	for _, tc := range []struct{ text, speaker, cue string }{
		{"The storm hit on Monday.\n\n“Not again,” groaned one resident, who asked not to be named.", "resident", "groaned"},
		{"The final was close.\n\n“We did it,” beamed the coach, Ana Ruiz.", "Ana Ruiz", "beamed"},
		{"The vote was close.\n\n“That is absurd,” scoffed Tom Hale, a council member.", "Tom Hale", "scoffed"},
	} {
		got := extract.Statements(clipping(tc.text, "2026-12-01", false))
		if !slices.ContainsFunc(got, func(s digest.Statement) bool { return s.Cue == tc.cue && s.Speaker == tc.speaker && s.Direct }) {
			t.Errorf("%q: want %s %s a quotation, got %s", tc.text, tc.speaker, tc.cue, dump(got))
		}
	}
}
