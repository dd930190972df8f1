package extract_test

import (
	"testing"

	"github.com/whosaid/whosaid/digest/extract"
)

// TestCueReadings walks the readings of attrib.go's cue, one made-up
// sentence each, named after the function that reads it, with the rules
// alone: a newcomer's map from a form of attribution to its code.
func TestCueReadings(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		want  []want
		count int // exact number of statements, when > 0; -1: none
	}{
		{name: "cueSubjectEnd: a negated verb", text: "Mayor Lin did not say the bridge would close.", count: -1},
		{name: "cueSubjectEnd: a date between subject and verb", text: "The board this week announced that the pool will reopen in May.",
			want: []want{{speaker: "board", content: "the pool will reopen in May"}}, count: 1},
		{name: "cueSubjectEnd: went on to", text: "Ortiz went on to argue that the pier is safe.",
			want: []want{{speaker: "Ortiz", content: "the pier is safe", cue: "argue"}}, count: 1},
		{name: "cueSubjectEnd: the verbs before to say", text: "Ortiz was quick to add that the pier is safe.",
			want: []want{{speaker: "Ortiz", content: "the pier is safe", cue: "add"}}, count: 1},
		{name: "cueSubjectEnd: an adverb between subject and verb", text: "Mayor Lin has since said the bridge will stay open.",
			want: []want{{speaker: "Lin", content: "the bridge will stay open"}}, count: 1},
		{name: "cueSubjectEnd: a weekday between subject and verb", text: "Lin on Tuesday said the bridge will stay open.",
			want: []want{{speaker: "Lin", content: "the bridge will stay open"}}, count: 1},
		{name: "speakerless: a thing that no one speaks for", text: "The county kept rules that stated limits on noise. Its office opened in June.", count: -1},
		{name: "capitalised: part of a name", text: "Hikers at Cape Warns said the path was steep.",
			want: []want{{speaker: "Hikers", content: "the path was steep", cue: "said"}}, count: 1},
		{name: "fallbackInverted: a topic after the verb is no speaker", text: "The board raised the fees, warned of Busy Summer Traffic.", count: -1},
		{name: "weakCueQuoted", text: "“Keep out of the water,” the sign reads.",
			want: []want{{speaker: "sign", content: "Keep out of the water", cue: "reads"}}, count: 1},
		{name: "participle: those addressed are the object", text: "The mayor texted residents saying that the roads would close at noon.",
			want: []want{{speaker: "mayor", content: "the roads would close at noon"}}, count: 1},
		{name: "participle: a noun phrase and a quotation", text: "The clip shows a narrator saying: “The future is ours.”",
			want: []want{{speaker: "narrator", content: "The future is ours"}}, count: 1},
		{name: "participle: the subject's own speech and a quotation", text: "The governor closed her address saying: “The work is not done.”",
			want: []want{{speaker: "governor", content: "The work is not done"}}, count: 1},
		{name: "participle: the speaker goes on", text: "Lin praised the crew, adding that the repairs were done early.",
			want: []want{{speaker: "Lin", content: "the repairs were done early", cue: "adding"}}, count: 1},
		{name: "participle: after with", text: "The vote passed, with the coach calling it a fluke.",
			want: []want{{speaker: "coach", content: "a fluke"}}, count: 1},
		{name: "participle: a letter's author", text: "The firm released a letter saying that the plant will stay open.",
			want: []want{{speaker: "firm", content: "the plant will stay open"}}, count: 1},
		{name: "ofPhraseSays: a recording of someone", text: "The clip ends with footage of Mayor Lin asking, “Who pays for this?”",
			want: []want{{speaker: "Lin", mention: "Mayor Lin", content: "Who pays for this?", cue: "asking"}}, count: 1},
		{name: "ofPhraseSays: one of a kind", text: "The group went after Voss, with one of its ads asking, “Can we trust her?”",
			want: []want{{mention: "one of its ads", content: "Can we trust her?", cue: "asking"}}, count: 1},
		{name: "ofPhraseSays: a share's quotation, then its clause goes on", text: "The share of voters saying “taxes are too high” rose by ten points.",
			want: []want{{mention: "The share of voters", content: "taxes are too high", direct: 1}}, count: 1},
		{name: "participle: asking an object pronoun, then the question quoted", text: "Lin thanked the crew before asking them, “Who fixed the pier?”",
			want: []want{{speaker: "Lin", content: "Who fixed the pier?", cue: "asking", direct: 1}}, count: 1},
		{name: "participle: a text to those addressed", text: "The campaign sent out a text message to supporters saying: “We won the state!”",
			want: []want{{speaker: "campaign", content: "We won the state!"}}, count: 1},
		{name: "relativeClosed: a relative clause on the author", text: "Mayor Lin, who said last week that the budget was short, issued a statement Tuesday saying, “We will manage.”",
			want: []want{{speaker: "Lin", content: "the budget was short"}, {speaker: "Lin", content: "We will manage.", cue: "saying"}}, count: 2},
		{name: "quotedSubject", text: "“We are ready,” the harbour master, Ina Moss, said.",
			want: []want{{speaker: "Ina Moss", title: "harbour master", mention: "the harbour master, Ina Moss", content: "We are ready", direct: 1}}, count: 1},
		{name: "quotedSubject: a party and state", text: "“We are ready,” Rep. Ann Voss (D-Ore.) said.",
			want: []want{{speaker: "Ann Voss", mention: "Rep. Ann Voss (D-Ore.)", content: "We are ready", direct: 1}}, count: 1},
		{name: "quotedSubject: a role before the name", text: "“We are ready,” harbour master Ina Moss said on Monday.",
			want: []want{{speaker: "Ina Moss", mention: "harbour master Ina Moss", content: "We are ready", direct: 1, saidOn: "2026-11-30"}}, count: 1},
		{name: "dashSubject", text: "The growers in two valleys — the Napa and the Sonoma — said the harvest was late.",
			want: []want{{speaker: "growers", content: "the harvest was late"}}, count: 1},
		{name: "partySubject", text: "Sen. Ola Brandt (R-Iowa), said the bill would pass.",
			want: []want{{speaker: "Ola Brandt", content: "the bill would pass"}}, count: 1},
		{name: "secondPart: a participle's phrase between the attribution and the second part", text: "“We will not pay,” Tom Reyes said, referring to the new levy, “because it was never voted on.”",
			want: []want{{speaker: "Tom Reyes", content: "We will not pay … because it was never voted on.", direct: 1, cue: "said"}}, count: 1},
		{name: "secondPart: a conjunction before the second part", text: "“The deal needs checks,” Ana Ruiz said, and “clear penalties for any breach.”",
			want: []want{{speaker: "Ana Ruiz", content: "The deal needs checks … clear penalties for any breach.", direct: 1}}, count: 1},
		{name: "relativeCalls: a role and its holder", text: "The mayor fought the levy, which the port's director, Ana Ruiz, called “a tax on work.”",
			want: []want{{speaker: "Ana Ruiz", title: "port's director", content: "a tax on work.", direct: 1, cue: "called"}}, count: 1},
		{name: "relativeCalls: an aside after a name", text: "It was a plan that Tom Reyes, for one, called “a dead end.”",
			want: []want{{speaker: "Tom Reyes", content: "a dead end.", direct: 1}}, count: 1},
		{name: "relativeCalls: a relative clause after the subject is no appositive (it gave speaker Monday)", text: "It was a plan that the mayor, who spoke Monday, called “a dead end.”",
			count: -1},
		{name: "shareSays: a share", text: "Nearly a third, 31%, say the tax is too high.",
			want: []want{{speaker: "31%", content: "the tax is too high"}}, count: 1},
		{name: "shareSays: a poll's share", text: "In a Marist poll released Friday, 40% of Democrats said they plan to vote early.",
			want: []want{{speaker: "Marist poll", content: "40% of Democrats said they plan to vote early"}}, count: 1},
		{name: "pollAccording: a poll named after the share's answer", text: "About 70 percent of parents say the crossing is unsafe, according to a county survey released Monday.",
			want: []want{{speaker: "county survey", content: "About 70 percent of parents say the crossing is unsafe", cue: "according to"}}, count: 1},
		{name: "pollAccording: a majority", text: "A majority of riders said the buses run late, according to the transit poll.",
			want: []want{{speaker: "transit poll", content: "A majority of riders said the buses run late", cue: "according to"}}, count: 1},
		{name: "pollAccording: a group of those polled in a relative clause", text: "The mayor did well among voters who say the buses run late, according to exit polls.",
			want: []want{{speaker: "exit polls", content: "The mayor did well among voters who say the buses run late", cue: "according to"}}, count: 1},
		{name: "pollSubject: a poll's verb before those it polled", text: "The county poll showed a majority of parents say the crossing is unsafe.",
			want: []want{{speaker: "county poll", content: "a majority of parents say the crossing is unsafe"}}, count: 1},
		{name: "pollSubject: a poll's verb and that", text: "Polls show that a large majority of riders say the buses run late.",
			want: []want{{speaker: "Polls", content: "a large majority of riders say the buses run late"}}, count: 1},
		{name: "amountAbout: an amount said before its topic", text: "Mayor Lin has said little about the bridge since the storm.",
			want: []want{{speaker: "Lin", content: "the bridge", cue: "said little about"}}, count: 1},
		{name: "amountAbout: a clause that opens with an amount", text: "Mayor Lin said much of the bridge was already rebuilt.",
			want: []want{{speaker: "Lin", content: "much of the bridge was already rebuilt", cue: "said"}}, count: 1},
		{name: "subjectSays: before a relative clause", text: "Parents whose children walk to school say the crossing is unsafe.",
			want: []want{{speaker: "Parents", content: "the crossing is unsafe"}}, count: 1},
		{name: "subjectSays: before prepositions", text: "Two members of the board in Leeds said the vote was rushed.",
			want: []want{{speaker: "two members", content: "the vote was rushed"}}, count: 1},
		{name: "appositiveOpens", text: "The club's treasurer, Ruth Okafor, said the roof needs repair.",
			want: []want{{speaker: "Ruth Okafor", content: "the roof needs repair"}}, count: 1},
		{name: "appositiveOpens: a connective between commas after the appositive", text: "Acme's chief executive, Ruth Okafor, of course, said the roof needs repair.",
			want: []want{{speaker: "Ruth Okafor", content: "the roof needs repair"}}, count: 1},
		{name: "appositiveOpens: in fact after the appositive", text: "Acme's chief executive, Ruth Okafor, in fact, said the roof needs repair.",
			want: []want{{speaker: "Ruth Okafor", content: "the roof needs repair"}}, count: 1},
		{name: "relativeSubject", text: "Okafor, who has run the club since 2009, said it will survive.",
			want: []want{{speaker: "Okafor", content: "it will survive", cue: "said"}}},
		{name: "relativeSubject: a quotation inside", text: "Okafor, who calls the board “a circus,” said it will survive.",
			want: []want{{speaker: "Okafor", content: "it will survive", cue: "said"}}},
		{name: "inverted", text: "“The pier is safe,” said Lena Ortiz, the harbour's engineer.",
			want: []want{{speaker: "Lena Ortiz", content: "The pier is safe", direct: 1}}, count: 1},
		{name: "inverted: a broken quotation", text: "“The pier,” said Lena Ortiz, “is safe for everyone.”",
			want: []want{{speaker: "Lena Ortiz", content: "is safe for everyone", direct: 1}}, count: 1},
		{name: "inverted: the quotation follows", text: "But, said Lena Ortiz, “the pier is safe.”",
			want: []want{{speaker: "Lena Ortiz", content: "the pier is safe", direct: 1}}, count: 1},
		{name: "appositiveSays: the comma closing the appositive inside a quotation", text: "Tom Reed, author of “Bridges,” said the plan would fail.",
			want: []want{{speaker: "Tom Reed", content: "the plan would fail"}}, count: 1},
		{name: "appositiveSays: a quotation before the subject is no content then", text: "During an interview on “Late Hour,” Tom Reed, the host known as “Bridges,” stated that the plan would fail.",
			want: []want{{speaker: "Tom Reed", content: "the plan would fail"}}, count: 1},
		{name: "appositiveSays: the clause before is what was said", text: "The hall will close in May, a spokesman, Li Wei, said.",
			want: []want{{speaker: "Li Wei", content: "The hall will close in May"}}, count: 1},
		{name: "appositiveSays: a short clause with an auxiliary before", text: "It was a mistake, Li Wei, a spokesman, said.",
			want: []want{{speaker: "Li Wei", content: "It was a mistake"}}, count: 1},
		{name: "appositiveSays: a short clause is no subject of an appositive", text: "The plan is sound, a spokesman, Li Wei, said.",
			want: []want{{speaker: "Li Wei", content: "The plan is sound"}}, count: 1},
		{name: "appositiveSays: a clause with a past form is no subject", text: "The council made a mistake, Li Wei, a spokesman, said.",
			want: []want{{speaker: "Li Wei", content: "The council made a mistake"}}, count: 1},
		{name: "subjectGoesOn", text: "When Ruiz thanked the staff and said the count was fair, the room cheered.",
			want: []want{{speaker: "Ruiz", content: "the count was fair"}}, count: 1},
		{name: "withSpeaker: as X noted", text: "As Ortiz noted, the roads are clear.",
			want: []want{{speaker: "Ortiz", content: "the roads are clear"}}, count: 1},
		{name: "withSpeaker: a broken quotation", text: "“The roads,” Ortiz said, “are clear.”",
			want: []want{{speaker: "Ortiz", content: "The roads", direct: 1}, {speaker: "Ortiz", content: "are clear", direct: 1}}, count: 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := clipping(tt.text, "2026-12-01", false)
			checkWanted(t, c, extract.StatementsRules(c), tt.count, tt.want)
		})
	}
}

// TestPlaceNamedBody: a body named after a place whose second word is a
// first name ("New York") keeps the place's first word, inverted or not.
func TestPlaceNamedBody(t *testing.T) {
	runStatements(t, []statementCase{
		{
			name: "inverted, after a spokesman for",
			text: "The team lost on Sunday.\n\n“We will win,” said a spokesman for the New York Comets.",
			pub:  "2026-03-04",
			want: []want{{speaker: "New York Comets", content: "We will win", cue: "said", direct: 1}},
		},
	})
}
