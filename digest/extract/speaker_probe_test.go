package extract_test

import "testing"

// TestProbeSpeakers has the cases found by reading made-up clippings of
// forms no one tuned for (wire, politics, business, courts): who speaks
// when a pronoun, a lone name or a possessive stands for a person.
func TestProbeSpeakers(t *testing.T) {
	runSpeakers(t, []speakerCase{
		{
			name:    "a woman's first name a man bears as a middle name (Giovanni Maria) still gives she",
			text:    "Regulators met on Monday.\n\nMaria Keller met port director Tom Brandt to discuss the cleanup. After the meeting, she said the company had been slow.",
			content: "the company had been slow",
			speaker: "Maria Keller",
			rules:   true,
		},
	})
}
