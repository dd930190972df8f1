package extract_test

import (
	"strings"
	"testing"

	"github.com/whosaid/whosaid/digest/extract"
)

// TestOpeningWordNoName: a word capitalised only because it opens the
// sentence is no part of the name after it ("Maybe Trump is ...", "Even
// Republicans who ...", "Six Trump supporters ..."), so the person's
// later mentions keep the person's own name.
func TestOpeningWordNoName(t *testing.T) {
	runStatements(t, []statementCase{{
		name: "maybe, six, even before a name",
		text: "The race\n\nMaybe Trump is right about the polls.\n\n" +
			"Six Trump supporters ran for the board, but none won.\n\n" +
			"“We will win this state,” Trump told supporters on Monday.\n\n" +
			"Even Republicans who praised his run warned that the party may split.",
		pub: "2016-04-17",
		want: []want{
			{speaker: "Donald Trump", content: "We will win this state"},
			{speaker: "Republicans", content: "the party may split"},
		},
	}})
}

// TestSubjectInsideObject: the noun phrase before a verb of speech may
// end in the subject of a clause the sentence holds as an object ("half
// of what researchers say", "less credit than aides say", "something
// Sanders aides argue"): the clause's own subject speaks.
func TestSubjectInsideObject(t *testing.T) {
	runStatements(t, []statementCase{{
		name: "what, than, something",
		text: "Funding\n\nCongress raised the budget this year, but it is still less than half of what researchers say they need.\n\n" +
			"The mayor has gotten less credit than aides say he deserves for the recovery.\n\n" +
			"The board kept the rules until the vote, something county aides argue was unfair to voters.",
		pub: "2016-04-17",
		want: []want{
			{speaker: "researchers", content: "they need"},
			{speaker: "aides", content: "he deserves for the recovery"},
			{speaker: "county aides", content: "was unfair to voters"},
		},
	}})
}

// TestRelativeAntecedentObject: the noun a relative pronoun speaks for is
// the object of the verb or preposition before it ("rebuked critics who
// say", "echoing security experts who say", "dismay among party leaders,
// who said"), not the clause around it; and a participle after the
// relative clause goes on from the sentence's subject.
func TestRelativeAntecedentObject(t *testing.T) {
	runStatements(t, []statementCase{{
		name: "verb, participle, preposition before who",
		text: "Security\n\nGov. Ann Lee sharply rebuked critics who say she should close the port, saying that the port is safe.\n\n" +
			"The senator is among those sounding the alarm, echoing security experts who say the files may be forged.\n\n" +
			"The result caused dismay among party leaders, who said the count had been rushed.",
		pub: "2016-04-17",
		want: []want{
			{speaker: "critics", content: "she should close the port"},
			{speaker: "Ann Lee", content: "the port is safe"},
			{speaker: "security experts", content: "the files may be forged"},
			{speaker: "party leaders", content: "the count had been rushed"},
		},
	}})
}

// TestTheyAndItAntecedents: "they" stands for people together or a body,
// not for the one person who spoke last or was named last; "it" never
// for a role only a person holds ("the witness").
func TestTheyAndItAntecedents(t *testing.T) {
	runStatements(t, []statementCase{{
		name: "they after a person, it after a witness",
		text: "Protests\n\nOrganizers said the march would be peaceful.\n\n" +
			"“We will be heard,” said Deb Kline, a leader of the coalition. Thousands will march against what they call the “rigged” nomination.",
		pub:  "2016-06-23",
		want: []want{{speaker: "Organizers", content: "rigged"}},
	}})
	c0 := clipping("Budget\n\nActivists have grown frustrated with Mayor Tom Reyes over the cuts. They argue that the budget hurts the poor.", "2016-07-15", false)
	for _, s := range extract.Statements(c0) {
		if strings.Contains(s.Content, "the budget hurts the poor") && s.Speaker == "Tom Reyes" {
			t.Errorf("“they” resolved to one person: %q", s.Speaker)
		}
	}
	// a body "they" stands for is one by its name, not a clause the
	// capitals run into ("Fox News who", lastMany's namedBody)
	c1 := clipping("Debate\n\nViewers watched the candidate clash with Megyn Kelly, a star anchor at Fox News who questioned his respect for women. Later they said the exchange had hurt him.", "2016-02-01", false)
	for _, s := range extract.Statements(c1) {
		if strings.Contains(s.Speaker, " who") {
			t.Errorf("“they” resolved to a clause: %q", s.Speaker)
		}
	}
	c := clipping("Attack\n\nThe witness said the driver sped up as he drove into the crowd. It said supporters of the group were sharing the news.", "2016-07-15", false)
	for _, s := range extract.Statements(c) {
		if strings.Contains(s.Content, "supporters of the group") && s.Speaker == "witness" {
			t.Errorf("“it” resolved to a person's role: %q", s.Speaker)
		}
	}
}
