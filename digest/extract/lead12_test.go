package extract_test

import "testing"

// TestAccordingToNotes: after "according to", a verb of speech in -s
// after a modifier is the phrase's head noun ("the explanatory notes of the
// bill"), not the verb of a speaker "explanatory".
func TestAccordingToNotes(t *testing.T) {
	runStatements(t, []statementCase{{
		name: "notes of the bill",
		text: "Data law\n\nThe code would protect sources, according to the explanatory notes of the bill.\n\n" +
			"According to the brief notes of the meeting, the mayor left early.",
		pub: "2026-12-03",
		want: []want{
			{speaker: "explanatory notes of the bill", content: "The code would protect sources"},
			{speaker: "brief notes of the meeting", content: "the mayor left early"},
		},
	}})
}

// TestFewSpeakNot: "Few argue against it" is the writer's judgement that
// hardly anyone does; "a few" are some people, who speak.
func TestFewSpeakNot(t *testing.T) {
	runStatements(t, []statementCase{{
		name: "few and a few",
		text: "Data law\n\nFew argue against the use of such data to catch criminals.\n\n" +
			"A few lawmakers argue that the law goes too far.",
		pub:  "2026-12-03",
		want: []want{{speaker: "lawmakers", content: "the law goes too far"}},
		none: []string{"the use of such data to catch criminals"},
	}})
}

// TestThatNegatedSubject: "that" before a negated auxiliary is what was
// said about, the content's subject ("experts say that isn’t likely"),
// where the statement had been lost.
func TestThatNegatedSubject(t *testing.T) {
	runStatements(t, []statementCase{{
		name: "that isn't, won't, doesn't",
		text: "Markets\n\nMost experts say that isn’t likely because the dollar is strong.\n\n" +
			"Gov. Ann Lee said that won't happen this year.\n\n" +
			"Ms. Ortiz says that doesn’t mean the fight is over.",
		pub: "2026-12-03",
		want: []want{
			{speaker: "experts", content: "that isn’t likely because the dollar is strong"},
			{speaker: "Ann Lee", content: "that won't happen this year"},
			{speaker: "Ortiz", content: "that doesn’t mean the fight is over"},
		},
	}})
}

// TestWriterAndNounCues: "let’s say" is the writer turning to the reader;
// a verb of speech after a name and before "has" is a noun ("the Treasury
// note has risen"); a reduced relative clause still speaks ("a trend
// Greenberg said could drive voters away").
func TestWriterAndNounCues(t *testing.T) {
	runStatements(t, []statementCase{{
		name: "let's say, Treasury note, reduced relative",
		text: "Markets\n\nFirst, let’s say what the sale is not.\n\n" +
			"The yield on the 10-year Treasury note has risen by half a point.\n\n" +
			"It is a trend Greenberg said could drive voters away.",
		pub:  "2026-12-03",
		want: []want{{speaker: "Greenberg", content: "could drive voters away"}},
		none: []string{"what the sale is not", "has risen by half a point"},
	}})
}

// TestDayOpensNoAppositive: "Today, many programmers leave ..., said Ann
// Lee" is Lee's statement; the day that opens the sentence is no speaker
// with the clause for its appositive.
func TestDayOpensNoAppositive(t *testing.T) {
	runStatements(t, []statementCase{{
		name: "today and yesterday before the clause",
		text: "Science\n\nToday, many programmers leave science because coding pays better, said Alyssa Grant, an astronomer.\n\n" +
			"Yesterday, the lab lost two coders, said Omar Diaz.",
		pub: "2026-12-03",
		want: []want{
			{speaker: "Alyssa Grant", content: "Today, many programmers leave science because coding pays better"},
			{speaker: "Omar Diaz", content: "the lab lost two coders"},
		},
	}})
}

// TestPlaceIsNoFirstName: a city named alone is not the body whose name
// opens with it ("Cleveland" is not the "Cleveland Police Patrolmen’s
// Association"), as "Theresa" is Theresa May.
func TestPlaceIsNoFirstName(t *testing.T) {
	runStatements(t, []statementCase{{
		name: "Cleveland after the patrolmen's association",
		text: "Guns\n\nStephen Loomis, president of the Cleveland Police Patrolmen’s Association, said the governor could act.\n\n" +
			"Cleveland showed that an armed convention can also be a safe one.",
		pub:  "2026-12-03",
		want: []want{{speaker: "Stephen Loomis", content: "the governor could act"}},
		none: []string{"an armed convention can also be a safe one"},
	}})
}

// TestPassiveAgentSpeaksNot: a participle of speech with its agent after
// "by" is passive ("and accused by the news media of beating his wife"):
// its subject is the one accused, no speaker.
func TestPassiveAgentSpeaksNot(t *testing.T) {
	runStatements(t, []statementCase{{
		name: "accused by the news media",
		text: "Studios\n\nEddie Mannix ran the studio for decades. He was suspected of plotting murder, and accused by the news media of beating his wife.\n\n" +
			"Mannix said by phone that the stories were lies.",
		pub:  "2026-12-03",
		want: []want{{speaker: "Eddie Mannix", content: "the stories were lies"}},
		none: []string{"beating his wife"},
	}})
}

// TestActiveVerbByNoAgent: a past verb of speech right after its subject
// is active whatever "by" phrase follows it ("said by way of
// explanation"): passiveBy reads only a participle with no subject before
// it.
func TestActiveVerbByNoAgent(t *testing.T) {
	runStatements(t, []statementCase{{
		name: "said by way of",
		text: "Plants\n\n“The plant will close in May,” the company said by way of explanation.\n\n" +
			"The mill, widely criticized by its neighbours for the smell, will stay open.",
		pub:  "2026-12-03",
		want: []want{{speaker: "company", content: "The plant will close in May"}},
		none: []string{"for the smell"},
	}})
}

// TestSaidByPhone: "said by phone that" and "by telephone on Monday that"
// read past the medium to what was said.
func TestSaidByPhone(t *testing.T) {
	runStatements(t, []statementCase{{
		name: "by phone, by telephone",
		text: "Studios\n\nEddie Mannix said by phone that the stories were lies.\n\n" +
			"Ann Lee said by telephone on Monday that the plan would fail.",
		pub: "2026-12-03",
		want: []want{
			{speaker: "Eddie Mannix", content: "the stories were lies"},
			{speaker: "Ann Lee", content: "the plan would fail"},
		},
	}})
}

// TestInvertedBreaksClause: a reported clause broken by an inverted
// attribution ("The contrast with the mayor, said Jim Doyle, would be
// clear") is one statement of both parts, as "X, Doyle said, would be" is.
func TestInvertedBreaksClause(t *testing.T) {
	runStatements(t, []statementCase{{
		name: "said Doyle, would be clear",
		text: "Politics\n\nThe contrast with the mayor, said Jim Doyle, would be clear to every voter.",
		pub:  "2026-12-03",
		want: []want{{speaker: "Jim Doyle", content: "The contrast with the mayor … would be clear to every voter"}},
	}})
}

// TestParticipleDateNoSpeaker: "The deal, announced Friday, would last
// four years" is no statement of "Friday"; a date after a participle set
// off by commas says when, not who.
func TestParticipleDateNoSpeaker(t *testing.T) {
	runStatements(t, []statementCase{{
		name: "announced Friday",
		text: "Unions\n\nThe tentative deal, announced Friday, would last four years.\n\n“We are done,” said the union chief, Ann Lee.",
		pub:  "2026-12-03",
		want: []want{{speaker: "Ann Lee", content: "We are done"}},
		none: []string{"The tentative deal"},
	}})
}

// TestInvertedCoordinatedBreaksClause: the same with a coordinated
// speaker, read by the fallback ("said Doyle and others, would be clear
// since he has ..."), whose pronoun after the predicate is no reason to
// give up the inverted speaker.
func TestInvertedCoordinatedBreaksClause(t *testing.T) {
	runStatements(t, []statementCase{{
		name: "said Doyle and others, would be clear",
		text: "Politics\n\nThe contrast with the mayor, said Doyle and others, would be clear since he has no allies by his side.",
		pub:  "2026-12-03",
		want: []want{{speaker: "Doyle and others", content: "The contrast with the mayor … would be clear since he has no allies by his side"}},
	}})
}
