package extract_test

import (
	"testing"

	"github.com/whosaid/whosaid/digest/extract"
)

// TestInterview: a printed interview's answers are statements of the
// person its intro names, its questions none, and only turns that
// alternate make one.
func TestInterview(t *testing.T) {
	runStatements(t, []statementCase{
		{
			name: "Q: and A: turns after an intro naming the mayor",
			text: "Maria Lopez, the mayor of Harbourtown, spoke to the Gazette about the budget. The interview has been edited for length.\n\n" +
				"Q: The council wants to cut the library's hours. Will you sign that budget?\n\n" +
				"A: No. I will not sign a budget that closes the library on Saturdays.\n\n" +
				"Q: Are you running again next year?\n\n" +
				"A: I haven't decided yet.",
			pub: "2026-12-03",
			want: []want{
				{speaker: "Maria Lopez", content: "No. I will not sign a budget that closes the library on Saturdays", mention: "A", cue: ":", saidOn: "2026-12-03"},
				{speaker: "Maria Lopez", content: "I haven't decided yet", saidOn: "2026-12-03"},
			},
			none:  []string{"Will you sign", "running again"},
			count: 2,
		},
		{
			name: "the reporter the intro names is not the one who answers",
			text: "In a long talk with Gazette reporter Ann Clerk, Maria Lopez looked back on her first term.\n\n" +
				"Q: What was the hardest vote?\n\n" +
				"A: The ferry contract, by far.",
			pub:   "2026-12-03",
			want:  []want{{speaker: "Maria Lopez", content: "The ferry contract, by far"}},
			count: 1,
		},
		{
			name: "the intro's sentence of the interview names the one who answers, by her pronoun",
			text: "After John Smith resigned in June, Maria Lopez became mayor of Harbourtown. She spoke to the Gazette about the budget.\n\n" +
				"Q: Will you sign the council's budget?\n\n" +
				"A: No. I will not sign a budget that closes the library.\n\n" +
				"QUESTION: What would you cut instead?\n\n" +
				"ANSWER: The consultants.",
			pub: "2026-12-03",
			want: []want{
				{speaker: "Maria Lopez", content: "No. I will not sign a budget that closes the library"},
				{speaker: "Maria Lopez", content: "The consultants"},
			},
			none:  []string{"cut instead"},
			count: 2,
		},
		{
			name: "he in the sentence of the interview is the subject named before, not a place or a clause's name",
			text: "After Mayor John Smith resigned, Tom Hale took over the port authority. " +
				"He spent Monday in St. Paul, where he visited a shipyard, and later spoke with Gazette writer Ann Clerk.\n\n" +
				"Q: Was the trip worth it?\n\n" +
				"A: Every minute of it.",
			pub:   "2026-12-03",
			want:  []want{{speaker: "Tom Hale", content: "Every minute of it"}},
			count: 1,
		},
		{
			name: "the outlet's name and the surname in capitals",
			text: "Tom Reyes, who chairs the Harbourtown port authority, sat down with the Gazette to talk about the new ferry terminal.\n\n" +
				"GAZETTE: Why does the city need a second terminal?\n\n" +
				"REYES: The old one was built for four hundred passengers a day.\n\n" +
				"GAZETTE: When will it open?\n\n" +
				"REYES: The spring of 2028, if the weather is kind to us.",
			pub: "2026-11-20",
			want: []want{
				{speaker: "Tom Reyes", content: "The old one was built for four hundred passengers a day"},
				{speaker: "Tom Reyes", content: "The spring of 2028, if the weather is kind to us"},
			},
			none:  []string{"second terminal", "When will it open"},
			count: 2,
		},
		{
			name: "a short answer that opens with a preposition, after a full-name first turn",
			text: "Harbourtown's new fire chief, Samuel Okafor, answered questions from readers on Thursday.\n\n" +
				"SAMUEL OKAFOR: Thank you all for coming tonight to the hall.\n\n" +
				"Q: How many firefighters does the city need?\n\n" +
				"OKAFOR: At least twelve more. We are running every shift short.",
			pub:  "2026-10-14",
			want: []want{{speaker: "Samuel Okafor", content: "At least twelve more. We are running every shift short"}},
		},
		{
			name: "a long answer gives its opening sentences, and the rest is read as text",
			// markdown's bold marks as clip blanks them: spaces of their length
			text: "Dana Whitcombe took over the Harbourtown school district in August. She talked with the Gazette about teacher pay.\n\n" +
				"  Gazette:   What surprised you most?\n\n" +
				"  Whitcombe:   How many of our teachers work a second job. More than a third of them do, and that tells you everything about what we pay them. " +
				"Some of them drive for delivery firms at night, and others tutor the children of the families they teach by day. " +
				"The union says the district has known this for years.",
			pub: "2026-11-28",
			want: []want{
				{speaker: "Dana Whitcombe", content: "How many of our teachers work a second job. More than a third of them do, and that tells you everything about what we pay them"},
				{speaker: "union", content: "the district has known this for years"},
			},
			none: []string{"delivery firms"},
		},
	})
}

// TestNotInterview: colon labels that do not alternate question and
// answer are no interview: a quiz's lettered options, a live blog's time
// stamps, notes and photo credits.
func TestNotInterview(t *testing.T) {
	runStatements(t, []statementCase{
		{
			name: "lettered options after an intro naming the mayor",
			text: "Maria Lopez, the mayor, hosted the quiz at the library on Friday.\n\n" +
				"A: The library opened in 1921.\n\nB: The library closed in 1944.\n\nC: The library never closed.",
			pub:  "2026-12-01",
			none: []string{"The library"},
		},
		{
			name: "a live blog's stamps around a lone question",
			text: "Maria Lopez, the mayor, spoke to the Gazette about the storm.\n\n" +
				"10:42: The ferry service has been suspended until further notice.\n\n" +
				"Q: What should residents do?\n\n" +
				"10:58: Schools will close early.",
			pub:  "2026-12-01",
			none: []string{"ferry service", "residents", "Schools"},
		},
		{
			name: "a live blog's colon stamp is the writer's, not part of what was said",
			text: "Follow our coverage as the storm reaches Harbourtown.\n\n" +
				"10:55: Power is out in the east of the city, the utility reports.\n\n" +
				"11:03 a.m.: Schools will close early, the district has announced.",
			pub: "2026-12-02",
			want: []want{
				{speaker: "utility", content: "Power is out in the east of the city"},
				{speaker: "district", content: "Schools will close early"},
			},
			none: []string{"10:55", "11:03", "a.m."},
		},
		{
			name: "notes, updates and photo credits",
			text: "Maria Lopez, the mayor, opened the meeting on Monday.\n\n" +
				"Note: The meeting started late because of the storm.\n\n" +
				"Update: The vote on the parking plan was moved to next week.\n\n" +
				"Photo: Council members listen to residents at City Hall.",
			pub:  "2026-12-01",
			none: []string{"meeting started", "parking plan", "Council members"},
		},
		{
			name: "topics in capitals, each once, no one's turn",
			text: "The council met on Monday evening to discuss the budget.\n\n" +
				"BUDGET: The council approved the spending plan by six votes to three.\n\n" +
				"PARKING: The plan will add meters on Harbour Street.\n\n" +
				"NOTE: The meeting started late because of the storm.",
			pub:  "2026-12-01",
			none: []string{"spending plan", "meters", "meeting started"},
		},
		{
			name: "an answer label with no question before it",
			text: "Maria Lopez, the mayor, spoke to the Gazette about the budget.\n\n" +
				"Lopez said the library would stay open.\n\n" +
				"A: The budget passed by six votes to three.",
			pub:  "2026-12-01",
			want: []want{{speaker: "Maria Lopez", content: "the library would stay open"}},
			none: []string{"six votes"},
		},
	})
}

// TestInterviewRules: the answers are the rules' statements, whatever
// the statement model would keep.
func TestInterviewRules(t *testing.T) {
	c := clipping("Maria Lopez, the mayor of Harbourtown, spoke to the Gazette about the budget.\n\n"+
		"Q: Where would the money come from?\n\nA: From the reserve fund.", "2026-12-03", false)
	st := find(extract.Rules.Statements(c), "From the reserve fund")
	if st == nil || st.Speaker != "Maria Lopez" {
		t.Fatalf("answer statement %+v, want one of Maria Lopez", st)
	}
}
