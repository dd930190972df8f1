package extract_test

import "testing"

// TestGroupPhrase has the cases of a vague group that its words after the
// head noun describe: the speaker keeps them, and its count, as a reader
// would name the group ("two people familiar with the matter", "officials
// in Ohio"), not the bare noun ("people", "Officials").
func TestGroupPhrase(t *testing.T) {
	runSpeakers(t, []speakerCase{
		{
			name:    "a count and people familiar with a matter",
			text:    "The session ended.\n\nTwo people familiar with the matter said the governor would veto the bill.",
			content: "the governor would veto the bill",
			speaker: "two people familiar with the matter",
			vague:   true,
			rules:   true,
		},
		{
			name:    "people briefed on talks",
			text:    "The session ended.\n\nThree people briefed on the talks said a deal was close.",
			content: "a deal was close",
			speaker: "three people briefed on the talks",
			vague:   true,
			rules:   true,
		},
		{
			name:    "officials in a place",
			text:    "The session ended.\n\nOfficials in Ohio said the cuts would hit schools first.",
			content: "the cuts would hit schools first",
			speaker: "Officials in Ohio",
			vague:   true,
			rules:   true,
		},
		{
			name:    "residents of a town",
			text:    "The session ended.\n\nResidents of the town said the water smelled of gas.",
			content: "the water smelled of gas",
			speaker: "Residents of the town",
			vague:   true,
			rules:   true,
		},
		{
			name:    "critics of a plan, inside a sentence",
			text:    "The session ended.\n\nThe council voted on Monday, but critics of the plan said it would raise rents.",
			content: "it would raise rents",
			speaker: "critics of the plan",
			vague:   true,
			rules:   true,
		},
		{
			name:    "a party's members on a committee",
			text:    "The session ended.\n\nDemocrats on the committee said the report was incomplete.",
			content: "the report was incomplete",
			speaker: "Democrats on the committee",
			vague:   true,
			rules:   true,
		},
		{
			name:    "several lawmakers keep their count",
			text:    "The session ended.\n\nSeveral Republican lawmakers said they would oppose the measure.",
			content: "they would oppose the measure",
			speaker: "several Republican lawmakers",
			vague:   true,
			rules:   true,
		},
		{
			name:    "an officer at the scene",
			text:    "The crash was at noon.\n\nAn officer at the scene said two cars were hit.",
			content: "two cars were hit",
			speaker: "officer at the scene",
			vague:   true,
			rules:   true,
		},
		{
			name:    "hundreds of protesters keep their count",
			text:    "The crash was at noon.\n\nHundreds of protesters said they would return.",
			content: "they would return",
			speaker: "hundreds of protesters",
			vague:   true,
			rules:   true,
		},
		{
			name:    "a count and people familiar with a matter after the cue",
			text:    "The session ended.\n\n\"We will not sign it,\" said two people familiar with the talks.",
			content: "We will not sign it",
			speaker: "two people familiar with the talks",
			vague:   true,
			rules:   true,
		},
		{
			name:    "members of a council after the cue",
			text:    "The session ended.\n\n\"We were never asked,\" said members of the tribal council.",
			content: "We were never asked",
			speaker: "members of the tribal council",
			vague:   true,
			rules:   true,
		},
		{
			name:    "officials briefed on talks after 'according to'",
			text:    "The session ended.\n\nThe deal is close, according to three officials briefed on the negotiations.",
			content: "The deal is close",
			speaker: "three officials briefed on the negotiations",
			vague:   true,
			rules:   true,
		},
		{
			name:    "a bare group stays bare, and a pronoun after the preposition is not kept",
			text:    "The session ended.\n\nPeople close to him said he would run.",
			content: "he would run",
			speaker: "People",
			vague:   true,
			rules:   true,
		},
	})
}
