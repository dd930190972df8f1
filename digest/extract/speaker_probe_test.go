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
		{
			name:    "a name written family name first, called again by its first word, is the one a later he stands for",
			text:    "Talks stalled on Tuesday.\n\nCommerce Minister Li Wen and envoy Mark Dalton met for three hours. Dalton said progress had been made.\n\nLi was more cautious. “We are still far apart on grain,” he told reporters.",
			content: "We are still far apart on grain",
			speaker: "Li Wen",
			rules:   true,
		},
		{
			name:    "a lone first word that is also a table first name stays with the speaker's own resolution",
			text:    "Talks stalled on Tuesday.\n\nEnvoy Mark Dalton and Commerce Minister Li Wen met for three hours. Li said progress had been made.\n\nMark was more cautious. “We are still far apart on grain,” he told reporters.",
			content: "We are still far apart on grain",
			speaker: "Mark Dalton",
			rules:   true,
		},
	})
}
