package extract_test

import "testing"

// TestPerfectProgressive: "has been saying" speaks as "is saying" does,
// its subject before the auxiliaries.
func TestPerfectProgressive(t *testing.T) {
	runStatements(t, []statementCase{
		{
			name: "has been saying, had been warning",
			text: "The vote is near.\n\nSen. Ann Voss has been saying that the vote will happen before the recess.\n\nNina Ortiz had been telling reporters the dam would fail.",
			pub:  "2026-03-04",
			want: []want{
				{speaker: "Ann Voss", content: "the vote will happen before the recess"},
				{speaker: "Nina Ortiz", content: "the dam would fail", audience: "reporters"},
			},
		},
		{
			name: "a span of time before that",
			text: "The vote is near.\n\nSen. Ann Voss has been saying for weeks that the vote will happen before the recess.\n\nNina Ortiz said for months that the dam would fail.",
			pub:  "2026-03-04",
			want: []want{
				{speaker: "Ann Voss", content: "the vote will happen before the recess"},
				{speaker: "Nina Ortiz", content: "the dam would fail"},
			},
			none: []string{"weeks", "months"},
		},
		{
			name: "a span of time before a clause without that",
			text: "The vote is near.\n\nSen. Ann Voss has said for weeks she is the only candidate who can win.\n\nNina Ortiz said for decades some critics had been predicting a collapse.",
			pub:  "2026-03-04",
			want: []want{
				{speaker: "Ann Voss", content: "she is the only candidate who can win"},
				{speaker: "Nina Ortiz", content: "some critics had been predicting a collapse"},
			},
			none: []string{"weeks", "decades"},
		},
	})
}

// TestShowName: a show named after its outlet's possessive keeps the
// article inside its name ("CBS’ Face the Nation"); a person after the
// possessive is not bridged into what follows.
func TestShowName(t *testing.T) {
	runStatements(t, []statementCase{
		{
			name: "a show with an article in its name",
			text: "The race tightened.\n\n“We are ready,” Tom Reed told CBS' Face the Nation on Sunday.\n\nAnn Voss told NBC’s Meet the Press that the vote was close.\n\nLee Park told ABC News’ Dan Ruiz the Senate would act.",
			pub:  "2026-03-04",
			want: []want{
				{speaker: "Tom Reed", content: "We are ready", audience: "CBS' Face the Nation"},
				{speaker: "Ann Voss", content: "the vote was close", audience: "NBC’s Meet the Press"},
				{speaker: "Lee Park", content: "the Senate would act", audience: "ABC News’ Dan Ruiz"},
			},
		},
	})
}

// TestRoleForWhat: a title whose role is for a field ("Special Envoy for
// Climate") ends before the name that follows it.
func TestRoleForWhat(t *testing.T) {
	runStatements(t, []statementCase{
		{
			name: "envoy for a field, then the name",
			text: "The summit ended.\n\n“The deal is done,” said Special Envoy for Climate John Kerry.\n\nThe tariffs would stay, said Special Representative for Trade Policy Ann Voss.",
			pub:  "2026-03-04",
			want: []want{
				{speaker: "John Kerry", content: "The deal is done", title: "Special Envoy for Climate"},
				{speaker: "Ann Voss", content: "tariffs would stay", title: "Special Representative for Trade Policy"},
			},
		},
		{
			name: "the title and name before the cue",
			text: "The summit ended.\n\nSpecial Envoy for Iran Brian Hook said the talks would go on.\n\nA spokesman for Mayor Tom Aske said the case was weak.\n\n“We will wait,” Nick Bell, a spokesman for House Speaker Tom Aske told the Post.",
			pub:  "2026-03-04",
			want: []want{
				{speaker: "Brian Hook", content: "the talks would go on", title: "Special Envoy for Iran"},
				{speaker: "spokesman for Mayor Tom Aske", content: "the case was weak"},
				{speaker: "Nick Bell", content: "We will wait", title: "spokesman for House Speaker Tom Aske"},
			},
		},
	})
}

// TestCalledForShort: what a call asks for may be a noun phrase of one or
// two words ("called for calm", "called for his resignation"); "called
// for him" with nothing after is no request.
func TestCalledForShort(t *testing.T) {
	runStatements(t, []statementCase{
		{
			name: "a short request after called for",
			text: "The strike went on.\n\nMayor Ruth Hale called for calm.\n\nUnion leaders called for her resignation.\n\nThe crowd waited and Nick Bell called for him.",
			pub:  "2026-03-04",
			want: []want{
				{speaker: "Ruth Hale", content: "calm"},
				{speaker: "Union leaders", content: "her resignation"},
			},
			none: []string{"him"},
		},
	})
}
