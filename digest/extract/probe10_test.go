package extract_test

import (
	"testing"

	"github.com/whosaid/whosaid/digest/extract"
)

// TestPossessiveS: an apostrophe after a final s is the possessive of a
// plural or a name, not a quotation mark ("Fox News’ On the Record").
func TestPossessiveS(t *testing.T) {
	runStatements(t, []statementCase{
		{
			name: "a show after its network's bare apostrophe",
			text: "The hearing ended.\n\nRep. Dale Walters told Fox News’ Night Desk that he would not resign. “I have done nothing wrong,” he said.",
			pub:  "2026-03-04",
			want: []want{
				{speaker: "Dale Walters", content: "he would not resign"},
				{speaker: "Dale Walters", content: "I have done nothing wrong"},
			},
		},
	})
}

// TestRoleForPerson: an unnamed holder of a role for a person or a body
// is known by whose role it is ("a lawyer for Tom Aske"), never as the
// bare role, nor as the one the role serves.
func TestRoleForPerson(t *testing.T) {
	runStatements(t, []statementCase{
		{
			name: "a lawyer for a named man, before and after the cue",
			text: "The trial opens in May.\n\nA lawyer for Tom Aske said his client would plead not guilty.\n\n“We will appeal any ruling,” said a spokeswoman for Mayor Ruth Hale.\n\nAn aide to Sen. Vera Lund said the vote was close.",
			pub:  "2026-03-04",
			want: []want{
				{speaker: "lawyer for Tom Aske", content: "his client would plead not guilty"},
				{speaker: "spokeswoman for Mayor Ruth Hale", content: "We will appeal any ruling"},
				{speaker: "aide to Sen. Vera Lund", content: "the vote was close"},
			},
		},
		{
			name: "a spokesman for a body: the body speaks, the role is its title",
			text: "The talks ended.\n\nA spokesman for the Treasury Department said the talks went well.",
			pub:  "2026-03-04",
			want: []want{
				{speaker: "Treasury Department", title: "spokesman", content: "the talks went well"},
			},
		},
	})
}

// TestListInName: a body's name holding a list after its "of" speaks as
// the whole name, not as the list's last item.
func TestListInName(t *testing.T) {
	runStatements(t, []statementCase{
		{
			name: "fields listed in an academy's name",
			text: "The review took a year.\n\nThe Royal Academies of Arts, Letters and Science noted that the grants had fallen.\n\nThe Office of Roads, Bridges, and Tunnels said the span was safe.",
			pub:  "2026-03-04",
			want: []want{
				{speaker: "Royal Academies of Arts, Letters and Science", content: "the grants had fallen"},
				{speaker: "Office of Roads, Bridges, and Tunnels", content: "the span was safe"},
			},
		},
	})
}

// TestFigureLead: a figure opening the description before a name ("9/11
// widow") leaves the name the speaker; a figure with no name after it is
// what was said.
func TestFigureLead(t *testing.T) {
	runStatements(t, []statementCase{
		{
			name: "a date as a modifier before a name, after and before the cue",
			text: "The families met on Monday.\n\n“We have waited a long time,” said 9/11 widow Nora Bell, who leads the group.\n\n“We will keep going,” 7/7 survivor Sam Quill said.\n\nThe agency said 2,093 of the files were lost.",
			pub:  "2026-03-04",
			want: []want{
				{speaker: "Nora Bell", content: "We have waited a long time"},
				{speaker: "Sam Quill", content: "We will keep going"},
				{speaker: "agency", content: "2,093 of the files were lost"},
			},
		},
	})
}

// TestQuotedDashAside: between a quotation and its cue, a speaker with an
// appositive set off by dashes speaks as the head before the first dash.
func TestQuotedDashAside(t *testing.T) {
	runStatements(t, []statementCase{
		{
			name: "dashes and double hyphens around the appositive",
			text: "The studio closed.\n\n“It is over,” Ahmed Nour — a producer at Ora Media — told reporters.\n\n\"We tried,\" Lina Vos -- an editor at the studio -- said.",
			pub:  "2026-03-04",
			want: []want{
				{speaker: "Ahmed Nour", content: "It is over", audience: "reporters"},
				{speaker: "Lina Vos", content: "We tried"},
			},
		},
	})
}

// TestPutItAppositive: "As X, the Y of Z, put it: “…”" — the name before
// the appositive speaks the quotation, the appositive is its title.
func TestPutItAppositive(t *testing.T) {
	runStatements(t, []statementCase{
		{
			name: "as X, an appositive, put it",
			text: "The bill passed.\n\nAs Ruth Vance, the chair of the finance committee, put it: “Nobody gets a free pass.”",
			pub:  "2026-03-04",
			want: []want{
				{speaker: "Ruth Vance", title: "chair of the finance committee", content: "Nobody gets a free pass."},
			},
		},
	})
}

// TestPointOut: "point out" is a verb of speech, in a clause of its own
// and in an "as" clause before what was said; "pointed to" and "pointed
// out the window" say nothing.
func TestPointOut(t *testing.T) {
	runStatements(t, []statementCase{
		{
			name: "pointed out that, and as X pointed out",
			text: "The talks stalled.\n\nNina Ortiz pointed out that the offer had not changed.\n\nAs the union pointed out in its response, the plan would cut pensions for new hires.\n\nShe pointed to the chart. He pointed out the window.",
			pub:  "2026-03-04",
			want: []want{
				{speaker: "Nina Ortiz", cue: "pointed out", content: "the offer had not changed"},
				{speaker: "union", cue: "pointed out", content: "the plan would cut pensions for new hires"},
			},
			count: 2,
		},
		{
			name: "pointed out before a dash, no letter",
			text: "The talks stalled.\n\n“The offer has not changed,” Nina Ortiz pointed out—and the union agreed.",
			pub:  "2026-03-04",
			want: []want{
				{speaker: "Nina Ortiz", cue: "pointed out", content: "The offer has not changed"},
			},
		},
	})
}

// TestBodyTitle: a title naming a shorter form of the speaker's own name
// ("CEO of Acme" for Acme Robotics) is no title of the speaker.
func TestBodyTitle(t *testing.T) {
	text := "Orbis Robotics Signs Deal\n\nOrbis Robotics today announced a partnership with Northwind Freight.\n\n“This lets us grow,” said Jane Doe, CEO of Orbis Robotics."
	got := extract.Statements(clipping(text, "2026-03-04", false))
	seen := 0
	for _, s := range got {
		switch s.Speaker {
		case "Orbis Robotics":
			seen++
			if s.SpeakerTitle != "" {
				t.Errorf("Orbis Robotics has the title %q", s.SpeakerTitle)
			}
		case "Jane Doe":
			seen++
			if s.SpeakerTitle != "CEO of Orbis Robotics" {
				t.Errorf("Jane Doe has the title %q", s.SpeakerTitle)
			}
		}
	}
	if seen != 2 {
		t.Errorf("want the firm's and Jane Doe's statements, got %+v", got)
	}
}
