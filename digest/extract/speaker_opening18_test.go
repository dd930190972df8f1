package extract_test

import (
	"testing"

	"github.com/whosaid/whosaid/digest/extract"
)

// TestSpeakerAfterOpening checks speakers after words that open a
// sentence and name no one: a sentence adverb or a preposition's phrase
// set off by a comma ("Moreover, Jeffrey Sachs, ..., noted"), a
// preposition before an owner ("Outside Carrier's plant"); a month that
// is a surname after a courtesy title; a person a possessive places
// ("CNN's Dana Bash"); an acronym spelt as a function word ("WHO",
// "US"); a role's holder named before a description of them. Made-up
// sentences. With want "", no statement may
// name bad. Where the word is no adverb or acronym after all (rv31): a
// surname the clipping names that is also a sentence adverb ("Rather, a
// former anchor, said" after Dan Rather), a link word's comma, and a
// subject pronoun set in capitals for stress ("HE said"), which is no
// body.
func TestSpeakerAfterOpening(t *testing.T) {
	for _, tc := range []struct{ text, speaker, title, bad string }{
		{"Climate news.\n\nMoreover, Jeffrey Sachs, director of the Earth Institute, noted that most plans run only to 2030.", "Jeffrey Sachs", "director of the Earth Institute", ""},
		{"Party news.\n\nSimilarly, William Bennett, a former education secretary, said he could not support the movement.", "William Bennett", "former education secretary", ""},
		{"Clinic news.\n\nOutside the hall, Ann Lee, a nurse, said the plan was working.", "Ann Lee", "nurse", ""},
		{"Speech news.\n\nIndeed, proponents of more controls say there is a direct correlation.", "", "", "Indeed"},
		{"Court news.\n\nBeyond the footage, the affidavit cited interviews and said that the detective had seen bruises.", "", "", "Beyond the footage"},
		{"Plant news.\n\nOutside Carrier's plant in Monterrey, a worker named Antonio Arroyo likes his job. Carrier has said it will return public money.", "Carrier", "", ""},
		{"Brexit news.\n\nTheresa May met the cabinet on Monday. Mrs. May said the deal would pass.", "Theresa May", "", ""},
		{"Tech news.\n\nApple's Tim Cook said the company would invest more.", "Tim Cook", "Apple", ""},
		{"Race news.\n\nThe Washington Post's Robert Costa said the race was tight.", "Robert Costa", "Washington Post", ""},
		// a function word in capitals is an acronym in running text
		{"Health news.\n\nWHO said the outbreak was contained.", "WHO", "", ""},
		{"Health news.\n\nThe WHO said on Monday the outbreak was contained.", "WHO", "", ""},
		{"Trade news.\n\nUS officials said the talks went well.", "US officials", "", ""},
		// a role, its holder's name and a description of the holder
		{"Vote news.\n\nLee's Indiana chairman, Rex Early, a former state party chairman who joined the team last week, said he had no plan.", "Rex Early", "Lee's Indiana chairman", ""},
		// guards: a subject with its appositive, and one after "Still,"
		{"Clinic news.\n\nStill, Smith, a nurse, said the plan was working.", "Smith", "nurse", ""},
		{"Talks news.\n\nUkraine's Foreign Ministry said the talks went well.", "Ukrainian Foreign Ministry", "", ""},
		// rv31: a surname the clipping names that is also a sentence adverb
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
					t.Errorf("%q: the opening %q speaks: %s", tc.text, tc.bad, dump(got))
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
