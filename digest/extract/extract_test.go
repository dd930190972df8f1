package extract_test

import (
	"strings"
	"testing"

	"github.com/whosaid/whosaid/digest"
	"github.com/whosaid/whosaid/digest/extract"
)

// want is one statement a case expects. Content must be contained in the
// extracted content; the other fields are checked when set.
type want struct {
	speaker  string
	content  string
	direct   int    // 0: not checked, 1: direct, -1: reported
	saidOn   string // "-" for unknown
	via      string // comma-separated; "-" for none
	audience string // "-" for none
	mention  string // the text of speaker_span
	title    string // "-" for none
	cue      string
}

// statementCase is one case of the statement tables (TestStatements,
// TestStatementDates): a clipping and what must and must not come of it.
type statementCase struct {
	name     string
	text     string
	pub      string
	headline bool
	want     []want
	none     []string // contents that must not be extracted
	count    int      // exact number of statements, when > 0
}

func TestStatements(t *testing.T) {
	runStatements(t, []statementCase{
		{
			name: "quote then speaker and cue",
			text: "“So far, the process is going nowhere fast,” Kremlin spokesman Dmitry Peskov told reporters.",
			pub:  "2025-07-29",
			want: []want{{speaker: "Dmitry Peskov", content: "So far, the process is going nowhere fast", direct: 1,
				audience: "reporters", title: "Kremlin spokesman", mention: "Kremlin spokesman Dmitry Peskov", saidOn: "2025-07-29", cue: "told reporters"}},
			count: 1,
		},
		{
			name: "speaker in the middle of a quote",
			text: "“A freeze takes time to end,” Peskov said. “Too much damage has been done.”",
			want: []want{
				{speaker: "Peskov", content: "A freeze takes time to end", direct: 1},
				{speaker: "Peskov", content: "Too much damage has been done.", direct: 1, mention: "Peskov"},
			},
			count: 2,
		},
		{
			name:  "quote split around its attribution in one sentence",
			text:  "Mayor Ann Lee spoke first.\n\n“We will not bow,” she said, “and we will not leave.”",
			want:  []want{{speaker: "Ann Lee", content: "We will not bow … and we will not leave.", direct: 1, cue: "said"}},
			count: 1,
		},
		{
			name:  "inverted cue with an of-phrase after the name",
			text:  "“There is a passion for him,” said Robert Antonacci of the state delegation.",
			want:  []want{{speaker: "Robert Antonacci", content: "There is a passion for him", direct: 1}},
			count: 1,
		},
		{
			name:  "inverted cue with a when-clause after the name",
			text:  "“That is treason,” said Dan Golvach when asked about the senator.",
			want:  []want{{speaker: "Dan Golvach", content: "That is treason", direct: 1}},
			count: 1,
		},
		{
			name: "a few words lead into a quotation that goes on, of three words or more, with the lead",
			text: "“We were not very happy at first,” said Jock Finlayson, an economist. Now, “within the business community there is a sizable constituency saying this is fine.” Since then, prices had “fallen off a cliff.”",
			want: []want{
				{speaker: "Jock Finlayson", content: "We were not very happy at first", direct: 1},
				{speaker: "Jock Finlayson", content: "Now, “within the business community there is", direct: 1},
				{speaker: "Jock Finlayson", content: "Since then, prices had “fallen off a cliff", direct: 1},
			},
			count: 3,
		},
		{
			name:  "a short scare quote after a few words stays unattributed",
			text:  "“We were not very happy at first,” said Jock Finlayson, an economist. Prices had “cratered.”",
			want:  []want{{speaker: "Jock Finlayson", content: "We were not very happy at first", direct: 1}},
			none:  []string{"cratered"},
			count: 1,
		},
		{
			name:  "called ends with the name it gives",
			text:  "In April, Trump called the plant plans “an absolute disgrace,” and threatened to impose a 35 percent tariff.",
			want:  []want{{speaker: "Donald Trump", content: "the plant plans “an absolute disgrace,”"}},
			none:  []string{"tariff"},
			count: 1,
		},
		{
			name: "a name and a colon after a dash or more from",
			text: "Pollster Carl Bialik wrote a column.\n\nPollsters agree - Carl Bialik: “Keep on contacting voters as late as possible.”\n\nMore from Bialik: “That sounds like a wise approach.”",
			want: []want{
				{speaker: "Carl Bialik", content: "Keep on contacting voters", direct: 1, mention: "Carl Bialik"},
				{speaker: "Carl Bialik", content: "That sounds like a wise approach.", direct: 1, mention: "Bialik"},
			},
		},
		{
			name:  "a topic and a colon without a quotation is no statement",
			text:  "Senate races - Carl Bialik: a look at the map.",
			count: -1,
		},
		{
			name:  "inverted cue with a first name that is also a verb",
			text:  "“It is a pretty expensive business model,” said Will Doyle, a professor.",
			want:  []want{{speaker: "Will Doyle", content: "It is a pretty expensive business model", direct: 1, title: "professor"}},
			count: 1,
		},
		{
			name:  "asked someone to do something is a request",
			text:  "In a September letter, Donald Trump asked the network to donate the debate profits to veterans groups.",
			want:  []want{{speaker: "Donald Trump", content: "the network to donate the debate profits to veterans groups", direct: -1}},
			count: 1,
		},
		{
			name:  "asked someone about something is no statement",
			text:  "Donald Trump asked the network about the debate.",
			count: -1,
		},
		{
			name: "attribution inside a reported clause that goes on with that",
			text: "Vice President Joe Biden spoke.\n\nMr. Trump is so reckless, the vice president said, that if his son had enlisted, “I would have thrown my body in front of him.”",
			want: []want{
				{speaker: "Joe Biden", content: "Mr. Trump is so reckless … if his son had enlisted, “I would have thrown my body"},
			},
			count: 1, // one statement in two parts (join_aside.go)
		},
		{
			name: "inverted cue",
			text: "“It's unusual,” said Larry Noble, an attorney with the Campaign Legal Center.",
			want: []want{{speaker: "Larry Noble", content: "It's unusual", direct: 1, title: "attorney with the Campaign Legal Center"}},
		},
		{
			name: "reported speech with that and a weekday",
			text: "The Kremlin said Tuesday that talks with the United States have stalled.",
			pub:  "2025-07-29",
			want: []want{{speaker: "Kremlin", content: "talks with the United States have stalled", direct: -1, saidOn: "2025-07-29", mention: "The Kremlin"}},
		},
		{
			name: "reported speech before the attribution",
			text: "Moscow has never turned its back on the US, Putin told journalists on Friday.",
			pub:  "2025-09-05",
			// a bare surname in a clipping of 2025 stays bare: the table of
			// known people is news of 2015-2016 (TestKnownPeopleEra)
			want: []want{{speaker: "Putin", content: "Moscow has never turned its back on the US", direct: -1, saidOn: "2025-09-05", audience: "journalists"}},
		},
		{
			name: "according to after the content",
			text: "Russia is open to economic cooperation with America, according to the president.",
			want: []want{{content: "Russia is open to economic cooperation with America", mention: "the president"}},
		},
		{
			name: "according to before the content",
			text: "According to the Kremlin, U.S. officials have tied flights to a ceasefire.",
			want: []want{{speaker: "Kremlin", content: "U.S. officials have tied flights to a ceasefire", cue: "According to"}},
		},
		{
			name: "quoted as saying by agencies",
			text: "Dmitry Peskov spoke on Wednesday.\n\n\"Yes, such proposals were handed over,\" he was quoted as saying by TASS and Interfax.",
			want: []want{{speaker: "Dmitry Peskov", content: "Yes, such proposals were handed over", direct: 1, via: "TASS,Interfax", mention: "he", cue: "was quoted as saying"}},
		},
		{
			name: "cited as saying by a described agency",
			text: "“It may well be,” Kremlin spokesman Dmitry Peskov was cited as saying by the state-run TASS news agency after being asked.",
			want: []want{{speaker: "Dmitry Peskov", content: "It may well be", direct: 1, via: "TASS"}},
		},
		{
			name: "told an agency",
			text: "Kremlin spokesman Dmitry Peskov spoke.\n\nThe damage prevents this process from being quick, he told TASS on Friday.",
			pub:  "2025-09-05",
			want: []want{{speaker: "Dmitry Peskov", content: "prevents this process from being quick", via: "TASS", audience: "TASS", saidOn: "2025-09-05"}},
		},
		{
			name: "said on condition of anonymity because ...: why they spoke so, not what was said",
			text: "The talks will resume next week, a diplomat said on condition of anonymity because he was not allowed to speak. The port will reopen, an official said because she feared reprisals.",
			want: []want{{speaker: "diplomat", content: "The talks will resume next week"},
				{speaker: "official", content: "The port will reopen"}},
		},
		{
			name: "told someone only that: the adverb is not whom",
			text: "The mayor told reporters only that the plan was under review.",
			want: []want{{speaker: "mayor", content: "the plan was under review", audience: "reporters"}},
		},
		{
			name: "told an outlet on a day: the day is not whom",
			text: "Marcus Okafor told the Harbor Gazette in January that the project was fully funded. Ann Lee told CNN on Sunday that it was not, and told USA Today that the money was gone.",
			pub:  "2025-03-04",
			want: []want{
				{speaker: "Marcus Okafor", content: "the project was fully funded", via: "Harbor Gazette", audience: "the Harbor Gazette", saidOn: "2025-01"},
				{speaker: "Ann Lee", content: "it was not", via: "CNN", audience: "CNN", saidOn: "2025-03-02"},
				{speaker: "Ann Lee", content: "the money was gone", audience: "USA Today"},
			},
		},
		{
			name: "participles go on with the same speaker",
			text: "Moscow and Washington maintain contact at various levels, Peskov confirmed, adding that “dialogue channels do exist.”",
			want: []want{
				{speaker: "Peskov", content: "Moscow and Washington maintain contact at various levels"},
				{speaker: "Peskov", content: "dialogue channels do exist", mention: "Peskov"},
			},
			count: 2,
		},
		{
			name:  "partial quote inside reported speech",
			text:  "Peskov said the Kremlin had “taken into account” Trump’s latest ultimatum, but declined to comment on sanctions.",
			want:  []want{{speaker: "Peskov", content: "the Kremlin had “taken into account” Trump’s latest ultimatum", direct: -1}},
			none:  []string{"declined to comment"},
			count: 1,
		},
		{
			name:  "an exclamation in quotes, then a name with its appositive and the verb",
			text:  "“The vote is a disgrace,” Tom Belk said. “Nobody saw it coming!” Ann Whitlow, the head of the board, wrote on Friday.",
			want:  []want{{speaker: "Tom Belk", content: "The vote is a disgrace"}, {speaker: "Ann Whitlow", content: "Nobody saw it coming!"}},
			count: 2,
		},
		{
			name:  "an attribution inside a parenthesis has its content there",
			text:  "The deal drew anger from members (“I want my dues back,” wrote Ed Nolan, a welder in Akron, on Facebook), and the union is worried.",
			want:  []want{{speaker: "Ed Nolan", content: "I want my dues back"}},
			none:  []string{"drew anger"},
			count: 1,
		},
		{
			name: "a name and a verb of speech after 'and' start a statement of their own",
			text: "Ann Ruiz said the mayor was “dragging his feet” and Tom Belk says the plan is “dead on arrival.”",
			want: []want{{speaker: "Ann Ruiz", content: "the mayor was “dragging his feet”"}, {speaker: "Tom Belk", content: "the plan is “dead on arrival.”"}},
			none: []string{"and Tom Belk says"},
		},
		{
			name:  "a name after 'and' in one subject with a noun phrase goes on",
			text:  "Ann Ruiz said the council and Mayor Tom Belk agreed to “a fair deal” last week.",
			want:  []want{{speaker: "Ann Ruiz", content: "the council and Mayor Tom Belk agreed to “a fair deal” last week"}},
			count: 1,
		},
		{
			name:  "a that-clause going on after a quotation and its attribution",
			text:  "“It was bad luck,” Ruth Abara said, that both brothers had ties to the club.",
			want:  []want{{speaker: "Ruth Abara", content: "It was bad luck"}, {speaker: "Ruth Abara", content: "both brothers had ties to the club"}},
			count: 2,
		},
		{
			name:  "no that-clause after a quotation: a time",
			text:  "“It was bad luck,” Ruth Abara said, that night at the club.",
			want:  []want{{speaker: "Ruth Abara", content: "It was bad luck"}},
			none:  []string{"night"},
			count: 1,
		},
		{
			name: "the subject's next deed after a quoted phrase",
			text: "Peskov says he respects the envoy’s “patience and care” but argues that the talks cannot succeed this year.",
			want: []want{{speaker: "Peskov", content: "he respects the envoy’s “patience and care”", direct: -1}},
			none: []string{"care” but argues"},
		},
		{
			name:  "a noun in -ing is no next deed",
			text:  "Peskov said taxes and spending would rise next year.",
			want:  []want{{speaker: "Peskov", content: "taxes and spending would rise next year"}},
			count: 1,
		},
		{
			name: "a quote running over three paragraphs, each opened and only the last closed",
			text: "Obi said: \"This offer is an insult to every nurse in the country.\n\n\"We will ballot our members next week.\n\n\"Nobody wants to strike, but the government has left us no choice.\"\n\nThe ministry declined to comment.",
			want: []want{
				{speaker: "Obi", content: "This offer is an insult to every nurse in the country."},
				{speaker: "Obi", content: "We will ballot our members next week."},
				{speaker: "Obi", content: "Nobody wants to strike, but the government has left us no choice."},
			},
			count: 3,
		},
		{
			name: "closed quotations in the paragraphs after the next do not go on from a statement",
			text: "“Penguins are in decline,” the institute said.\n\n“Penguins”. Te Ara.\n\n“Members and partners”. Te Ara.\n\n“Creative life – Music”. Te Ara.",
			none: []string{"Members and partners", "Creative life – Music"},
		},
		{
			name: "an interview's turn under a full name runs to its paragraph's end",
			text: "Sara Lind, the envoy, spoke to us on Monday.\n\nSara Lind: It is on life support. Without deeper cuts this decade, we will miss it.",
			want: []want{{speaker: "Sara Lind", content: "It is on life support. Without deeper cuts this decade, we will miss it"}},
		},
		{
			name: "quote standing alone after a sentence naming the speaker",
			text: "Speaking with reporters, Peskov reiterated Moscow's willingness to restore ties with the U.S.\n\n“You know about our intentions. But you need two to tango, as they say.”",
			want: []want{{speaker: "Peskov", content: "But you need two to tango", direct: 1}},
		},
		{
			name:     "headline with a capitalised cue and single quotes",
			text:     "Kremlin Says Russia-U.S. Talks ‘Going Nowhere Fast’\n\nThe talks have stalled.",
			headline: true,
			want:     []want{{speaker: "Kremlin", content: "Russia-U.S. Talks ‘Going Nowhere Fast’"}},
		},
		{
			name:  "negations yield nothing",
			text:  "U.S. officials have not commented on the report. Peskov declined to comment on sanctions. He did not say when.",
			count: -1,
		},
		{
			name: "pronoun resolves to the latest speaker, not to a name inside the content",
			text: "Last month, the Russian president said that with Trump’s arrival, “a light at the end of the tunnel” had appeared. He also stated that Moscow is seeking a reset.\n\nRussian President Vladimir Putin and U.S. President Donald Trump met in Alaska.",
			pub:  "2025-09-05",
			want: []want{
				{speaker: "Vladimir Putin", content: "a light at the end of the tunnel", saidOn: "2025-08", mention: "the Russian president"},
				{speaker: "Vladimir Putin", content: "Moscow is seeking a reset", mention: "He"},
			},
		},
		{
			name: "title resolved to its holder named later",
			text: "Russia views worsening ties as a disappointment, President Vladimir Putin’s spokesman said Friday.\n\n“It may well be,” Kremlin spokesman Dmitry Peskov said.",
			pub:  "2017-12-29",
			want: []want{{speaker: "Dmitry Peskov", content: "Russia views worsening ties as a disappointment", saidOn: "2017-12-29", title: "Kremlin spokesman"}},
		},
		{
			name:  "a verb no lexicon knows between a quotation and its speaker",
			text:  "“We are thrilled with the outcome,” gushed Mayor Ann Lee.",
			want:  []want{{speaker: "Ann Lee", content: "We are thrilled with the outcome", direct: 1, cue: "gushed"}},
			count: 1,
		},
		{
			name:  "a thing adds no statement; writing a memo says nothing",
			text:  "The new fees that added millions to the fund were approved on Monday. John Smith, who wrote the memo, left the agency last year.",
			count: -1,
		},
		{
			name:  "a name, where it was said, a colon and a quotation",
			text:  "Senate vote delayed\n\nJane Doe, on Twitter: \"This is a disgrace and we will fight it.\"",
			want:  []want{{speaker: "Jane Doe", content: "This is a disgrace and we will fight it.", direct: 1}},
			count: 1,
		},
		{
			name: "what a statement says, its author says",
			text: "The company issued a statement saying that the decision was made with care.",
			want: []want{{speaker: "company", content: "the decision was made with care"}},
		},
		{
			name: "with the senator calling the move",
			text: "The vote split the chamber, with the senator calling the move “deeply troubling.”",
			want: []want{{mention: "the senator", content: "the move “deeply troubling"}},
		},
		{
			name: "said an aide",
			text: "The plan will collapse within a year, said an aide to the governor.",
			want: []want{{mention: "an aide", content: "The plan will collapse within a year"}},
		},
		{
			name: "appositive between speaker and cue",
			text: "Christopher Harvey, a delegate from Houston, Texas, said the turmoil was part of the circus.",
			want: []want{{speaker: "Christopher Harvey", content: "the turmoil was part of the circus"}},
		},
		{
			name: "NYT double apostrophes and courtesy titles",
			text: "''It's not a campaign anymore, it's a movement,'' said the younger Mr. Trump, surrounded by his siblings.",
			want: []want{{content: "It's not a campaign anymore, it's a movement", direct: 1}},
		},
		{
			name: "relative pronoun speaks for its antecedent",
			text: "The comments appeared to confirm a report by the news outlet BuzzFeed that said Moscow proposed “wholesale restoration of channels.”",
			want: []want{{speaker: "BuzzFeed", content: "Moscow proposed"}},
		},
		{
			name:  "long subjects: a described speaker named in apposition",
			text:  "A spokeswoman for Acme Hotels, Ann Lee, said the rooms were full.",
			want:  []want{{speaker: "Ann Lee", content: "the rooms were full", mention: "A spokeswoman for Acme Hotels, Ann Lee", cue: "said"}},
			count: 1,
		},
		{
			name:  "long subjects: the speaker after the content",
			text:  "The rooms were full and the bar was closed, said Theresa May, the prime minister.",
			want:  []want{{speaker: "Theresa May", content: "The rooms were full and the bar was closed", mention: "Theresa May", title: "prime minister", cue: "said"}},
			count: 1,
		},
		{
			name: "long subjects: a name with its appositive and a relative clause",
			text: "Michael Doe, the chief executive of Acme Corp., said the rooms were full. Ann Lee, the chief executive of Acme Hotels, which owns the bar, said it was closed.",
			want: []want{
				{speaker: "Michael Doe", content: "the rooms were full", mention: "Michael Doe, the chief executive of Acme Corp.", title: "chief executive of Acme Corp."},
				{speaker: "Ann Lee", content: "it was closed", title: "chief executive of Acme Hotels"},
			},
			count: 2,
		},
		{
			name: "a participle's speaker is the subject, past its verb phrase",
			text: "The former Republican presidential candidate went on, saying that the plan would fail.\n\n" +
				"And then Trump went fully on the attack, saying, “He should resign.”\n\n" +
				"Silverman incurred a wave of boos upon saying, “Hillary heard the passion of the people.”",
			want: []want{
				{content: "the plan would fail", mention: "The former Republican presidential candidate", cue: "saying"},
				{speaker: "Donald Trump", content: "He should resign.", mention: "Trump", direct: 1},
				{speaker: "Silverman", content: "Hillary heard the passion of the people.", direct: 1},
			},
			count: 3,
		},
		{
			name: "another of several speaks; the one asked, then the question quoted",
			text: "Two Republicans said Rubio would win. Yet another said, “Rubio is in a five-person battle.”\n\n" +
				"Trump then asked the buzzing crowd, “Can she stay? Can she stay?”",
			want: []want{
				{content: "Rubio would win", mention: "Two Republicans"},
				{content: "Rubio is in a five-person battle.", mention: "another", direct: 1},
				{speaker: "Donald Trump", content: "Can she stay? Can she stay?", direct: 1, cue: "asked"},
			},
			count: 3,
		},
		{
			name: "a quotation going on after a relative clause's statement is the named speaker's",
			text: "“Revenues are up a little, and so are rounds,” said Mr. Ekovich, who noted that prices had “cratered” to about half. “Things are moving in the right direction.”",
			want: []want{
				{speaker: "Ekovich", content: "Revenues are up a little", mention: "Mr. Ekovich"},
				{speaker: "Ekovich", content: "prices had", cue: "noted"},
				{speaker: "Ekovich", content: "Things are moving in the right direction.", mention: "Mr. Ekovich", direct: 1},
			},
			count: 3,
		},
		{
			name:  "a roundup's speaker after a long topic and a dash",
			text:  "RED STATES OUTNUMBER BLUE STATES FOR THE FIRST TIME IN A DECADE - Jeffrey M. Jones: “Twenty states are solidly Republican, compared with 14 solidly Democratic states.”",
			want:  []want{{speaker: "Jeffrey M. Jones", content: "Twenty states are solidly Republican", direct: 1, cue: ":"}},
			count: 1,
		},
		{
			name: "an outlet named after 'according to' carried the sentence's statement",
			text: "“I think one has to ask,” Martin O’Malley said at a press conference, according to Reuters.\n\n" +
				"“Nothing is settled,” Ann Lee said, according to her lawyers in a court filing.",
			want: []want{
				{speaker: "Martin O’Malley", content: "I think one has to ask", via: "Reuters"},
				{speaker: "Ann Lee", content: "Nothing is settled", via: "-"},
			},
			count: 2,
		},
		{
			name: "a roundup quotes two authors or a report",
			text: "IOWA POLLS NOT NECESSARILY WRONG, JUST TOO EARLY - Mark Blumenthal and Jon Cohen: “The polls failed to predict the win, but they were not dead wrong.”\n\n" +
				"Not all web panels are created equal - From the report: “Samples with more elaborate sampling produced more accurate results.”",
			want: []want{
				{content: "The polls failed to predict the win", mention: "Mark Blumenthal and Jon Cohen", direct: 1, cue: ":"},
				{content: "Samples with more elaborate sampling", mention: "the report", direct: 1, cue: ":"},
			},
			count: 2,
		},
		{
			name: "organisation with a country possessive",
			text: "In recent days, Russia’s Foreign Ministry has suggested there may be other retaliation against U.S. diplomats.",
			want: []want{{speaker: "Russian Foreign Ministry", content: "there may be other retaliation"}},
		},
		{
			name: "coordinated verbs keep the subject",
			text: "Trump accused Putin of holding “nice conversations.” He warned of new sanctions and said he may impose secondary tariffs.",
			want: []want{
				{speaker: "Donald Trump", content: "Putin of holding “nice conversations.”"},
				{speaker: "Donald Trump", content: "he may impose secondary tariffs", mention: "He"},
			},
		},
		{
			name: "she skips the latest speaker when he is a man",
			text: "Mrs. Ann Lee spoke first.\n\n“The bridge will reopen,” Mr. Bob Stone said.\n\n“We will rebuild it,” she said.",
			want: []want{
				{speaker: "Bob Stone", content: "The bridge will reopen"},
				{speaker: "Ann Lee", content: "We will rebuild it", mention: "she"},
			},
		},
		{
			name: "an indefinite title is described, not given to the clipping's main speaker",
			text: "Dmitry Peskov said the talks had stalled. Peskov said more.\n\nA senior Kremlin official said the talks would resume in May.",
			want: []want{{speaker: "senior Kremlin official", content: "the talks would resume in May"}},
		},
		{
			name:  "no statement from a sentence without a cue",
			text:  "The talks have stalled. “Going nowhere” is how one diplomat put it in private.",
			count: -1,
		},
		{
			name: "a share of those polled says one answer: the comparison and the next share are not its words",
			text: "The survey was released on Monday.\n\nIn the survey, 26 percent of Democrats say they have not been paying attention to the race, compared with 11 percent of Republicans.\n\nAbout 40 percent said “not too likely” and 14 percent said “not at all likely.”",
			want: []want{
				{content: "26 percent of Democrats say they have not been paying attention to the race", mention: "the survey"},
				{content: "not too likely", mention: "About 40 percent"},
				{content: "not at all likely", mention: "14 percent"},
			},
			none: []string{"compared with", "14 percent"},
		},
		{
			name: "a share's reading at the very end of a sentence",
			text: "The poll closed.\n\nIn the poll, 26 percent said they were undecided, and more than\n\nAbout 40 percent said yes, while a\n\nThey call",
			want: []want{{content: "they were undecided"}},
		},
	})
}

// runStatements extracts each case's clipping and checks its statements.
func runStatements(t *testing.T, tests []statementCase) {
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := clipping(tt.text, tt.pub, tt.headline)
			got := extract.Statements(c)
			for _, s := range got {
				if err := s.Validate(len(c.Text)); err != nil {
					t.Errorf("invalid: %v", err)
				}
				var parts []string
				for _, sp := range s.ContentSpans {
					parts = append(parts, digest.FoldSpace(c.Text[sp[0]:sp[1]]))
				}
				if c.Text[s.ContentSpan[0]:s.ContentSpan[1]] == "" || strings.Join(parts, " … ") != s.Content {
					t.Errorf("content %q does not match its parts %v", s.Content, s.ContentSpans)
				}
				for _, n := range tt.none {
					if strings.Contains(s.Content, n) {
						t.Errorf("unwanted content %q in %q", n, s.Content)
					}
				}
			}
			checkWanted(t, c, got, tt.count, tt.want)
		})
	}
}

func matchAny(c *digest.Clipping, got []digest.Statement, w want) bool {
	for _, s := range got {
		if !strings.Contains(s.Content, w.content) {
			continue
		}
		if w.speaker != "" && s.Speaker != w.speaker ||
			w.direct == 1 && !s.Direct || w.direct == -1 && s.Direct ||
			w.saidOn == "-" && (s.SaidOn != "" || s.SaidOnPrecision != digest.PrecisionUnknown) ||
			w.saidOn != "" && w.saidOn != "-" && s.SaidOn != w.saidOn ||
			w.via == "-" && len(s.Via) > 0 || w.via != "" && w.via != "-" && strings.Join(s.Via, ",") != w.via ||
			w.audience == "-" && s.Audience != "" || w.audience != "" && w.audience != "-" && s.Audience != w.audience ||
			w.mention != "" && c.Text[s.SpeakerSpan[0]:s.SpeakerSpan[1]] != w.mention ||
			w.title == "-" && s.SpeakerTitle != "" || w.title != "" && w.title != "-" && s.SpeakerTitle != w.title ||
			w.cue != "" && (s.Cue != w.cue || c.Text[s.CueSpan[0]:s.CueSpan[1]] != w.cue) {
			continue
		}
		return true
	}
	return false
}

func dump(ss []digest.Statement) string {
	var b strings.Builder
	for _, s := range ss {
		b.WriteString("\n\t")
		b.WriteString(s.Speaker + " [" + s.SpeakerTitle + "] " + s.Cue + " " + s.SaidOn + " via=" + strings.Join(s.Via, ",") + " to=" + s.Audience + ": " + s.Content)
	}
	if b.Len() == 0 {
		return "none"
	}
	return b.String()
}
