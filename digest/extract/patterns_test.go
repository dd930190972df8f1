package extract_test

import (
	"testing"

	"github.com/whosaid/whosaid/digest"
	"github.com/whosaid/whosaid/digest/extract"
)

// TestPatterns checks forms of attribution seen on unseen text (issue 10,
// item 2), in made-up sentences: which statements exist and who speaks.
func TestPatterns(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		headline bool
		want     []want
		count    int // exact number of statements, when > 0; -1: none
	}{
		{
			name:  "colon-led roundup: a name, where it was said, a quotation",
			text:  "Reactions came fast.\n\nJane Doe, on Twitter: \"This is a disgrace to the chamber and to every voter.\"",
			want:  []want{{speaker: "Jane Doe", content: "This is a disgrace to the chamber", direct: 1}},
			count: 1,
		},
		{
			name:     "a headline's label of a kind of text is no speaker",
			text:     "Interview: Climate Envoy Sara Lind on the Road to COP31\n\nSara Lind spoke to us on Monday about the talks.",
			headline: true,
			count:    -1,
		},
		{
			name: "a name with its party and state before a colon",
			text: "The hearing grew tense.\n\nRep. Tom Gray (R-Ohio):\"I have not heard anyone other than you cite that figure in this room.\"",
			want: []want{{speaker: "Tom Gray", content: "I have not heard anyone other than you cite that figure", direct: 1}},
		},
		{
			name:     "a headline: a name on a topic, a colon and a quotation",
			text:     "Senator Ann Lee On Budget Talks: ‘We Will Get There’\n\nThe talks resume on Monday.",
			headline: true,
			want:     []want{{speaker: "Ann Lee", content: "We Will Get There", mention: "Senator Ann Lee"}},
			count:    1,
		},
		{
			name:  "according to X, but ...: X gives the clause before, not the one after",
			text:  "The mayor leads the race by nine points according to the Valley Ledger, but the challenger has vowed to fight on.",
			want:  []want{{speaker: "Valley Ledger", content: "The mayor leads the race by nine points"}},
			count: 2,
		},
		{
			name:  "inverted cue with a long described speaker",
			text:  "“The rules are written for the few,” said an energy lobbyist who spoke on the condition of anonymity.",
			want:  []want{{speaker: "energy lobbyist", content: "The rules are written for the few", direct: 1}},
			count: 1,
		},
		{
			name:  "inverted cue with a role alone",
			text:  "“We will appeal the ruling,” said an aide to the governor.",
			want:  []want{{speaker: "aide", content: "We will appeal the ruling", direct: 1}},
			count: 1,
		},
		{
			name:  "issued a statement saying that, with a quotation",
			text:  "The company issued a statement saying that “the plant will stay open through the winter.”",
			want:  []want{{speaker: "company", content: "the plant will stay open through the winter"}},
			count: 1,
		},
		{
			name:  "issued a statement saying a quotation: the author speaks, not the statement",
			text:  "The union issued a statement saying “members will vote on the offer next week.”",
			want:  []want{{speaker: "union", content: "members will vote on the offer next week", mention: "The union"}},
			count: 1,
		},
		{
			name:  "put out a statement saying: the author speaks",
			text:  "His office put out a statement saying the state “does not have the capacity to vet every refugee.”",
			want:  []want{{content: "does not have the capacity", mention: "His office"}},
			count: 1,
		},
		{
			name:  "those addressed before saying are no speaker",
			text:  "Senator Ann Lee emailed supporters saying: “The struggle continues, and we will win this fight.”",
			want:  []want{{speaker: "Ann Lee", content: "The struggle continues", direct: 1}},
			count: 1,
		},
		{
			name: "a transcript's turns: the label speaks, whatever verbs the turn holds",
			text: "Chris Matthews interviewed Governor Mary Fallin on Friday.\n\nMATTHEWS: Do you think the senator has campaigned as a healer?\n\nFALLIN: Well, I think the whole nation needs to work together on this. We all need to work towards unity.\n\nUpdate: The latest count in the race.",
			want: []want{
				{content: "Do you think the senator has campaigned as a healer", mention: "MATTHEWS"},
				{content: "Well, I think the whole nation needs to work together on this. We all need to work towards unity", mention: "FALLIN"},
			},
			count: 2,
		},
		{
			name: "a turn that asks keeps its question mark, in its first sentence or a later one",
			text: "Chris Matthews interviewed Governor Mary Fallin on Friday.\n\nMATTHEWS: Why not debate?\n\nFALLIN: We will debate in the fall.\n\nMATTHEWS: You agreed to four debates in May. Why not debate in June?\n\nUpdate: The latest count in the race.",
			want: []want{
				{content: "Why not debate?", mention: "MATTHEWS"},
				{content: "You agreed to four debates in May. Why not debate in June?", mention: "MATTHEWS"},
			},
		},
		{
			name:  "with the senator calling the move",
			text:  "The council voted to close the shelter, with the senator calling the move “deeply troubling.”",
			want:  []want{{content: "deeply troubling", mention: "the senator", cue: "calling"}},
			count: 1,
		},
		{
			name:  "a long appositive subject before the verb",
			text:  "The former chairman of the state's largest teachers union and a longtime critic of the plan, Mark Ellison, said the vote was rushed.",
			want:  []want{{speaker: "Mark Ellison", content: "the vote was rushed"}},
			count: 1,
		},
		{
			name:  "a long title before the name",
			text:  "Republican pollster and longtime adviser to three governors Sam Reyes said the race was tightening.",
			want:  []want{{speaker: "Sam Reyes", content: "the race was tightening"}},
			count: 1,
		},
		{
			name: "verbs of speech no lexicon lists, after a quotation",
			text: "“It was a wonderful night for all of us,” gushed Ann Lee.\n\n“Nobody reads the fine print,” Tom Hale quipped.",
			want: []want{
				{speaker: "Ann Lee", content: "It was a wonderful night for all of us", direct: 1},
				{speaker: "Tom Hale", content: "Nobody reads the fine print", direct: 1},
			},
			count: 2,
		},
		{
			name:  "a subject with prepositional phrases: the place is not the speaker",
			text:  "Some delegates at the convention in Springfield said they welcomed attention to the issue.",
			want:  []want{{content: "they welcomed attention to the issue", mention: "Some delegates at the convention in Springfield"}},
			count: 1,
		},
		{
			name:  "a long subject and a comma before the verb, with a pronoun after it",
			text:  "Dan Wells of the First Baptist Church in Marion, said he had made more than 150 phone calls to other pastors.",
			want:  []want{{speaker: "Dan Wells", content: "he had made more than 150 phone calls"}},
			count: 1,
		},
		{
			name: "a relative clause between the subject and the verb",
			text: "Republicans who voted for Trump said the race was over.\n\nBut progressive groups that have endorsed him say they believe delegates should choose the winner.",
			want: []want{
				{content: "the race was over", mention: "Republicans who voted for Trump"},
				{content: "they believe delegates should choose the winner", mention: "progressive groups that have endorsed him"},
			},
			count: 2,
		},
		{
			name: "a participle after a clause whose subject is a common noun",
			text: "The inquiry went on.\n\nThe departments declined to provide any documentation, saying they cannot discuss the case because of the investigation.\n\nOther Republicans echoed those comments, saying the strategy is inadequate to the threat.",
			want: []want{
				{content: "they cannot discuss the case", mention: "The departments", cue: "saying"},
				{content: "the strategy is inadequate to the threat", mention: "Other Republicans", cue: "saying"},
			},
			count: 2,
		},
		{
			name: "a share of those polled speaks",
			text: "The poll came out Monday.\n\nOn social issues, 42% say they are liberal on most questions.\n\nBut only 47 percent of all voters said they would vote for her.\n\nJust shy of half, 49%, say the economy is improving.\n\nAbout one in five say they would not vote at all in November.",
			want: []want{
				{content: "they would not vote at all in November", mention: "About one in five"},
				{content: "they are liberal on most questions", mention: "42%"},
				{content: "they would vote for her", mention: "only 47 percent of all voters"},
				{content: "the economy is improving", mention: "49%"},
			},
			count: 4,
		},
		{
			name: "told the outlet: the one told is no inverted speaker",
			text: "The race tightened.\n\nOne delegate not on the Cruz slate, Kelly Smith, told POLITICO she was leaning toward Cruz.\n\nAnd it was no accident — Brendan Buck, a spokesman for Ryan, told POLITICO that the speaker gave Priebus a heads up.",
			want: []want{
				{speaker: "Kelly Smith", content: "she was leaning toward Cruz", audience: "POLITICO"},
				{speaker: "Brendan Buck", content: "the speaker gave Priebus a heads up"},
			},
			count: 2,
		},
		{
			name: "a quotation standing alone goes on from the quoted statement, not a reported one in its circumstance",
			text: "“They are not terminable at will,” spokesman Ron Lee told the Journal in July, after the mayor stated an interest in ending the deals. “These contracts are fully binding.”",
			want: []want{
				{speaker: "Ron Lee", content: "They are not terminable at will", direct: 1},
				{speaker: "Ron Lee", content: "These contracts are fully binding.", direct: 1},
			},
		},
		{
			name: "a relative clause or an aside between commas before the verb",
			text: "The race went on.\n\nMrs. Ann Lee, who did not explicitly say that her rival was unqualified, said on Wednesday that he had not done his homework.\n\nTom Hale, though, said he is with the governor.",
			want: []want{
				{speaker: "Ann Lee", content: "he had not done his homework"},
				{speaker: "Tom Hale", content: "he is with the governor"},
			},
		},
		{
			name: "a subject with prepositional phrases and an appositive",
			text: "The papers weighed in.\n\nSix Gannett newspapers in New Jersey, including the Asbury Park Press, said he is no longer fit to be governor.\n\nThe director of the European Centre, Ina Kirsch, told the AP her group never worked with the firm.",
			want: []want{
				{speaker: "Six Gannett newspapers", content: "he is no longer fit to be governor"},
				{speaker: "Ina Kirsch", content: "her group never worked with the firm"},
			},
			count: 2,
		},
		{
			name: "a subject before an aside between dashes, and with a place before its relative clause",
			text: "The count went on.\n\nInsiders in both states — Nevada and South Carolina — said it is important that she close the gap.\n\nDemocrats in Iowa who watched the Saturday debate said they were unfazed by the flap.",
			want: []want{
				{content: "it is important that she close the gap", mention: "Insiders in both states — Nevada and South Carolina —"},
				{content: "they were unfazed by the flap", mention: "Democrats in Iowa who watched the Saturday debate"},
			},
			count: 2,
		},
		{
			name: "a subject whose verb the noun phrase took in, after a wire dateline",
			text: "The hearing ended.\n\nORLANDO, Fla. (Reuters) - Senator Ann Lee met survivors on Thursday and said the state must act.\n\nThe Arizona Republican survived five years in prison and says such techniques are inhumane.",
			want: []want{
				{speaker: "Ann Lee", content: "the state must act"},
				{content: "such techniques are inhumane", mention: "The Arizona Republican"},
			},
			count: 2,
		},
		{
			name: "an appositive after coordinated names, and after a word that links the sentence",
			text: "The debate went on.\n\nTodd Wilcox and Carlos Beruff, a Sarasota Republican, argued that the department is not needed.\n\nYet Democratic economists, like their Republican counterparts, say taxing consumption encourages savings.",
			want: []want{
				{content: "the department is not needed", mention: "Todd Wilcox and Carlos Beruff, a Sarasota Republican"},
				{content: "taxing consumption encourages savings", mention: "Democratic economists, like their Republican counterparts"},
			},
			count: 2,
		},
		{
			name: "a subject before an aside between double hyphens, and a name with its party and state before a comma",
			text: "The race went on.\n\nA former Republican candidate -- John Hale, who lost the 2008 election -- said the president offered no changes.\n\nHill Democrats were vague. Sen. Jack Reed (D-R.I.), said after a lunch on Tuesday that he had not read the plan.",
			want: []want{
				{content: "the president offered no changes", mention: "A former Republican candidate -- John Hale, who lost the 2008 election --"},
				{speaker: "Jack Reed", content: "he had not read the plan"},
			},
			count: 2,
		},
		{
			name:  "a list of names and a noun with prepositional phrases",
			text:  "Donors have changed.\n\nMs. Ann Lee, Mrs. Rao and prominent bundlers in both parties said their networks were now mostly women.",
			want:  []want{{content: "their networks were now mostly women", mention: "Ms. Ann Lee, Mrs. Rao and prominent bundlers in both parties"}},
			count: 1,
		},
		{
			name:  "a subject with prepositional phrases in a clause after a subordinator",
			text:  "The crowd cheered when the mayor of the city said the bridge would reopen in May.",
			want:  []want{{content: "the bridge would reopen in May", mention: "the mayor of the city"}},
			count: 1,
		},
		{
			name:  "as X noted, after a word linking the sentence",
			text:  "The race was close.\n\nBut as Jim Clyburn noted, those voters will give Sanders a second look if he starts winning.",
			want:  []want{{speaker: "Jim Clyburn", content: "those voters will give Sanders a second look"}},
			count: 1,
		},
		{
			name:  "an adverb between the subject and the verb",
			text:  "The campaign went on.\n\nSenator Ted Cruz gingerly said the outcome was an assessment the voters would make.",
			want:  []want{{speaker: "Ted Cruz", content: "the outcome was an assessment the voters would make", mention: "Senator Ted Cruz"}},
			count: 1,
		},
		{
			name:  "a thing called by its name is no statement",
			text:  "Later on Sunday, Ben Carson shared a syllabus for a 2002 psychology class called “Perception” on his page, writing “Allow me to do the research for the reporter.”",
			want:  []want{{speaker: "Ben Carson", content: "Allow me to do the research for the reporter", cue: "writing"}},
			count: 1,
		},
		{
			name:  "a fronted said: the speaker, then the quotation",
			text:  "Said Jane Poole, who grew up with him in the neighborhood, “We were all so proud of him.”",
			want:  []want{{speaker: "Jane Poole", content: "We were all so proud of him", direct: 1}},
			count: 1,
		},
		{
			name:     "a headline the body reports again is no statement of its own",
			text:     "Mayor Says City Will Rebuild The Old Harbor Bridge\n\nMayor Ann Lee said Tuesday the city would rebuild the old harbor bridge by spring.",
			headline: true,
			want:     []want{{speaker: "Ann Lee", content: "the city would rebuild the old harbor bridge"}},
			count:    1,
		},
		{
			name:     "a headline the body does not report stays",
			text:     "Mayor Says City Will Rebuild The Old Harbor Bridge\n\nMayor Ann Lee said Tuesday the budget would be ready in May.",
			headline: true,
			want: []want{
				{content: "City Will Rebuild The Old Harbor Bridge"},
				{speaker: "Ann Lee", content: "the budget would be ready in May"},
			},
			count: 2,
		},
		{
			name: "a quotation with its own attribution after a reported clause is that attribution's",
			text: "The rally went on.\n\nIn her speech, Ann Lee warned that the vote would be close: “Nobody else is going to fix this for us,” she said.",
			want: []want{
				{speaker: "Ann Lee", content: "the vote would be close", cue: "warned"},
				{speaker: "Ann Lee", content: "Nobody else is going to fix this for us", cue: "said", mention: "she", direct: 1},
			},
			count: 2,
		},
		{
			name: "a participle after the circumstance of a quotation's attribution is the speaker's next statement",
			text: "“We will carry this state by a wide margin,” Ann Lee said on Monday before adding: “Nobody should doubt that for a second.”",
			want: []want{
				{speaker: "Ann Lee", content: "We will carry this state by a wide margin", cue: "said", direct: 1},
				{speaker: "Ann Lee", content: "Nobody should doubt that for a second", cue: "adding", direct: 1},
			},
			count: 2,
		},
		{
			name: "a verb of speech after to, with a quotation or that: the subject before the verbs speaks",
			text: "The debate was calm.\n\nMayor Ann Lee was prompted to say, “I cannot believe how civil it has been up here tonight.”\n\nSenator Tom Gray went so far as to say: “This chamber as we know it is over.”\n\nBut Gray was quick to add that the deal would not include a new tax.",
			want: []want{
				{speaker: "Ann Lee", content: "I cannot believe how civil it has been", direct: 1},
				{speaker: "Tom Gray", content: "This chamber as we know it is over", direct: 1},
				{speaker: "Tom Gray", content: "the deal would not include a new tax", cue: "add"},
			},
			count: 3,
		},
		{
			name: "a quotation over several paragraphs after a colon that ends its paragraph goes on from the statement",
			text: "The hearing opened.\n\nSenator Ann Lee stated:\n\n“The department has lost its way. It no longer serves the people of this state.\n\n“The latest example is the lawsuit against the county over its budget.”",
			want: []want{
				{speaker: "Ann Lee", content: "The department has lost its way"},
				{speaker: "Ann Lee", content: "The latest example is the lawsuit against the county"},
			},
			count: 2,
		},
		{
			name: "an attribution closing a sentence reports the statement nested before it",
			text: "The council met on Monday.\n\nMayor Ann Lee said the plan “would never pass the council,” her former aide Tom Gray recalled.",
			want: []want{
				{speaker: "Ann Lee", content: "the plan “would never pass the council"},
				{speaker: "Tom Gray", content: "Ann Lee said the plan “would never pass the council", cue: "recalled"},
			},
			count: 2,
		},
		{
			name: "a relative clause's statement ending in a quotation: its subject goes on with the verb after it",
			text: "The council met on Monday.\n\nSenator Tom Gray, who called the plan “a disaster for the county,” said the council would vote again in May.",
			want: []want{
				{speaker: "Tom Gray", content: "the council would vote again in May", cue: "said"},
			},
		},
		{
			name: "calling someone something names them, a quotation or not",
			text: "The race tightened.\n\nIn a fiery speech, Senator Ann Lee called him divisive and dangerous for the state.\n\nTom Gray calls himself a moderate Republican.",
			want: []want{
				{speaker: "Ann Lee", content: "him divisive and dangerous", cue: "called"},
				{speaker: "Tom Gray", content: "himself a moderate Republican", cue: "calls"},
			},
			count: 2,
		},
		{
			name:  "a call made is no statement",
			text:  "The race tightened.\n\nSenator Ann Lee called him on Monday to discuss the race. Tom Gray called it off after the storm. The crew called it a day.",
			count: -1,
		},
		{
			name: "after that, about is a number's, not the topic",
			text: "The plant stayed open.\n\nMayor Ann Lee revised her plans in October, saying that about 5,500 jobs would remain in the city.",
			want: []want{
				{speaker: "Ann Lee", content: "about 5,500 jobs would remain in the city", cue: "saying"},
			},
			count: 1,
		},
		{
			name: "as X noted, after a clause and its conjunction",
			text: "The audit ended.\n\nStaff can still be disciplined, and as Mayor Ann Lee noted, people involved in the case could lose their jobs.",
			want: []want{
				{speaker: "Ann Lee", content: "people involved in the case could lose their jobs", cue: "noted"},
			},
			count: 1,
		},
		{
			name: "asked by someone named: the one asking speaks, the answer is another statement",
			text: "The interview aired on Monday.\n\nAsked by host Tom Gray whether she had practiced the speech, Mayor Ann Lee said she read it once.",
			want: []want{
				{speaker: "Tom Gray", content: "whether she had practiced the speech", cue: "Asked by"},
				{speaker: "Ann Lee", content: "she read it once", cue: "said"},
			},
			count: 2,
		},
		{
			name: "asked by someone named, then the question quoted",
			text: "The interview aired on Monday.\n\nMayor Ann Lee was asked by host Tom Gray, who has backed her rival, “Will the bridge reopen this year?”",
			want: []want{
				{speaker: "Tom Gray", content: "Will the bridge reopen this year?", cue: "asked by", direct: 1},
			},
			count: 1,
		},
		{
			name: "asked by a debate's moderator, a role before the name",
			text: "The debate ran long.\n\nMayor Ann Lee was asked by moderator Tom Gray whether the bridge would reopen this year.",
			want: []want{
				{speaker: "Tom Gray", content: "whether the bridge would reopen this year", cue: "asked by"},
			},
			count: 1,
		},
		{
			name: "asked someone on a day what: the day does not end the one asked",
			text: "The interview aired on Monday.\n\nHost Tom Gray asked Lee Friday how the average voter should view the speaking fees.",
			want: []want{
				{speaker: "Tom Gray", content: "how the average voter should view the speaking fees"},
			},
			count: 1,
		},
		{
			name: "any verb before a colon that ends its paragraph leads in the quotation of the next",
			text: "The debate went on.\n\nSenator Tom Gray continued:\n\n“You look at the questions and you wonder who wrote them for this stage.”\n\nThe report listed the options:\n\nCut taxes. Raise spending.",
			want: []want{
				{speaker: "Tom Gray", content: "You look at the questions and you wonder", cue: "continued", direct: 1},
			},
			count: 1,
		},
		{
			name:  "a verb that adds no speech",
			text:  "The fund charged fees that added millions to its costs. She wrote the memo in June.",
			count: -1,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := clipping(tt.text, "2026-12-01", tt.headline)
			checkWanted(t, c, extract.Statements(c), tt.count, tt.want)
		})
	}
}

// checkWanted checks that got holds every statement of want and, when
// count is set, that many statements (count < 0: none).
func checkWanted(t *testing.T, c *digest.Clipping, got []digest.Statement, count int, want []want) {
	t.Helper()
	switch {
	case count < 0 && len(got) > 0:
		t.Errorf("want no statements, got %s", dump(got))
	case count > 0 && len(got) != count:
		t.Errorf("want %d statements, got %s", count, dump(got))
	}
	for _, w := range want {
		if !matchAny(c, got, w) {
			t.Errorf("missing %+v in %s", w, dump(got))
		}
	}
}
