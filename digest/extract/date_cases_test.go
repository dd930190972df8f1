package extract_test

import "testing"

// TestStatementDates has the cases about said_on: which phrase dates a
// statement, resolved against the publication date, and which date none.
func TestStatementDates(t *testing.T) {
	runStatements(t, []statementCase{
		{
			name: "a day after the statement referred to",
			text: "The Kremlin said Tuesday that talks have stalled.\n\nHis remarks came a day after U.S. President Donald Trump said he was “very disappointed” in Putin.",
			pub:  "2025-07-29",
			want: []want{{speaker: "Donald Trump", content: "very disappointed", saidOn: "2025-07-28", title: "U.S. President"}},
		},
		{
			name: "month and day take the year of publication",
			text: "The comments by Dmitry Peskov on September 13 were short.\n\nPeskov said on September 13 that Moscow made proposals.",
			pub:  "2017-09-20",
			want: []want{{speaker: "Dmitry Peskov", content: "Moscow made proposals", saidOn: "2017-09-13"}},
		},
		{
			name: "day first, with and without the year",
			text: "On 3 January 2024, Miller wrote that the plan was dead.\n\nLee said on 12 Mar. that talks would resume.",
			pub:  "2025-06-04",
			want: []want{
				{speaker: "Miller", content: "the plan was dead", saidOn: "2024-01-03"},
				{speaker: "Lee", content: "talks would resume", saidOn: "2025-03-12"},
			},
		},
		{
			name: "a month after publication is last year",
			text: "Sen. Ted Cruz said on Dec. 20 that he would run.",
			pub:  "2016-01-10",
			want: []want{{speaker: "Ted Cruz", content: "he would run", saidOn: "2015-12-20", title: "Sen."}},
		},
		{
			name: "the date of an event named with of dates no saying",
			text: "“Why did he keep us safe after the flood?” Ms. Ames asked, repeating a charge - that the mayor failed the city in the floods of Aug. 4, 2009 - that she made at a rally.",
			pub:  "2016-02-17",
			want: []want{{speaker: "Ames", content: "Why did he keep us safe after the flood?", saidOn: "2016-02-17"}},
		},
		{
			name: "yesterday",
			text: "Mayor Ann Lee said yesterday that the bridge will reopen.",
			pub:  "2020-03-02",
			want: []want{{speaker: "Ann Lee", content: "the bridge will reopen", saidOn: "2020-03-01"}},
		},
		{
			name: "an interview's airing dates no other statement",
			text: "In a post on LinkedIn, Mayor Ann Lee said the bridge would reopen.\n\n“We are ready,” Lee told a radio station in an interview aired Wednesday.",
			pub:  "2020-03-06",
			want: []want{{speaker: "Ann Lee", content: "the bridge would reopen", saidOn: "2020-03-06"}},
		},
		{
			name: "an earlier thing is no earlier saying",
			text: "“I will not relitigate this,” Mayor Ann Lee said when asked about her earlier opposition.",
			pub:  "2020-03-02",
			want: []want{{speaker: "Ann Lee", content: "I will not relitigate this", saidOn: "2020-03-02", direct: 1}},
		},
		{
			name: "last night is the day before publication",
			text: "Mayor Ann Lee said last night that the bridge will reopen.",
			pub:  "2020-03-02",
			want: []want{{speaker: "Ann Lee", content: "the bridge will reopen", saidOn: "2020-03-01"}},
		},
		{
			name: "last week within one month dates the month",
			text: "Last week, Mayor Ann Lee said the bridge will reopen.",
			pub:  "2020-03-18",
			want: []want{{speaker: "Ann Lee", content: "the bridge will reopen", saidOn: "2020-03"}},
		},
		{
			name: "last week across two months dates the year",
			text: "Mayor Ann Lee said last week that the bridge will reopen.",
			pub:  "2020-03-03",
			want: []want{{speaker: "Ann Lee", content: "the bridge will reopen", saidOn: "2020"}},
		},
		{
			name: "last weekend gives no date",
			text: "Mayor Ann Lee said last weekend that the bridge will reopen.",
			pub:  "2020-03-18",
			want: []want{{speaker: "Ann Lee", content: "the bridge will reopen", saidOn: "-"}},
		},
		{
			name: "no date phrase: said on the day of publication",
			text: "Mayor Ann Lee said that the bridge will reopen.",
			pub:  "2020-03-02",
			want: []want{{speaker: "Ann Lee", content: "the bridge will reopen", saidOn: "2020-03-02"}},
		},
		{
			name: "a date in figures: year first or a figure above 12 reads one way, else none",
			text: "Mayor Ann Lee said on 2024-11-05 that the bridge will reopen.\n\nBob Hart said on 3/17 that the tolls would rise.\n\nIda Brann said on 21/2/2025 that the ferry would run.\n\nTom Aske said on 4/6 that the pier was safe.",
			pub:  "2025-06-04",
			want: []want{
				{speaker: "Ann Lee", content: "the bridge will reopen", saidOn: "2024-11-05"},
				{speaker: "Bob Hart", content: "the tolls would rise", saidOn: "2025-03-17"},
				{speaker: "Ida Brann", content: "the ferry would run", saidOn: "2025-02-21"},
				{speaker: "Tom Aske", content: "the pier was safe", saidOn: "-"},
			},
		},
		{
			name: "local time after the day is part of the date phrase",
			text: "Minister Ida Brann told a news conference on Monday local time that the port would reopen.\n\nBob Hart said Tuesday local time that the tolls would rise.",
			pub:  "2026-03-04",
			want: []want{
				{speaker: "Ida Brann", content: "the port would reopen", saidOn: "2026-03-02", audience: "a news conference"},
				{speaker: "Bob Hart", content: "the tolls would rise", saidOn: "2026-03-03"},
			},
		},
		{
			name: "formerly naming what a platform or a person was dates nothing",
			text: "Mayor Ann Lee wrote on Zing, formerly Chirper, that the bridge will reopen.\n\nBob Hart, formerly of the port authority, said the tolls would rise.",
			pub:  "2020-03-02",
			want: []want{
				{speaker: "Ann Lee", content: "the bridge will reopen", saidOn: "2020-03-02"},
				{speaker: "Bob Hart", content: "the tolls would rise", saidOn: "2020-03-02"},
			},
		},
		{
			name: "previously: said some time ago, date unknown",
			text: "Mayor Ann Lee previously said that the bridge will reopen. Earlier, Bob Hart said the tolls would rise.",
			pub:  "2020-03-02",
			want: []want{{speaker: "Ann Lee", content: "the bridge will reopen", saidOn: "-"},
				{speaker: "Bob Hart", content: "the tolls would rise", saidOn: "-"}},
		},
		{
			name: "the year of an interview dates what was said in it",
			text: "In a 2023 interview with a music weekly, Lila Moon said touring was hard. Ann Lee said in a 2021 interview that she would retire.",
			pub:  "2025-06-02",
			want: []want{{speaker: "Lila Moon", content: "touring was hard", saidOn: "2023"},
				{speaker: "Ann Lee", content: "she would retire", saidOn: "2021"}},
		},
		{
			name: "at the time: said when the sentence before tells, not at publication",
			text: "Two years ago, the board rejected the plan. At the time, board chair Lou Bennett said the idea was not realistic. Ann Lee said at the time of the vote that she was relieved. Bob Hart said he was not there at the time.",
			pub:  "2020-03-02",
			want: []want{{speaker: "Lou Bennett", content: "the idea was not realistic", saidOn: "-"},
				{speaker: "Bob Hart", content: "he was not there at the time", saidOn: "2020-03-02"}},
		},
		{
			name: "a date phrase about another event dates nothing",
			text: "The Kremlin has stated that relations are in the \"initial stages,\" as contacts resumed after his presidency began in January. " +
				"Ann Lee said the tape released Friday shows that the bridge will reopen. " +
				"Bob Hart, who met the mayor on Monday, said the tolls would rise.",
			pub: "2025-03-11",
			want: []want{{speaker: "Kremlin", content: "initial stages", saidOn: "2025-03-11"},
				{speaker: "Ann Lee", content: "the tape released Friday shows that the bridge will reopen", saidOn: "2025-03-11"},
				{speaker: "Bob Hart", content: "the tolls would rise", saidOn: "2025-03-11"}},
		},
		{
			name: "the day a statement was released is the day its words were said (probe12)",
			text: "Ann Lee said in a statement released Friday that the bridge will reopen.",
			pub:  "2025-03-11",
			want: []want{{speaker: "Ann Lee", content: "the bridge will reopen", saidOn: "2025-03-07"}},
		},
		{
			name: "a date dates its own statement, not the next ones",
			text: "Ann Lee said on Tuesday that the bridge will reopen, adding that tolls would stay. Bob Hart said the tolls would rise.",
			pub:  "2020-03-06",
			want: []want{{speaker: "Ann Lee", content: "the bridge will reopen", saidOn: "2020-03-03"},
				{speaker: "Ann Lee", content: "tolls would stay", saidOn: "2020-03-03"},
				{speaker: "Bob Hart", content: "the tolls would rise", saidOn: "2020-03-06"}},
		},
		{
			name: "a date after the cue of a quote that comes first",
			text: "“The bridge will reopen,” Ann Lee said Tuesday.",
			pub:  "2020-03-06",
			want: []want{{speaker: "Ann Lee", content: "The bridge will reopen", saidOn: "2020-03-03"}},
		},
	})
}
