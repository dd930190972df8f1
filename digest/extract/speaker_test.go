package extract_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/whosaid/whosaid/digest"
	"github.com/whosaid/whosaid/digest/extract"
)

// find returns the statement whose content holds content, or nil.
func find(got []digest.Statement, content string) *digest.Statement {
	for i := range got {
		if strings.Contains(got[i].Content, content) {
			return &got[i]
		}
	}
	return nil
}

// speakerCase is one case of the speaker tables (TestSpeakers,
// TestRoleSpeakers): a clipping, one statement's content and who says it.
type speakerCase struct {
	name, text, content string
	speaker             string
	speakers            []string
	title               string // "-": none
	vague, unsure       bool
	span                string // the speaker span's text, when set
	rules               bool   // read with the rules alone: the case is about who speaks, not which statements the model keeps
}

func TestSpeakers(t *testing.T) {
	runSpeakers(t, []speakerCase{
		{
			name:    "an inverted speaker with two titles joined by 'and'",
			text:    "Marchers filled the square.\n\n“The bridge will hold. We checked it twice,” said former Ohio Gov. and Party Chairman Tom Baxter.",
			content: "The bridge will hold. We checked it twice",
			speaker: "Tom Baxter",
			rules:   true,
		},
		{
			name:    "an inverted speaker known by a name",
			text:    "Marchers filled the square.\n\n“We stayed all night,” said the camp chief known as Walt.",
			content: "We stayed all night",
			speaker: "Walt",
			rules:   true,
		},
		{
			name:    "an inverted speaker with a long relative clause up to the sentence's stop",
			text:    "Marchers filled the square.\n\n“We were all fooled,” said a clerk of a shop that sells children's shoes who declined to be named for fear of trouble with the police.“We got nothing.”",
			content: "We were all fooled",
			speaker: "clerk of a shop that sells children's shoes who declined to be named for fear of trouble with the police",
			vague:   true,
			rules:   true,
		},
		{
			name:    "an inverted speaker with a relative clause",
			text:    "Marchers filled the square.\n\n“Nobody comes here anymore,” said one owner of a bakery that sells bread near the dock, who declined to be named.",
			content: "Nobody comes here anymore",
			span:    "one owner of a bakery that sells bread near the dock",
			vague:   true,
			speaker: "owner of a bakery that sells bread near the dock",
			rules:   true,
		},
		{
			name:    "a question in quotes, then a name and a past form the lexicon lacks",
			text:    "Dana Pell met the governor on Monday. \"Is this really the plan?\" said Pell.\n\n\"A toll on every bridge?\" Marlow pressed. \"Yes,\" said Pell.",
			content: "A toll on every bridge?",
			speaker: "Marlow",
		},
		{
			name:    "a quotation after a colon ends the sentence of a verb the lexicon lacks",
			text:    "“The bridge stays shut,” said Tom Arlen, a county engineer. Nora Valdes shrugged: “They said the same thing last winter.”",
			content: "They said the same thing last winter.",
			speaker: "Nora Valdes",
			rules:   true,
		},
		{
			name:     "a list with a plural title",
			text:     "Sens. Amy Klobuchar, Tim Kaine, Mark Warner and Chris Coons wrote that the bill was flawed.",
			content:  "the bill was flawed",
			speaker:  "Amy Klobuchar, Tim Kaine, Mark Warner and Chris Coons",
			speakers: []string{"Amy Klobuchar", "Tim Kaine", "Mark Warner", "Chris Coons"},
		},
		{
			name:    "a coordinated clause's named subject with an appositive speaks, not the first clause's",
			text:    "The agency maintains that it is still on track to meet the targets, and Rita Vance, its climate adviser, said she was preparing new models.",
			content: "she was preparing new models",
			speaker: "Rita Vance",
			title:   "climate adviser",
			rules:   true,
		},
		{
			name:    "a share after an opening phrase naming a poll: the poll reports it",
			text:    "In a state survey released last week, 64 percent of voters said the schools were improving.",
			content: "64 percent of voters said the schools were improving",
			speaker: "state survey",
			vague:   true,
			rules:   true,
		},
		{
			name:    "a share after a poll's verb and that: the poll reports it",
			text:    "A county poll in May showed that 58 percent of residents said the bridge should be rebuilt.",
			content: "that 58 percent of residents said the bridge should be rebuilt",
			speaker: "county poll",
			vague:   true,
			rules:   true,
		},
		{
			name:    "a share after polls and their verb without that",
			text:    "Polls show as many as 20 percent of his donors say they will give nothing this year.",
			content: "as many as 20 percent of his donors say they will give nothing this year",
			speaker: "Polls",
			rules:   true,
		},
		{
			name:    "a share after an opening phrase that names no poll speaks itself",
			text:    "In Ohio, 42 percent of voters said the tax was fair.",
			content: "the tax was fair",
			speaker: "42 percent of voters",
			vague:   true,
			rules:   true,
		},
		{
			name:     "two names before the cue",
			text:     "Bob Corker and Lindsey Graham said that the deal was bad.",
			content:  "the deal was bad",
			speaker:  "Bob Corker and Lindsey Graham",
			speakers: []string{"Bob Corker", "Lindsey Graham"},
		},
		{
			name:     "a place before a list is not one of it",
			text:     "In Washington, Bob Corker and Lindsey Graham said that the deal was bad.",
			content:  "the deal was bad",
			speaker:  "Bob Corker and Lindsey Graham",
			speakers: []string{"Bob Corker", "Lindsey Graham"},
		},
		{
			name:    "a named speaker and its backers",
			text:    "RT and its defenders say that the network is independent.",
			content: "the network is independent",
			speaker: "RT",
		},
		{
			name:    "an outlet's name is not completed to a person",
			text:    "Bloomberg reports that the Republican nominee has gained ground.",
			content: "the Republican nominee has gained ground",
			speaker: "Bloomberg",
		},
		{
			name:    "unnamed officials of a named body are the body",
			text:    "Facebook officials said that posts were reviewed more strictly.",
			content: "posts were reviewed more strictly",
			speaker: "Facebook",
		},
		{
			name:    "a person's aides stay vague",
			text:    "Mitch McConnell spoke on Monday. McConnell aides said that the vote was set.",
			content: "the vote was set",
			speaker: "McConnell aides",
			vague:   true,
		},
		{
			name:    "vague speakers are kept and marked",
			text:    "Officials said that the bridge would close for a month.",
			content: "the bridge would close for a month",
			speaker: "Officials",
			vague:   true,
		},
		{
			name:    "she is the woman, not the latest speaker",
			text:    "Donald Trump said that the polls were rigged. Hillary Clinton visited Ohio on Monday with Tim Kaine. She said that the visit went well.",
			content: "the visit went well",
			speaker: "Hillary Clinton",
		},
		{
			name:    "he is the subject, not the man named after him",
			text:    "Paul Ryan met reporters on Tuesday. Ryan did not sound confident when Jake Tapper asked about the House. “It is gonna be unpredictable,” he said.",
			content: "It is gonna be unpredictable",
			speaker: "Paul Ryan",
		},
		{
			name:    "a description links to the person it introduced",
			text:    "CNN host Jane Doe interviewed the senator on Monday. “We asked the hard questions,” the CNN host said.",
			content: "We asked the hard questions",
			speaker: "Jane Doe",
			title:   "CNN host",
		},
		{
			name:    "a description of a body links to the body named with it",
			text:    "The watchdog group OpenWatch filed a complaint on Monday. “This is unacceptable,” the group said.",
			content: "This is unacceptable",
			speaker: "OpenWatch",
		},
		{
			name:    "the campaign is the campaign named before",
			text:    "The Clinton campaign raised money in August. The campaign said that it had raised $143 million.",
			content: "it had raised $143 million",
			speaker: "Clinton campaign",
		},
		{
			name:    "the experts stay vague",
			text:    "Tax experts at the Urban Institute studied the plan. The experts said that the plan would cost more.",
			content: "the plan would cost more",
			speaker: "experts",
			vague:   true,
		},
		{
			name:    "the head of a long subject, and its whole title",
			text:    "John Roe, the reporter who broke the story about aide Mary Major, said that he had no regrets.",
			content: "he had no regrets",
			speaker: "John Roe",
			title:   "reporter",
		},
		{
			name:    "a title is the whole appositive",
			text:    "Sara Kim, president of the marketing association's local chapter, said that the dinner was sold out.",
			content: "the dinner was sold out",
			speaker: "Sara Kim",
			title:   "president of the marketing association's local chapter",
		},
		{
			name:    "a month after a first name is a surname",
			text:    "British Prime Minister Theresa May said that the country would leave.",
			content: "the country would leave",
			speaker: "Theresa May",
		},
		{
			name:    "a courtesy title keeps a man apart from a woman of his surname",
			text:    "Mr. Obama spoke on Saturday. Mr. Obama said that progress was on the ballot. Mr. Obama joined the gala. The first lady, Michelle Obama, will campaign too. “Tolerance is on the ballot,” Mr. Obama said.",
			content: "Tolerance is on the ballot",
			speaker: "Barack Obama",
		},
		{
			name:    "a plural noun opening a clause is its subject",
			text:    "Many days, former employees said, she would stay at the office past midnight.",
			content: "she would stay at the office past midnight",
			speaker: "former employees",
			vague:   true,
		},
		{
			name:    "people close to someone",
			text:    "The deal was dead, people close to the campaign said.",
			content: "The deal was dead",
			speaker: "people close to the campaign",
			span:    "people close to the campaign",
			vague:   true,
		},
		{
			name:    "a time is no speaker",
			text:    "The plan has a flaw, hours after Sanders said he was encouraged by it.",
			content: "he was encouraged by it",
			speaker: "Bernie Sanders",
			span:    "Sanders",
		},
		{
			name:    "a long subject before an appositive that holds a verb of speech",
			text:    "The clerk of nearly ten years, a lifelong Democrat who spoke on the condition of anonymity for fear of losing her job, said she was pregnant.",
			content: "she was pregnant",
			speaker: "clerk",
			vague:   true,
		},
		{
			name:    "the name an appositive gives a long subject",
			text:    "One of the authors of the 2013 report, Jane Roe, said the plan would fail.",
			content: "the plan would fail",
			speaker: "Jane Roe",
		},
		{
			name:    "a participle opening the sentence is no subject",
			text:    "Alarmed by the unrest in Nevada, Senator Harry Reid, the minority leader, said he spoke with Mr. Sanders.",
			content: "he spoke with Mr. Sanders",
			speaker: "Harry Reid",
			span:    "Senator Harry Reid, the minority leader",
		},
		{
			name:    "about before a number is no topic",
			text:    "The budget office said about half of the new costs came from tax cuts.",
			content: "about half of the new costs came from tax cuts",
			speaker: "budget office",
			vague:   true,
		},
		{
			name:    "a party's member as the subject that goes on",
			text:    "In an interview on Thursday, the Wisconsin Republican criticized the budget and said allies wanted to know the plan.",
			content: "allies wanted to know the plan",
			speaker: "Wisconsin Republican",
			span:    "the Wisconsin Republican",
		},
		{
			name:    "a share after a semicolon",
			text:    "On social issues, 53% describe themselves as liberal; 26% say they are conservative.",
			content: "they are conservative",
			speaker: "26%",
			vague:   true,
		},
		{
			name:    "a share in digits after with",
			text:    "Voters view her as ready - with 50 percent saying she is prepared.",
			content: "she is prepared",
			speaker: "50 percent",
			vague:   true,
		},
		{
			name:    "a long parenthesis after the name",
			text:    "Sen. Jane Doe (a Vermont Democrat so young she has been mistaken for an intern) says she was unfocused.",
			content: "she was unfocused",
			speaker: "Jane Doe",
		},
		{
			name:    "a participle's clause after the subject",
			text:    "Democrats trying to regain control of the Senate say they have a new weapon.",
			content: "they have a new weapon",
			speaker: "Democrats",
			span:    "Democrats trying to regain control of the Senate",
			vague:   true,
		},
		{
			name:    "a party's members go on after their relative clause",
			text:    "Republicans, who hold a majority in the Senate, have blocked the measures, saying they infringe on rights.",
			content: "they infringe on rights",
			speaker: "Republicans",
			vague:   true,
		},
		{
			name:    "a verb of speech in -ing opening the sentence",
			text:    "Noting that the budget office had doubled its estimate, Kowalski reminded voters of the plan.",
			content: "the budget office had doubled its estimate",
			speaker: "Kowalski",
		},
		{
			name:    "a second clause with its own subject and verb of speech",
			text:    "The nominee explained that the director meant her interviews - but she also insisted that her other statements were consistent.",
			content: "her other statements were consistent",
			speaker: "nominee",
			span:    "she",
			vague:   true,
		},
		{
			name:    "a pronoun with its auxiliary contracted",
			text:    "Jane Kowalski ran for mayor twice. While she’s said she believes the plan is fair, she voted against it.",
			content: "she believes the plan is fair",
			speaker: "Jane Kowalski",
			span:    "she’s",
		},
		{
			name:    "a relative pronoun with its auxiliary contracted",
			text:    "The plan has support among the superdelegates who've said they back the mayor.",
			content: "they back the mayor",
			speaker: "superdelegates",
			span:    "the superdelegates who've",
			vague:   true,
		},
		{
			name:    "a number after a determiner",
			text:    "Even so, insiders in the next two states — Nevada and South Carolina — said the gap is closing.",
			content: "the gap is closing",
			speaker: "insiders",
			vague:   true,
		},
		{
			name:    "people privy to something",
			text:    "But multiple sources privy to negotiations say the leaders insisted on acting now.",
			content: "the leaders insisted on acting now",
			speaker: "multiple sources privy to negotiations",
			span:    "multiple sources privy to negotiations",
			vague:   true,
		},
		{
			name:    "a time phrase before the subject that goes on",
			text:    "The day before, at a rally in Ohio, Mr. Kowalski was just as blunt, claiming that the plan had failed.",
			content: "the plan had failed",
			speaker: "Kowalski",
			span:    "Mr. Kowalski",
		},
		{
			name:    "a date without a comma before the subject that goes on",
			text:    "On Sunday morning Mr. Kowalski made another attempt to deflect the criticism, writing on Twitter that the real issue was terrorism.",
			content: "the real issue was terrorism",
			speaker: "Kowalski",
			span:    "Mr. Kowalski",
		},
		{
			name:    "even before the subject that goes on",
			text:    "And even Kowalski tried to help them off the hook, noting that he would demur too.",
			content: "he would demur too",
			speaker: "Kowalski",
		},
		{
			name:    "an en dash before a participle of speech",
			text:    "Kowalski flipped his choice on the spot – saying he was rooting for Denver.",
			content: "he was rooting for Denver",
			speaker: "Kowalski",
		},
		{
			name:     "a quantifier floating after the subject",
			text:     "Jane Kowalski and Tom Nowak have both argued that the factory jobs were lost to bad trade rules.",
			content:  "the factory jobs were lost to bad trade rules",
			speaker:  "Jane Kowalski and Tom Nowak",
			speakers: []string{"Jane Kowalski", "Tom Nowak"},
			span:     "Jane Kowalski and Tom Nowak",
		},
		{
			name:    "a time before a clause is no subject",
			text:    "Years after Jane Kowalski claimed that the era of big government was over, the party changed course.",
			content: "the era of big government was over",
			speaker: "Jane Kowalski",
			span:    "Jane Kowalski",
		},
		{
			name:    "a source close to him",
			text:    "Still, Kowalski will be re-evaluating how he approaches his colleagues, a source close to him said.",
			content: "Kowalski will be re-evaluating how he approaches his colleagues",
			speaker: "source",
			span:    "a source close to him",
			vague:   true,
		},
		{
			name:    "a participle goes on from the nearest clause's subject",
			text:    "Kowalski pivoted to talking about trade, but Nowak brought him back to the attacks, asking Kowalski to share his views.",
			content: "Kowalski to share his views",
			speaker: "Nowak",
		},
		{
			name:    "the nearest clause's subject before an irregular past",
			text:    "Kowalski attacked the mayor on Monday, but the senator hit back, saying the attacks were lies.",
			content: "the attacks were lies",
			speaker: "senator",
			span:    "the senator",
			vague:   true,
		},
		{
			name:    "who after a place is the person before it",
			text:    "\"I came to vote,\" said Nicky Kowalski, 24, from Manchester, who said the senator is best suited to lead.",
			content: "the senator is best suited to lead",
			speaker: "Nicky Kowalski",
		},
		{
			name:    "a poll named with a slash",
			text:    "According to a Reuters/Ipsos poll, the two candidates are in a dead heat nationally.",
			content: "the two candidates are in a dead heat nationally",
			speaker: "Reuters/Ipsos poll",
		},
		{
			name:    "a long source after according to",
			text:    "According to early results of exit polls conducted for the Associated Press and television networks by Edison Research, most voters in each state feel down.",
			content: "most voters in each state feel down",
			speaker: "Edison Research",
			span:    "early results of exit polls conducted for the Associated Press and television networks by Edison Research",
		},
		{
			name:    "an opening adverb or participle is no subject",
			text:    "Jane Kowalski spoke in Ohio. Hastily politicizing the tragedy, Jane Kowalski cast the blame on her rivals, and emphasized the threat that terror poses.",
			content: "the threat that terror poses",
			speaker: "Jane Kowalski",
			span:    "Jane Kowalski",
		},
		{
			name:    "a dateline of two words in capitals",
			text:    "LA CROSSE, Wisc. — Gov. Jane Kowalski on Thursday blamed the media for the flap, saying they were nitpicking.",
			content: "they were nitpicking",
			speaker: "Jane Kowalski",
			span:    "Gov. Jane Kowalski",
		},
		{
			name:    "who after an appositive is the person it describes",
			text:    "\"We are gearing up,\" said Jane Kowalski, the chief strategist of the Chamber of Commerce, who added that her group would focus on local races.",
			content: "her group would focus on local races",
			speaker: "Jane Kowalski",
			rules:   true,
		},
		{
			name:    "a number of people opening a clause",
			text:    "While 86 percent of the members backed the mayor, 43 said the same for the governor.",
			content: "the same for the governor",
			speaker: "43",
			vague:   true,
		},
		{
			name:    "since between the auxiliary and the verb",
			text:    "Jane Kowalski ran in 2012. She has since said that she attended because it would be fun.",
			content: "she attended because it would be fun",
			speaker: "Jane Kowalski",
			span:    "She",
		},
		{
			name:    "a dateline with its agency",
			text:    "Washington (AFP) – Democrat Jane Kowalski has taken a swipe at her rival's stance on trade, saying that bombastic comments do more harm than good.",
			content: "bombastic comments do more harm than good",
			speaker: "Jane Kowalski",
			span:    "Democrat Jane Kowalski",
		},
		{
			name:    "the subject that goes on is named by its appositive",
			text:    "The mayor's state director, Mike Rubino, reached out to the firm, writing in an email that the plan was ready.",
			content: "the plan was ready",
			speaker: "Mike Rubino",
			span:    "The mayor's state director, Mike Rubino",
		},
		{
			name:    "a place's officials",
			text:    "Some Arizona officials said the problems were a miscalculation.",
			content: "the problems were a miscalculation",
			speaker: "Arizona officials",
			vague:   true,
		},
	})
}

// runSpeakers finds each case's statement and checks its speaker.
func runSpeakers(t *testing.T, tests []speakerCase) {
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := clipping(tt.text, "2016-09-20", false)
			got := extract.Statements(c)
			if tt.rules {
				got = extract.Rules.Statements(c)
			}
			st := find(got, tt.content)
			if st == nil {
				t.Fatalf("no statement %q in %s", tt.content, dump(got))
			}
			if st.Speaker != tt.speaker || !slices.Equal(st.Speakers, tt.speakers) || st.SpeakerVague != tt.vague || st.SpeakerUnsure != tt.unsure {
				t.Errorf("speaker %q %q vague=%v unsure=%v, want %q %q vague=%v unsure=%v",
					st.Speaker, st.Speakers, st.SpeakerVague, st.SpeakerUnsure, tt.speaker, tt.speakers, tt.vague, tt.unsure)
			}
			if sp := tt.text[st.SpeakerSpan[0]:st.SpeakerSpan[1]]; tt.span != "" && sp != tt.span {
				t.Errorf("speaker span %q, want %q", sp, tt.span)
			}
			if tt.title == "-" && st.SpeakerTitle != "" || tt.title != "" && tt.title != "-" && st.SpeakerTitle != tt.title {
				t.Errorf("title %q, want %q", st.SpeakerTitle, tt.title)
			}
		})
	}
}

// TestUnsurePronoun checks that a he opening a paragraph, with two men in
// the paragraph before about as salient, is resolved to the likelier and
// marked unsure, and that the same he inside the paragraph is not.
func TestUnsurePronoun(t *testing.T) {
	for _, tc := range []struct {
		sep    string
		unsure bool
	}{{"\n\n", true}, {" ", false}} {
		text := "John Brown met reporters after Tom Smith said that the talks were over." + tc.sep + "He said that the talks would resume in May."
		got := extract.Statements(clipping(text, "2016-09-20", false))
		st := find(got, "the talks would resume")
		if st == nil {
			t.Fatalf("no statement in %s", dump(got))
		}
		if st.Speaker == "" || st.SpeakerUnsure != tc.unsure {
			t.Errorf("separator %q: speaker %q unsure=%v, want unsure=%v", tc.sep, st.Speaker, st.SpeakerUnsure, tc.unsure)
		}
	}
}

// TestSpeakerAliases checks that a speaker's first statement carries the
// other forms the clipping writes the name in, and later ones do not.
func TestSpeakerAliases(t *testing.T) {
	got := extract.Statements(clipping("Kremlin spokesman Dmitry Peskov said that the talks stalled. Peskov said that Moscow would wait.", "2025-07-29", false))
	if len(got) != 2 {
		t.Fatalf("want 2 statements, got %s", dump(got))
	}
	if !slices.Contains(got[0].SpeakerAliases, "Kremlin spokesman Dmitry Peskov") || len(got[1].SpeakerAliases) != 0 {
		t.Errorf("aliases %q then %q", got[0].SpeakerAliases, got[1].SpeakerAliases)
	}
}
