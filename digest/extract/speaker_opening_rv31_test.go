package extract_test

import (
	"testing"

	"github.com/whosaid/whosaid/digest/extract"
)

// TestOpeningWordsNamed checks spk18's sentence adverbs and acronyms
// where the word is no adverb or acronym: a surname the clipping names
// that is also a sentence adverb ("Rather, a former anchor, said" after
// Dan Rather), and a subject pronoun set in capitals for stress ("HE
// said", "WE said"), which is no body. Made-up sentences. With speaker
// "", no statement may name bad.
func TestOpeningWordsNamed(t *testing.T) {
	for _, tc := range []struct{ text, speaker, title, bad string }{
		{"News news.\n\nDan Rather anchored the evening news for years. Rather, a former anchor at CBS, said the story was true.", "Dan Rather", "former anchor at CBS", ""},
		// a link word and its comma are no part of the speaker
		{"Clinic news.\n\nYet, a nurse for twenty years, said the ward was full.", "", "", ", a nurse for twenty years"},
		{"Clinic news.\n\nNow, a nurse for twenty years, said the ward was full.", "", "", ", a nurse for twenty years"},
		// a subject pronoun in capitals is stress, not an acronym
		{"Race news.\n\nHE said the race was over on Monday.", "", "", "HE"},
		{"Race news.\n\nWE said it first, and the race is over.", "", "", "WE"},
		{"Race news.\n\nTHEY said the plan was dead, and they were right.", "", "", "THEY"},
	} {
		got := extract.Statements(clipping(tc.text, "2026-12-01", false))
		if tc.speaker == "" {
			for _, s := range got {
				if s.Speaker == tc.bad {
					t.Errorf("%q: %q speaks: %s", tc.text, tc.bad, dump(got))
				}
			}
			continue
		}
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
