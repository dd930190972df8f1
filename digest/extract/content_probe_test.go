package extract_test

import "testing"

// TestProbeContents has the cases about what was said found by reading
// made-up clippings of forms no one tuned for.
func TestProbeContents(t *testing.T) {
	runStatements(t, []statementCase{
		{
			name: "the one warned over something is no statement",
			text: "Talks stalled.\n\nThe Norwegian government warned Portugal over the fishing quota on Monday.\n\nThe council chair criticised him over the delays.",
			pub:  "2026-03-04",
			none: []string{"Portugal over the fishing quota", "him over the delays"},
		},
		{
			name:     "a headline's one warned is no statement",
			text:     "Norway warns Portugal over fishing quota\n\nTalks stalled on Monday.",
			pub:      "2026-03-04",
			headline: true,
			none:     []string{"Portugal over fishing quota"},
		},
		{
			name: "a feeling over something stays what was said",
			text: "Talks stalled.\n\nThe council chair reiterated her frustration over the slow pace of the talks.",
			pub:  "2026-03-04",
			want: []want{{speaker: "chair", content: "her frustration over the slow pace of the talks"}},
		},
		{
			name:     "a headline's second predicate after a comma is no inverted attribution",
			text:     "Fed Holds Rates Steady, Signals Cuts Later This Year\n\nThe central bank left rates unchanged on Wednesday.",
			pub:      "2026-03-04",
			headline: true,
			none:     []string{"Fed Holds Rates Steady"},
		},
		{
			name:     "a headline's verb of saying still inverts its speaker",
			text:     "Rates Will Stay High for Longer, Warns Powell\n\nThe central bank left rates unchanged on Wednesday.",
			pub:      "2026-03-04",
			headline: true,
			want:     []want{{speaker: "Powell", content: "Rates Will Stay High for Longer"}},
		},
		{
			name: "the one told keeps its count",
			text: "The mayor unveiled a plan.\n\n“This city has waited long enough,” Mayor Lisa Grant told a crowd of about 300 people at City Hall.",
			pub:  "2026-03-04",
			want: []want{{speaker: "Lisa Grant", content: "This city has waited long enough", audience: "a crowd of about 300 people"}},
		},
		{
			name: "the one told ends on no preposition",
			text: "The mayor unveiled a plan.\n\nMayor Lisa Grant told a crowd of several hundred that the city had waited long enough.",
			pub:  "2026-03-04",
			want: []want{{speaker: "Lisa Grant", content: "the city had waited long enough", audience: "a crowd of several hundred"}},
		},
		{
			name: "the one told keeps the kind of outlet and its name",
			text: "The coach spoke.\n\n“He played through a lot of pain,” Juan Ferrero told Spanish radio station Cadena SER.",
			pub:  "2026-03-04",
			want: []want{{speaker: "Juan Ferrero", content: "He played through a lot of pain", audience: "Spanish radio station Cadena SER", cue: "told"}},
		},
		{
			name: "a transcript's turn that opens with a bare order goes on in its paragraph",
			text: "Governor Dana Whitfield spoke on Tuesday.\n\nQ: What is your message to residents?\n\nWhitfield: Stay home. We will get through this.",
			pub:  "2026-03-04",
			want: []want{{speaker: "Dana Whitfield", content: "Stay home. We will get through this"}},
		},
		{
			name: "a short answer to a question's turn is what was said",
			text: "Governor Dana Whitfield spoke on Tuesday.\n\nQ: Will schools reopen on Thursday?\n\nWhitfield: Not this week.",
			pub:  "2026-03-04",
			want: []want{{speaker: "Dana Whitfield", content: "Not this week"}},
		},
		{
			name: "as much ends what was said before a date",
			text: "The coach was fired on Tuesday.\n\nErik Holm had told friends as much last week.",
			pub:  "2026-03-04",
			want: []want{{speaker: "Erik Holm", content: "as much", audience: "friends"}},
		},
		{
			name:     "a headline's kind of article before a colon is no speaker",
			text:     "Interview: The Scientist Who Mapped the Ocean Floor\n\nThe geologist spent 20 years at sea.",
			pub:      "2026-03-04",
			headline: true,
			none:     []string{"The Scientist Who Mapped the Ocean Floor"},
		},
		{
			name: "a live blog's time stamp is the writer's, before a content",
			text: "Election night.\n\n9:12 p.m. — Turnout was the highest in two decades, the state board of elections said.",
			pub:  "2026-03-04",
			want: []want{{speaker: "state board of elections", content: "Turnout was the highest in two decades"}},
			none: []string{"9:12", "p.m."},
		},
		{
			name: "a live blog's time stamp is the writer's, before a long subject",
			text: "Election night.\n\n9:05 p.m. ET — The campaign manager, speaking on condition of anonymity because he was not authorized to discuss polling, said the campaign had seen the loss coming.",
			pub:  "2026-03-04",
			want: []want{{speaker: "campaign manager", content: "the campaign had seen the loss coming"}},
		},
		{
			name: "a live blog's time stamp is no name's colon",
			text: "Election night.\n\n9:30 p.m. — Rob Tate: “We did it. This is your victory.”",
			pub:  "2026-03-04",
			want: []want{{speaker: "Rob Tate", content: "We did it. This is your victory.", direct: 1}},
		},
		{
			name: "a topic's colon leads in the quotation before an inverted speaker",
			text: "The meeting ran long.\n\nOn layoffs: “We have no plans for further cuts this year,” said Omar Farouk.",
			pub:  "2026-03-04",
			want: []want{{speaker: "Omar Farouk", content: "We have no plans for further cuts this year", direct: 1}},
			none: []string{"On layoffs"},
		},
		{
			name: "a dash closing an aside leads in no quotation",
			text: "The talks resumed.\n\nIf the deal holds — as many diplomats expect — “why would anyone walk away now?” Dunn asked.",
			pub:  "2026-03-04",
			want: []want{{speaker: "Dunn", content: "If the deal holds"}},
		},
		{
			name: "the thing written and what it did is no statement",
			text: "The budget fight began early.\n\nKeller wrote the memo that started the debate in March.\n\nThe mayor wrote a letter that outlined her concerns about the budget.",
			pub:  "2026-03-04",
			none: []string{"the memo that started", "outlined her concerns"},
		},
		{
			name: "a relative clause after the one told is no statement",
			text: "The budget fight began early.\n\nHarris told the committee that met on Friday about the delays.",
			pub:  "2026-03-04",
			none: []string{"met on Friday"},
		},
		{
			name: "a clause reported through the thing written stays",
			text: "The budget fight began early.\n\nLopez wrote a column that argued the tax was unfair.\n\nThe aide said on Tuesday that costs rose sharply in May.",
			pub:  "2026-03-04",
			want: []want{{speaker: "Lopez", content: "the tax was unfair"}, {speaker: "aide", content: "costs rose sharply in May"}},
		},
		{
			name: "a name with an appositive too long for a speaker phrase speaks with a learned verb",
			text: "The trial ended on Monday.\n\nDr. Helen Park, a cardiologist at Mercy Hospital who has studied the drug for a decade and served on the FDA advisory panel that reviewed it in 2019, cautioned that the results were preliminary.",
			pub:  "2026-03-04",
			want: []want{{speaker: "Helen Park", content: "the results were preliminary", cue: "cautioned"}},
		},
		{
			name: "asking not to be named asks no one anything",
			text: "The storm hit on Monday.\n\nOne resident asked not to be named.",
			pub:  "2026-03-04",
			none: []string{"not to be named"},
		},
		{
			name: "a quotation's verb before a common noun and its relative clause",
			text: "The storm hit on Monday.\n\n“Not again,” fumed one resident, who asked not to be named.",
			pub:  "2026-03-04",
			want: []want{{speaker: "resident", content: "Not again", direct: 1, cue: "fumed"}},
			none: []string{"not to be named"},
		},
		{
			name: "a name, its party and where it spoke lead in a quotation with a colon",
			text: "The ruling came on Tuesday.\n\nSen. Amy Lee (D-Minn.), in a statement: “This ruling protects millions of families.”",
			pub:  "2026-03-04",
			want: []want{{speaker: "Amy Lee", content: "This ruling protects millions of families.", direct: 1}},
		},
		{
			name: "a name and a participle of where it spoke lead in a quotation with a colon",
			text: "The ruling came on Tuesday.\n\nRep. Tom Gray, speaking on CNN: “We will appeal, and we will win.”",
			pub:  "2026-03-04",
			want: []want{{speaker: "Tom Gray", content: "We will appeal, and we will win.", direct: 1}},
		},
		{
			name: "a long lead-in before a colon is no name",
			text: "The ruling came on Tuesday.\n\nThe new rules for the state's largest utilities and their customers, in a word: “chaos.”",
			pub:  "2026-03-04",
			none: []string{"chaos"},
		},
		{
			name: "a learned verb's role and name after a quotation: the name speaks",
			text: "The bill passed on Tuesday.\n\n“This is the best deal we could get,” gushed Keller's chief of staff, Anna Brooks.",
			pub:  "2026-03-04",
			want: []want{{speaker: "Anna Brooks", title: "Keller's chief of staff", content: "This is the best deal we could get", direct: 1}},
		},
		{
			name: "a demonstrative that before an auxiliary is the subject of what was said",
			text: "Markets expect a cut.\n\nTom Hale thinks that would be a mistake.\n\nHale said on Monday that could hurt savers.",
			pub:  "2026-03-04",
			want: []want{{speaker: "Tom Hale", content: "that would be a mistake"}, {speaker: "Tom Hale", content: "that could hurt savers"}},
		},
		{
			name: "a reflexive after a role stresses the speaker",
			text: "The vote came on Tuesday.\n\nThe senator herself said the bill was flawed.",
			pub:  "2026-03-04",
			want: []want{{speaker: "senator", content: "the bill was flawed"}},
		},
		{
			name: "a person's gesture leads in the quotation after it",
			text: "Dan Riley, the team's coach, benched his star guard on Sunday.\n\nAsked whether the two had spoken since, Riley shrugged. “We'll talk. We always do.”",
			pub:  "2026-03-04",
			want: []want{{speaker: "Dan Riley", content: "We'll talk. We always do.", direct: 1, cue: "shrugged"}},
		},
		{
			name: "a thing's verb alone leads in no quotation",
			text: "Coach Dan Riley benched his star guard on Sunday.\n\nThe stock plunged. “This is a disaster for every shareholder.”",
			pub:  "2026-03-04",
			none: []string{"This is a disaster"},
		},
		{
			name: "a quotation inside a clause hands over to no verb after it",
			text: "The vote came on Tuesday.\n\nThe bill, which Lee described as “a lifeline,” passed 52-48.",
			pub:  "2026-03-04",
			none: []string{"a lifeline"},
		},
		{
			name: "a long relative clause after the reported subject keeps its verb",
			text: "The plan was unveiled last week.\n\nLee said the agency, which was founded in 1970 and employs 15,000 people, would lead the effort.",
			pub:  "2026-03-04",
			want: []want{{speaker: "Lee", content: "would lead the effort"}},
		},
		{
			name: "a name, its party and state after a comma lead in a quotation with a colon",
			text: "Lawmakers reacted on Friday.\n\nSen. Jane Doe, D-Calif.: “This is a victory for the rule of law.”",
			pub:  "2026-03-04",
			want: []want{{speaker: "Jane Doe", content: "This is a victory for the rule of law.", direct: 1}},
		},
		{
			name: "a list's line after a colon lead names its own speaker",
			text: "Lawmakers reacted on Friday. Here is what they said:\n\n- Rep. Tom Lee, speaking on CNN: “The court got this one badly wrong.”",
			pub:  "2026-03-04",
			want: []want{{speaker: "Tom Lee", content: "The court got this one badly wrong.", direct: 1}},
		},
		{
			name: "a quotation credited after a dash",
			text: "Lawmakers reacted on Friday.\n\n“We will not rest until this is fixed.” — Gov. Ann Park of Oregon",
			pub:  "2026-03-04",
			want: []want{{speaker: "Ann Park", content: "We will not rest until this is fixed.", direct: 1}},
		},
		{
			name: "a quotation and a dash before the writer's words credit no one",
			text: "Lawmakers reacted on Friday.\n\n“Four more years!” — the crowd chanted as Senator Ann Park left.",
			pub:  "2026-03-04",
			none: []string{"Four more years"},
		},
	})
}
