package extract_test

import (
	"testing"

	"github.com/whosaid/whosaid/digest/extract"
)

// TestSpeakerLineForms checks speaker phrases of real constructions a
// reader saw wrong in the digest lines: the speaker (and its title) must
// be the one the grammar names. Made-up sentences.
func TestSpeakerLineForms(t *testing.T) {
	for _, tc := range []struct{ text, speaker, title string }{
		// an adverb of time opening the sentence names no one
		{"Plan news.\n\nRobert Rubin spoke first. Then Rubin said the plan would fail.", "Robert Rubin", ""},
		{"Plan news.\n\nThen Smith said the plan would fail.", "Smith", ""},
		{"Plan news.\n\nYesterday Smith said the plan would fail.", "Smith", ""},
		{"Plan news.\n\nTonight Ann Lee says the plan will fail.", "Ann Lee", ""},
		// a possessive name before a body of two plain words
		{"Drone news.\n\nUkraine's air force said it shot down nine drones.", "Ukraine's air force", ""},
		{"Rate news.\n\nIsrael's central bank said rates would rise.", "Israel's central bank", ""},
		{"Cost news.\n\nUnder Obama's plan employers said costs would rise.", "employers", ""},
		// a role whose body of two words follows it, then the holder's name set off
		{"Plant news.\n\nThe chief executive of Norfield Foods, Paul Ames, said the plant would close.", "Paul Ames", "chief executive of Norfield Foods"},
		{"Plant news.\n\nThe head of Norfield Group, Paul Ames, said the plant would close.", "Paul Ames", "head of Norfield Group"},
		{"Rate news.\n\nThe head of the Federal Reserve Bank of Boston, Ann Lee, said rates would hold.", "Ann Lee", "head of the Federal Reserve Bank of Boston"},
		{"Strike news.\n\nThe president of the union, Paul Ames, said the strike would go on.", "Paul Ames", "president of the union"},
		// a named day after "on" sets the time; the title is the one before the name
		{"Vote news.\n\nOn Valentine's Day Sen. Mark Day said the vote would be delayed.", "Mark Day", "Sen."},
		{"Vote news.\n\nOn Christmas Day Gov. Ann Lee said the vote would be delayed.", "Ann Lee", "Gov."},
		// offices of local government are titles before the holder's name
		{"Count news.\n\nMaricopa County Recorder Stephen Richer said the count was accurate.", "Stephen Richer", "Maricopa County Recorder"},
		{"Count news.\n\nState Auditor Ann Lee said the count was accurate.", "Ann Lee", "State Auditor"},
	} {
		got := extract.Statements(clipping(tc.text, "2026-12-01", false))
		if len(got) == 0 {
			t.Errorf("%q: no statement, so no speaker to check", tc.text)
		}
		for _, s := range got {
			if s.Speaker != tc.speaker || s.SpeakerTitle != tc.title {
				t.Errorf("%q: want speaker %q title %q, got %s", tc.text, tc.speaker, tc.title, dump(got))
			}
		}
	}
}
