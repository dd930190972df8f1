package extract_test

import "testing"

// TestProbeSpeakers has the cases found by reading made-up clippings of
// forms no one tuned for (wire, politics, business, courts): who speaks
// when a pronoun, a lone name or a possessive stands for a person.
func TestProbeSpeakers(t *testing.T) {
	runSpeakers(t, []speakerCase{
		{
			name:    "a title's abbreviation without its period after a full title is a first name",
			text:    "Patrols were stepped up.\n\nTrade Minister Sen Arakawa said the port would reopen on Friday.",
			content: "the port would reopen on Friday",
			speaker: "Sen Arakawa",
			title:   "Trade Minister",
			rules:   true,
		},
		{
			name:    "a bare title abbreviation with no title before it stays a title",
			text:    "Patrols were stepped up.\n\nOhio Gov Merrill said the port would reopen on Friday.",
			content: "the port would reopen on Friday",
			speaker: "Merrill",
			rules:   true,
		},
		{
			name:    "a transcript's all-caps label is the surname of the one named before",
			text:    "Talks stalled on Tuesday.\n\nHost Priya Lindqvist spoke with the minister.\n\nLINDQVIST: Will the ferry routes reopen this spring?",
			content: "Will the ferry routes reopen this spring",
			speaker: "Priya Lindqvist",
			rules:   true,
		},
		{
			name:    "a body named by a place and a compound noun keeps the whole compound",
			text:    "A ferry lost power on Sunday.\n\nThe Danish coast guard said the ferry had been towed to port.",
			content: "the ferry had been towed to port",
			speaker: "Danish coast guard",
			rules:   true,
		},
		{
			name:    "figures from a body speak for the body, not the figures",
			text:    "Markets fell on Monday.\n\nData from the Lisbon bourse showed that share trading dropped by a third in May.",
			content: "share trading dropped by a third in May",
			speaker: "Lisbon bourse",
			rules:   true,
		},
		{
			name:    "a report from a body speaks for the body",
			text:    "Markets fell on Monday.\n\nA report from the Finance Ministry said the deficit would narrow next year.",
			content: "the deficit would narrow next year",
			speaker: "Finance Ministry",
			rules:   true,
		},
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
		{
			name:    "her office is the person's office, written with a possessive",
			text:    "Regulators met on Monday.\n\nSenator Ruth Ames, a Democrat, has called for a hearing. Her office said the senator would press regulators for answers.",
			content: "the senator would press regulators for answers",
			speaker: "Ruth Ames's office",
			rules:   true,
		},
		{
			name:    "his lawyer, never named, is the person's lawyer, described",
			text:    "Regulators met on Monday.\n\nPaul Hartley, the airline's chief executive, did not attend. His lawyer said the charges were baseless.",
			content: "the charges were baseless",
			speaker: "Paul Hartley's lawyer",
			vague:   true,
			rules:   true,
		},
		{
			name:    "his campaign keeps the leader's name before the body",
			text:    "Regulators met on Monday.\n\nPaul Hartley is running for governor. His campaign said the charges were baseless.",
			content: "the charges were baseless",
			speaker: "Hartley campaign",
			rules:   true,
		},
		{
			name:    "a learned verb of speech with its object and 'as' says what the speaker made of it",
			text:    "Regulators met on Monday.\n\nMayor Daniel Ortiz described the vote as “a first step” toward fixing the buses.",
			content: "the vote as “a first step” toward fixing the buses",
			speaker: "Daniel Ortiz",
		},
		{
			name:    "a document with a reduced relative clause is the document, not its participle",
			text:    "Regulators met on Monday.\n\nPeople who sleep little are more likely to fall ill, according to a study published Monday in a medical journal.",
			content: "People who sleep little are more likely to fall ill",
			speaker: "study",
			vague:   true,
			rules:   true,
		},
		{
			name:    "a surname before a generational suffix is the name's surname",
			text:    "Regulators met on Monday.\n\nRepublican Bernie Moreno Jr. met voters in Dayton. Moreno said the race was close.",
			content: "the race was close",
			speaker: "Bernie Moreno Jr.",
			rules:   true,
		},
		{
			name:    "a name with a generational suffix is not the same name without it",
			text:    "Regulators met on Monday.\n\nRick Stone Jr. met voters in Dayton. Later, Rick Stone said the race was close.",
			content: "the race was close",
			speaker: "Rick Stone",
			rules:   true,
		},
		{
			name:    "a full name of an unknown first name whose surname opens a sentence with its verb is a person a he may stand for",
			text:    "Regulators met on Monday.\n\nCarlos Alcaraz beat Jannik Moser on Sunday.\n\nAlcaraz's coach Juan Ferrero said the Spaniard was hurt.\n\nMoser smiled. “It is good for tennis,” he said.",
			content: "It is good for tennis",
			speaker: "Jannik Moser",
			rules:   true,
		},
		{
			name:    "an epithet of nationality stands for the person named last",
			text:    "Regulators met on Monday.\n\nCarlos Alcaraz beat Jannik Moser on Sunday.\n\nMoser was gracious in defeat. “He deserved it,” the Italian said.",
			content: "He deserved it",
			speaker: "Jannik Moser",
			rules:   true,
		},
		{
			name:    "an epithet of age stands for the person named last outside the quotation",
			text:    "Regulators met on Monday.\n\nCarlos Alcaraz beat Jannik Moser on Sunday.\n\nAlcaraz was thrilled. “Moser played better than me,” the 22-year-old said.",
			content: "Moser played better than me",
			speaker: "Carlos Alcaraz",
			rules:   true,
		},
		{
			name:    "the company stands for the body its paragraph's last sentence opened with",
			text:    "Regulators met on Monday.\n\nOrbis rejected the charges. “We will defend ourselves,” the company said in a statement.",
			content: "We will defend ourselves",
			speaker: "Orbis",
			rules:   true,
		},
		{
			name:    "the company does not stand for a word of the language opening a sentence",
			text:    "Regulators met on Monday.\n\nWorkers rejected the offer. “We will defend ourselves,” the company said in a statement.",
			content: "We will defend ourselves",
			speaker: "company",
			vague:   true,
			rules:   true,
		},
	})
}
