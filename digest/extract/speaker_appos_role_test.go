package extract_test

import "testing"

// TestAppositiveRoles checks who a definite role names ("the governor
// said") when the clipping gave the role in an appositive of a sentence
// with no statement, named a former holder beside a current one, or gave
// the holder another party.
func TestAppositiveRoles(t *testing.T) {
	runSpeakers(t, []speakerCase{
		{
			name: "an appositive's role after adjectives set off by a comma, one hyphenated",
			text: "Was that really Dana Holt, the stern, never-say-die governor of Vermont?\n\n" +
				"Holt endorsed Tom Pruitt last week.\n\n" +
				"Republican Alan Rusk, the former Vermont governor and state treasurer, told the Herald he would not vote for Pruitt.\n\n" +
				"“I am ashamed of this,” Rusk said.\n\n" +
				"Holt defended his endorsement on his radio show.\n\n" +
				"“I have known him for ten years,” the governor said.",
			content: "I have known him for ten years",
			speaker: "Dana Holt",
			rules:   true,
		},
		{
			name: "the governor is the one in office, not a former governor named since",
			text: "Gov. Dana Holt signed the budget on Monday.\n\n" +
				"Alan Rusk, a former governor, called it reckless. “It spends money we do not have,” Rusk said.\n\n" +
				"“Every dollar is accounted for,” the governor said.",
			content: "Every dollar is accounted for",
			speaker: "Dana Holt",
			rules:   true,
		},
		{
			name: "the former governor is the former one",
			text: "Gov. Dana Holt signed the budget on Monday.\n\n" +
				"Alan Rusk, a former governor, called it reckless.\n\n" +
				"“It spends money we do not have,” the former governor said.",
			content: "It spends money we do not have",
			speaker: "Alan Rusk",
			rules:   true,
		},
		{
			name: "a role after a possessive is what the possessor has",
			text: "Mayor Lena Ortiz spoke first.\n\n" +
				"Then Ted Marsh, the mayor's chief of staff, handed out the plan.\n\n" +
				"“We start in May,” the mayor said.",
			content: "We start in May",
			speaker: "Lena Ortiz",
			rules:   true,
		},
		{
			name: "a comma closing an opening phrase sets off no appositive",
			text: "Gov. Ray Lind faces a vote on the pipeline.\n\n" +
				"Like Dana Holt, the governor, a Democrat, opposed the plan last year.\n\n" +
				"“We will not wait,” the governor said.",
			content: "We will not wait",
			speaker: "Ray Lind",
			rules:   true,
		},
		{
			name: "a sentence opened by a name in -ing, not a participle's phrase",
			text: "Dana Fleming and Ray Lind met the owners.\n\n" +
				"Fleming, the governor of Maine, toured the mill on Monday with Lind.\n\n" +
				"Lind praised the owners. “They kept the town alive,” Lind said.\n\n" +
				"“We will keep it open,” the governor said.",
			content: "We will keep it open",
			speaker: "Dana Fleming",
			rules:   true,
		},
		{
			name: "a role before a name set off by commas",
			text: "The state's new governor, Dana Holt, toured the mill on Monday with Senator Ray Lind.\n\n" +
				"Lind praised the owners. “They kept the town alive,” Lind said.\n\n" +
				"“We will keep it open,” the governor said.",
			content: "We will keep it open",
			speaker: "Dana Holt",
			rules:   true,
		},
		{
			name: "a name after a second appositive takes no role of the first",
			text: "Tom Reyes, the editor of the weekly paper, Harbor Light, met the mayor.\n\n" +
				"“We print what we find,” the editor said.",
			content: "We print what we find",
			speaker: "Tom Reyes",
			rules:   true,
		},
		{
			name: "a party in the role that the holder's title contradicts",
			text: "Democratic Gov. Dana Holt of Vermont signed the bill on Monday.\n\n" +
				"In Maine, the state's Republican governor said he would veto a bill like it.",
			content: "he would veto a bill like it",
			speaker: "state's Republican governor",
			vague:   true,
			rules:   true,
		},
		{
			name: "a list is no appositive",
			text: "Mayor Lena Ortiz faces a vote on the pipeline.\n\n" +
				"Dana Holt, the sheriff and the judge met on Monday.\n\n" +
				"“We will not wait,” the sheriff said.",
			content: "We will not wait",
			speaker: "sheriff",
			vague:   true,
			rules:   true,
		},
	})
}
