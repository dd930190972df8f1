package extract_test

import (
	"strings"
	"testing"

	"github.com/whosaid/whosaid/digest"
	"github.com/whosaid/whosaid/digest/extract"
)

// TestPossessedPluralNoCue: a form in -s that is also a plural noun of
// speech ("tweets", "claims") after a possessive and its modifiers is the
// noun, not a verb whose subject is the modifier; a participle later in
// the sentence goes on from the sentence's subject. A verb in -s after a
// possessive noun phrase ("Thursday's meeting says") stays a verb.
func TestPossessedPluralNoCue(t *testing.T) {
	runStatements(t, []statementCase{{
		name: "her early-morning tweets, his latest claims",
		text: "Tweets\n\nMayor Ann Lee is defending her early-morning tweets attempting to shame a rival, saying they show she works hard.\n\n" +
			"Sen. Tom Reyes stood by his latest claims attacking the board.\n\n" +
			"A person familiar with the planning for Thursday's meeting says the talks will focus on jobs.",
		pub: "2016-04-17",
		want: []want{
			{speaker: "Ann Lee", content: "they show she works hard", mention: "Mayor Ann Lee"},
			{speaker: "person", content: "the talks will focus on jobs"},
		},
		count: 2,
	}})
}

// TestQuantityWithRelativeSubject: "some who support the plan", "Many who
// backed the mayor": a quantity with its relative clause is the subject,
// capitalised or not, and the verb after the clause is its verb (not the
// relative's object's: "the plan", "the mayor").
func TestQuantityWithRelativeSubject(t *testing.T) {
	wantMentioned(t, []mentionCase{
		{name: "some who", text: "Tax\n\nBut some who support the plan argue that it will cost too much.",
			speaker: "some who support the plan", content: "it will cost too much"},
		{name: "Many who", text: "Tax\n\nMany who backed the mayor say that she has lost her way.",
			speaker: "Many who backed the mayor", content: "she has lost her way"},
		{name: "some who advocate", text: "Speech\n\nBut some who advocate free speech argue that the rule goes too far.",
			speaker: "some who advocate free speech", content: "the rule goes too far"},
	})
}

// TestShareOfGroupSpeaks: "Nearly eight in 10 Democratic voters", "Two in
// three Republicans": a share "N in M" of a group speaks as the group,
// the whole share its mention; and "overall", "alike" after the subject
// only stress it, as "both" and "all" do ("The actors involved are all
// quick to point out").
func TestShareOfGroupSpeaks(t *testing.T) {
	runStatements(t, []statementCase{{
		name: "eight in 10, two in three, overall, all",
		text: "Poll\n\nNearly eight in 10 Democratic voters overall said they had made up their minds.\n\n" +
			"Two in three Republicans say the party is divided.\n\n" +
			"More than half of Latino voters said they liked the plan.\n\n" +
			"The actors involved are all quick to point out that they are not playing real people.",
		pub: "2016-04-17",
		want: []want{
			{speaker: "Democratic voters", content: "they had made up their minds", mention: "Nearly eight in 10 Democratic voters"},
			{speaker: "Republicans", content: "the party is divided", mention: "Two in three Republicans"},
			{speaker: "Latino voters", content: "they liked the plan", mention: "More than half of Latino voters"},
			{content: "they are not playing real people", mention: "The actors involved"},
		},
	}})
}

// TestRelativeWithOwnSubject: a verb of speech in a relative clause with
// a subject of its own ("the emails that Senator Lake asked ...", "the
// plan that Mayor Lee said ...") is that subject's: the noun the clause
// describes is its object (no statement) or what was said's subject.
func TestRelativeWithOwnSubject(t *testing.T) {
	runStatements(t, []statementCase{{
		name: "object and subject gaps",
		text: "Records\n\nThe emails that Senator Ron Lake asked the agency to find were never found.\n\n" +
			"The rule that the mayor announced last week takes effect on Monday.\n\n" +
			"The plan that Mayor Ann Lee said would fail was passed on Monday.\n\n" +
			"Voters who Lake said were ineligible turned out anyway.",
		pub: "2016-04-17",
		want: []want{
			{speaker: "Ann Lee", content: "would fail"},
			{speaker: "Ron Lake", content: "were ineligible", mention: "Lake"},
		},
		none:  []string{"the agency to find", "takes effect"},
		count: 2,
	}})
}

// TestMakerSpeaksThroughThing: the fallback's speaker before "which
// said" is not the clause around the relative's noun ("The council voted
// 6-1 for the resolution which"): who made the thing speaks; and a
// passive with an adverb before its verb ("was officially declared the
// winner") is no saying.
func TestMakerSpeaksThroughThing(t *testing.T) {
	runStatements(t, []statementCase{{
		name: "the council's resolution",
		text: "Vote\n\nThe council voted 6-1 for the resolution which said the city “condemns hate speech from all quarters.”",
		pub:  "2016-04-17",
		want: []want{{speaker: "council", content: "the city “condemns hate speech from all quarters.”", mention: "The council"}},
	}})
	// the fallback runs with the model only
	for _, text := range []string{
		"Results\n\nThe story was updated to reflect that Lee was formally declared the winner and that Ross conceded the race.",
		"Results\n\nThe senator was repeatedly told that the plan would fail.",
	} {
		c := clipping(text, "2016-04-17", false)
		for _, st := range extract.Statements(c) {
			if strings.Contains(st.Cue, "declared") || strings.Contains(st.Cue, "told") {
				t.Errorf("%q: want no statement, got %s", text, dump([]digest.Statement{st}))
			}
		}
	}
}

// TestNounOfSpeechAfterModifiers: a noun of speech after a past verb and
// its modifier ("showed subtle hints that") or after an article and a
// modifier ("the vain hope that") is no verb; a verb after a noun stays
// one ("The board notes that").
func TestNounOfSpeechAfterModifiers(t *testing.T) {
	runStatements(t, []statementCase{{
		name: "subtle hints, vain hope, the board notes",
		text: "Doubts\n\nThe mayor showed subtle hints that she was having second thoughts.\n\n" +
			"The only thing keeping him in the race is the vain hope that the delegates will defy the vote.\n\n" +
			"The board notes that the budget is late.",
		pub:   "2016-04-17",
		want:  []want{{content: "the budget is late", mention: "The board"}},
		count: 1,
	}})
}

// TestSubjectPhraseBounds: where the subject before a cue starts and
// ends: not at a question word ("That is why critics say"), through a
// noun in -ly ("the rally"), through "close to" and "familiar with" after
// an inverted cue; a share "three out of four" speaks as its group; a
// quantity's relative clause may hold a verb of thinking ("Many who know
// the mayor"); "Reports that Lee said" are Lee's words.
func TestSubjectPhraseBounds(t *testing.T) {
	wantMentioned(t, []mentionCase{
		{name: "why critics", text: "Health\n\nThat is why critics say he had proposed to end the program.",
			speaker: "critics", content: "he had proposed to end the program"},
		{name: "the rally", text: "Rally\n\nMany who attended the rally said they would vote for Lee.",
			speaker: "Many who attended the rally", content: "they would vote for Lee"},
		{name: "close to", text: "Appeal\n\n“We will appeal,” said a lawyer close to the family.",
			speaker: "a lawyer close to the family", content: "We will appeal"},
		{name: "who know", text: "Mayor\n\nMany who know the mayor say that she will run again.",
			speaker: "Many who know the mayor", content: "she will run again"},
		{name: "reports that", text: "Quit\n\nReports that Ann Lee said she would quit were denied.",
			speaker: "Ann Lee", content: "she would quit"},
	})
	runStatements(t, []statementCase{{
		name: "close to, familiar with, out of",
		text: "Talks\n\n“It is a serious problem,” said a person close to the mayor.\n\n" +
			"The deal is off, according to an aide familiar with the talks.\n\n" +
			"Three out of four parents said the school was safe.",
		pub: "2016-04-17",
		want: []want{
			{speaker: "person close to the mayor", content: "It is a serious problem"},
			{speaker: "aide familiar with the talks", content: "The deal is off"},
			{speaker: "parents", content: "the school was safe", mention: "Three out of four parents"},
		},
	}})
}
