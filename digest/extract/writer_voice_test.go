package extract_test

import (
	"testing"

	"github.com/whosaid/whosaid/digest/extract"
)

// TestWriterVoice checks who the first person outside a quotation is: the
// writer (the byline's or the tagline's name, else "the writer"), except
// in an interview's answer and in words a statement reports as someone's.
func TestWriterVoice(t *testing.T) {
	cases := []struct {
		name, text, author, content string
		speaker                     string // "": no statement of this content
	}{
		{
			name:    "a reporter's question is no one named's",
			text:    "Hale keeps his word\n\nLast month I met Senator Tom Hale in his office.\n\n\"I never say never,\" Hale said.\n\nSo I asked him then, if the bill fails, what happens to the farmers?",
			content: "what happens to the farmers",
			speaker: "the writer",
		},
		{
			name:    "a columnist's opinion is not the senator's",
			text:    "The farm bill\n\nSenator Tom Hale spoke on Tuesday about the farm bill.\n\n\"We will pass it,\" Hale said.\n\nI have said before that the senator is wrong about the farmers.",
			content: "the senator is wrong about the farmers",
			speaker: "the writer",
		},
		{
			name:    "a paper's we is not the person named last",
			text:    "Readers on the debate\n\nThe debate ended late, and Mayor Rita Olsen spoke last.\n\nWe asked our readers who won the debate.",
			content: "who won the debate",
			speaker: "the writer",
		},
		{
			name:    "the byline names the writer",
			text:    "The farm bill\n\nSenator Tom Hale spoke on Tuesday about the farm bill.\n\n\"We will pass it,\" Hale said.\n\nI have said before that the senator is wrong about the farmers.",
			author:  "Jane Porter",
			content: "the senator is wrong about the farmers",
			speaker: "Jane Porter",
		},
		{
			name:    "a tagline names the writer",
			text:    "The farm bill\n\nSenator Tom Hale spoke on Tuesday about the farm bill.\n\nI have said before that the senator is wrong about the farmers.\n\nJane Porter is a professor of economics at Lakeside College.",
			content: "the senator is wrong about the farmers",
			speaker: "Jane Porter",
		},
		{
			name:    "a tagline with a title, a party and a state between commas",
			text:    "Unity is a two-way street\n\nThe party met in Denver on Monday, and Senator Tom Hale spoke first.\n\nI have said before that the party must listen to its young voters.\n\nRep. Ann Vega, D-Ore., was an early backer of the bill.",
			content: "the party must listen to its young voters",
			speaker: "Ann Vega",
		},
		{
			name:    "a book's excerpt is its author's",
			text:    "Excerpt: Ann Lee's 'Harbor Days'\n\nEditor's note: The following is an excerpt from author Ann Lee's new book, Harbor Days.\n\nThe judge looked at my lawyer, Tom Brand, and then at me.\n\n\"Your Honor,\" I said, \"I would like to explain what I did.\"",
			content: "I would like to explain what I did",
			speaker: "Ann Lee",
		},
		{
			name:    "a tagline of two writers names both",
			text:    "Women in the race\n\nThe debate ended late on Monday, and Senator Tom Hale spoke last.\n\nWe asked the campaigns why no woman was on the stage.\n\nAnn Lee is founder of VoteWatch. Rita Cole is president of the League of Voters.",
			content: "why no woman was on the stage",
			speaker: "Ann Lee and Rita Cole",
		},
		{
			name:    "the story's own person at the end is no tagline",
			text:    "The farm bill\n\nSenator Tom Hale spoke on Tuesday about the farm bill.\n\nI have said before that the senator is wrong about the farmers.\n\nHale is the chairman of the farm committee.",
			content: "the senator is wrong about the farmers",
			speaker: "the writer",
		},
		{
			name:    "an interview's answer goes on in the paragraph after its label",
			text:    "Q&A with Mayor Rita Olsen\n\nMayor Rita Olsen spoke with the Gazette about the budget.\n\nQ: Will the schools reopen?\n\nA: Yes. The money is there now, the teachers are back from the summer, the buses run again on every route in the city, and the parents have told us for a year that they want the children in their classrooms and not at home.\n\nAt any rate, I said when I took office that the schools come first.\n\nQ: And the roads?\n\nA: They wait.",
			content: "the schools come first",
			speaker: "Rita Olsen",
		},
		{
			name:    "an answer's I is the one answering, not the person the answer quotes",
			text:    "Q&A with Mayor Rita Olsen\n\nMayor Rita Olsen spoke with the Gazette about the budget.\n\nQ: Will the schools reopen?\n\nA: Yes. The money is there now, the teachers are back from the summer, the buses run again on every route in the city, and the parents have told us for a year that they want the children in their classrooms and not at home.\n\nGovernor Tom Hale said last week that the state would pay for the buses. At any rate, I said when I took office that the schools come first.\n\nQ: And the roads?\n\nA: They wait.",
			content: "the schools come first",
			speaker: "Rita Olsen",
		},
		{
			name:    "a transcript's turn goes on in the paragraph after its label",
			text:    "Hale on the farm bill\n\nSenator Tom Hale joined the program on Sunday.\n\nBRENNAN: Will the bill pass?\n\nHALE: It will pass. The votes are there.\n\nAnd I said on Friday that the farmers come first.\n\nBRENNAN: Thank you, senator.",
			content: "the farmers come first",
			speaker: "Tom Hale",
		},
		{
			name:    "a block quotation after a colon is its writer's",
			text:    "A prayer for the city\n\nPastor Dan Wells posted a message to his followers on Sunday.\n\nIn the text with the video, Wells wrote:\n\nI think this prayer is timely, as the polls are slipping. But what we should ask is “who will lead us?”",
			content: "who will lead us?",
			speaker: "Dan Wells",
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c := clipping(tc.text, "2016-07-25", true)
			c.Author = tc.author
			for _, m := range []*extract.Model{extract.Rules, nil} {
				var got = extract.Rules.Statements(c)
				if m == nil {
					got = extract.Statements(c)
				}
				st := find(got, tc.content)
				switch {
				case tc.speaker == "" && st != nil:
					t.Errorf("statement %q given to %q, want none", st.Content, st.Speaker)
				case tc.speaker != "" && st == nil:
					t.Errorf("no statement of %q, want one of %q", tc.content, tc.speaker)
				case st != nil && st.Speaker != tc.speaker:
					t.Errorf("speaker %q, want %q", st.Speaker, tc.speaker)
				}
			}
		})
	}
}
