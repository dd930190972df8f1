package extract_test

import "testing"

// TestSubjectHeads checks who speaks when the subject is a long noun
// phrase: its head before prepositional phrases and a participle's
// clause, the group after a quantity's "of", and an organisation whose
// name goes on with "for" or "on" (subject_head.go, speaker_org_name.go).
func TestSubjectHeads(t *testing.T) {
	const lead = "Vote watch\n\n"
	runSpeakers(t, []speakerCase{
		{
			name:    "a quantity, prepositional phrases and a participle's clause before the verb",
			text:    lead + "Majorities of Democrats in four states going to the polls Tuesday say they would back either nominee.",
			content: "they would back either nominee",
			speaker: "Democrats",
			span:    "Majorities of Democrats in four states going to the polls",
			vague:   true,
			rules:   true,
		},
		{
			name:    "a quantity after 'at least' with a prepositional phrase",
			text:    lead + "At least half of voters in each county say the mayor's plans are sound.",
			content: "the mayor's plans are sound",
			speaker: "voters in each county",
			span:    "At least half of voters in each county",
			vague:   true,
			rules:   true,
		},
		{
			name:    "a quantity of a group with a determiner, then a prepositional phrase",
			text:    lead + "Most of the senators at the retreat said they opposed the bill.",
			content: "they opposed the bill",
			speaker: "senators at the retreat",
			vague:   true,
			rules:   true,
		},
		{
			name:    "a quantity of a group read as one noun phrase",
			text:    lead + "Half of Ohio Republicans said they want a tougher nominee.",
			content: "they want a tougher nominee",
			speaker: "Ohio Republicans",
			rules:   true,
		},
		{
			name:    "a group without a determiner after 'of', in counted places, with a participle's clause",
			text:    lead + "Large majorities of Democratic caucus voters in three states going to the polls on Saturday said they favor a wage rise.",
			content: "they favor a wage rise",
			speaker: "Democratic caucus voters",
			vague:   true,
			rules:   true,
		},
		{
			name:    "'a number of' names a group, 'the number of' does not",
			text:    lead + "At the hall, a number of volunteers said they were tired.",
			content: "they were tired",
			speaker: "volunteers",
			vague:   true,
			rules:   true,
		},
		{
			name:    "a singular noun without a determiner inside the subject's prepositional phrases",
			text:    lead + "People with direct knowledge of the firm's plans said the sale was near.",
			content: "the sale was near",
			speaker: "People with direct knowledge of the firm's plans",
			vague:   true,
			rules:   true,
		},
		{
			name:    "names joined by 'and' inside the subject's prepositional phrase",
			text:    lead + "Strategists for Jane Doe and Tom Roe said the debate went badly.",
			content: "the debate went badly",
			speaker: "Strategists",
			vague:   true,
			rules:   true,
		},
		{
			name:    "two prepositional phrases joined by 'and'",
			text:    lead + "Officials in the city and at the state agency said the road would close.",
			content: "the road would close",
			speaker: "Officials",
			vague:   true,
			rules:   true,
		},
		{
			name:    "a list of names and 'other' before the prepositional phrase",
			text:    lead + "Mr. Lee, Mrs. Park and other wealthy donors in both parties said their networks were tapped out.",
			content: "their networks were tapped out",
			speaker: "Mr. Lee, Mrs. Park and other wealthy donors",
			vague:   true,
			rules:   true,
		},
		{
			name:    "a past participle's clause after the subject, and 'one of'",
			text:    lead + "Text messages found on one of the suspects' phones suggested the plot was new.",
			content: "the plot was new",
			speaker: "Text messages",
			vague:   true,
			rules:   true,
		},
		{
			name:    "a long subject opening a clause after ', and'",
			text:    lead + "The police searched the flat, and text messages found on the laptops suggested the plan was old.",
			content: "the plan was old",
			speaker: "text messages",
			vague:   true,
			rules:   true,
		},
		{
			name:    "a document's author before a past participle's clause",
			text:    lead + "A letter from the Legion obtained by the Daily Ledger warns the grants will end.",
			content: "the grants will end",
			speaker: "Legion",
			rules:   true,
		},
		{
			name:    "'according to' an organisation named 'Center for ...'",
			text:    lead + "Outside groups spent $12 million on the race, according to the Center for Public Integrity.",
			content: "Outside groups spent $12 million on the race",
			speaker: "Center for Public Integrity",
			rules:   true,
		},
		{
			name:    "an organisation named 'Council on ...' as the subject",
			text:    lead + "The Council on Hemispheric Affairs said the talks would resume in May.",
			content: "the talks would resume in May",
			speaker: "Council on Hemispheric Affairs",
			rules:   true,
		},
		{
			name:    "an organisation named 'Institute for ...' after an inverted cue",
			text:    lead + "“The figures do not add up,” said the Institute for Budget Studies.",
			content: "The figures do not add up",
			speaker: "Institute for Budget Studies",
			rules:   true,
		},
		{
			name:    "a role word ending an organisation's name is no title",
			text:    lead + "Judge Ann Cole heard the case. The Lyman Center for Justice said the ruling was fair.",
			content: "the ruling was fair",
			speaker: "Lyman Center for Justice",
			rules:   true,
		},
	})
}
