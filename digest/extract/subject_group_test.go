package extract_test

import "testing"

// TestSubjectGroups checks the subject that speaks before a cue when a
// phrase or a clause describes its noun, a body's name that holds "and",
// a title that opens a sentence, and whom a "they" after a reported clause
// stands for.
func TestSubjectGroups(t *testing.T) {
	runSpeakers(t, []speakerCase{
		{
			name:    "'they' after a clause that opens with a group is that group",
			text:    "Talks stalled.\n\nThe unions will strike on Monday, they said.",
			content: "The unions will strike on Monday",
			speaker: "unions",
			vague:   true,
		},
		{
			name:    "'they' after a group whose verb the noun phrase reader would take in",
			text:    "Talks stalled.\n\nThe teachers want a raise, they said in a letter.",
			content: "The teachers want a raise",
			speaker: "teachers",
			vague:   true,
		},
		{
			name:    "'they' after a group with a modifier",
			text:    "Talks stalled.\n\nThe striking nurses will march on Friday, they said.",
			content: "The striking nurses will march on Friday",
			speaker: "striking nurses",
			vague:   true,
		},
		{
			name:    "a bare plural opening the clause leaves 'they' to the speakers before",
			text:    "Schools opened.\n\nWilcox and Beruff argued that the department is not needed. State departments of education can do that, they said.",
			content: "State departments of education can do that",
			speaker: "Wilcox and Beruff",
		},
		{
			name:    "things are no group 'they' stands for",
			text:    "Schools opened.\n\nWilcox and Beruff argued that the department is not needed. The prices will rise next year, they said.",
			content: "The prices will rise next year",
			speaker: "Wilcox and Beruff",
		},
		{
			name:    "a noun that compounds with the role before a place",
			text:    "The road was closed.\n\nA police officer at the scene said the road would open at noon.",
			content: "the road would open at noon",
			speaker: "police officer at the scene",
			vague:   true,
		},
		{
			name:    "a preposition of place after a group",
			text:    "The river rose.\n\nSome residents near the river said the water rose fast.",
			content: "the water rose fast",
			speaker: "residents near the river",
			vague:   true,
		},
		{
			name:    "a participle's clause after a body",
			text:    "Talks went on.\n\nThe union representing the workers said the deal was fair.",
			content: "the deal was fair",
			speaker: "union",
			vague:   true,
		},
		{
			name:    "a participle's clause after a source, 'speaking'",
			text:    "The plan stalled.\n\nAnother intelligence source speaking to the paper said the plan was dead.",
			content: "the plan was dead",
			speaker: "intelligence source",
			vague:   true,
		},
		{
			name:    "a participle's clause after a plural without an s",
			text:    "The fire spread.\n\nThe two men speaking to reporters said the fire had spread.",
			content: "the fire had spread",
			speaker: "two men",
			vague:   true,
		},
		{
			name:    "a body's name that holds 'for' and 'and'",
			text:    "Growth slowed.\n\nThe Organization for Economic Cooperation and Development said growth would slow further.",
			content: "growth would slow further",
			speaker: "Organization for Economic Cooperation and Development",
		},
		{
			name:    "another body's name that holds 'for' and 'and'",
			text:    "Rules changed.\n\nThe Center for Science and Democracy said the rule was weak.",
			content: "the rule was weak",
			speaker: "Center for Science and Democracy",
		},
		{
			name:    "a title capitalised only because it opens the sentence",
			text:    "The bill passed.\n\nPress secretary Maria Cruz said the president would sign the bill.",
			content: "the president would sign the bill",
			speaker: "Maria Cruz",
			title:   "press secretary",
		},
		{
			name:    "a title at the start before 'told'",
			text:    "Sales rose.\n\nChief executive Dana Holt told analysts that sales rose again.",
			content: "sales rose again",
			speaker: "Dana Holt",
			title:   "chief executive",
		},
		{
			name:    "a modifier title at the start",
			text:    "The plan moved.\n\nSenior adviser Jane Holt said the plan was ready.",
			content: "the plan was ready",
			speaker: "Jane Holt",
			title:   "senior adviser",
		},
		{
			name:    "a party's adjective keeps its capital",
			text:    "The race tightened.\n\nDemocratic strategist Tom Reyes said the party would win.",
			content: "the party would win",
			speaker: "Tom Reyes",
			title:   "Democratic strategist",
		},
		{
			name:    "a title written in capitals keeps them",
			text:    "The bill passed.\n\nFormer President Tom Reyes said the bill was sound.",
			content: "the bill was sound",
			speaker: "Tom Reyes",
			title:   "Former President",
		},
		{
			name:    "a body's name in a title keeps its capital",
			text:    "The vote slipped.\n\nHouse speaker Ann Lee said the vote would wait.",
			content: "the vote would wait",
			speaker: "Ann Lee",
			title:   "House speaker",
		},
		{
			name:    "a title inside the sentence is left as written",
			text:    "The bill passed.\n\nOn Monday, Press secretary Maria Cruz said the president would sign the bill.",
			content: "the president would sign the bill",
			speaker: "Maria Cruz",
			title:   "Press secretary",
		},
	})
}

// TestSubjectBeforeAdverbs checks a subject before a phrase of time
// between its auxiliary and the cue, a subject whose modifier opens the
// sentence, and a share of a group a pronoun names.
func TestSubjectBeforeAdverbs(t *testing.T) {
	runSpeakers(t, []speakerCase{
		{
			name:    "a phrase of time between the auxiliary and the cue",
			text:    "The treaty held.\n\nOur allies have in the past said the treaty was sound.",
			content: "the treaty was sound",
			speaker: "allies",
			vague:   true,
		},
		{
			name:    "'at times' between the auxiliary and the cue",
			text:    "The rules changed.\n\nThe ministers have at times argued that the rules were too strict.",
			content: "the rules were too strict",
			speaker: "ministers",
			vague:   true,
		},
		{
			name:    "'in recent years' between the auxiliary and the cue",
			text:    "The agency grew.\n\nCritics have in recent years said the agency was too slow.",
			content: "the agency was too slow",
			speaker: "Critics",
			vague:   true,
		},
		{
			name:    "a modifier capitalised because it opens the sentence",
			text:    "The polls closed.\n\nOld political hands say the race is over.",
			content: "the race is over",
			speaker: "Old political hands",
			vague:   true,
		},
		{
			name:    "a share of the group 'them' stands for, after an opening clause",
			text:    "The workers said the plant was unsafe.\n\nUntil the announcement on Friday, most of them said they would stay.",
			content: "they would stay",
			speaker: "workers",
			vague:   true,
		},
		{
			name:    "'Many of them' opening the sentence",
			text:    "The workers said the plant was unsafe.\n\nMany of them said they would leave.",
			content: "they would leave",
			speaker: "workers",
			vague:   true,
		},
	})
}

// TestPartiesTogether checks that members of two parties joined by "and"
// speak together, as two peoples do.
func TestPartiesTogether(t *testing.T) {
	runSpeakers(t, []speakerCase{
		{
			name:     "two parties' members with 'alike'",
			text:     "The bill stalled.\n\nRepublicans and Democrats alike said the bill was flawed.",
			content:  "the bill was flawed",
			speaker:  "Republicans and Democrats",
			speakers: []string{"Republicans", "Democrats"},
		},
		{
			name:     "two parties' members after an opening phrase",
			text:     "The bill stalled.\n\nOn Monday, Democrats and Republicans said the bill was flawed.",
			content:  "the bill was flawed",
			speaker:  "Democrats and Republicans",
			speakers: []string{"Democrats", "Republicans"},
		},
	})
}

// TestNounListSpeaks checks that two common noun phrases of speakers
// joined by "and" speak together.
func TestNounListSpeaks(t *testing.T) {
	runSpeakers(t, []speakerCase{
		{
			name:    "a role and a group with their determiners",
			text:    "The visit ended.\n\nThe president and his aides said the visit went well.",
			content: "the visit went well",
			speaker: "president and his aides",
			vague:   true,
		},
		{
			name:    "a role's plural in -ies",
			text:    "The tax rose.\n\nThe mayor and her deputies said the tax was fair.",
			content: "the tax was fair",
			speaker: "mayor and her deputies",
			vague:   true,
		},
		{
			name:    "after an opening phrase",
			text:    "The plan moved.\n\nOn Monday, the minister and her advisers said the plan was ready.",
			content: "the plan was ready",
			speaker: "minister and her advisers",
			vague:   true,
		},
	})
}
