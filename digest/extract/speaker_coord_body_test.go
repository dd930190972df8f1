package extract_test

import "testing"

// TestCoordinatedBodies has the cases of bodies joined by "and" that speak
// together: every body is a speaker, also one whose name goes on past
// "of" ("the Department of Justice"), one the lexicon knows by a single
// word ("the Kremlin") and one named by a capitalised word before a
// body's common noun ("the Chinese foreign ministry").
func TestCoordinatedBodies(t *testing.T) {
	runSpeakers(t, []speakerCase{
		{
			name:     "a body named with 'of' and an acronym",
			text:     "The case was reopened.\n\nThe Department of Justice and the FBI said they were reviewing the case.",
			content:  "they were reviewing the case",
			speaker:  "Department of Justice and FBI",
			speakers: []string{"Department of Justice", "FBI"},
			rules:    true,
		},
		{
			name:     "a one-word body and a ministry named by its country",
			text:     "The talks ended.\n\nThe Kremlin and the Chinese foreign ministry said the talks were productive.",
			content:  "the talks were productive",
			speaker:  "Kremlin and Chinese foreign ministry",
			speakers: []string{"Kremlin", "Chinese foreign ministry"},
			rules:    true,
		},
	})
}
