package extract_test

import (
	"strings"
	"testing"

	"github.com/whosaid/whosaid/digest"
	"github.com/whosaid/whosaid/digest/extract"
)

// TestRecallForms checks forms of attribution the extractor used to miss
// on train folds (issue 10, recall), in made-up sentences: each names the
// statement it must find and how its content must begin, with the rules
// alone (the readings are rules; the statement model may find some of
// these forms by itself) and with the shipped model.
func TestRecallForms(t *testing.T) {
	wantStarts(t, []startsCase{
		{
			name:    "prepositional phrases and a date between the cue and that",
			text:    "Jane Roe said in an interview with a news agency last week that she did not want to think about the race.",
			speaker: "Jane Roe",
			starts:  "she did not want",
		},
		{
			name:    "an adverb of time, a date and a phrase before that",
			text:    "The mayor said earlier on Friday during a news conference that he may wait until spring to decide.",
			speaker: "mayor",
			starts:  "he may wait",
		},
		{
			name:    "an aside between commas, with a verb of its own, before that",
			text:    "Tom Gray, a former aide, said on the radio, where he is now a paid host, that the plan should be dropped.",
			speaker: "Tom Gray",
			starts:  "the plan should",
		},
		{
			name:    "an aside between dashes before that",
			text:    "His campaign chairman Bill Hart said — on Twitter, as it happens — that the campaign raised $4 million that day.",
			speaker: "Bill Hart",
			starts:  "the campaign raised",
		},
		{
			name:    "an inverted speaker with the affiliation after the name",
			text:    "“The race is close,” says Jane Roe of the non-partisan Roe Political Report.",
			speaker: "Jane Roe",
			starts:  "The race is close",
		},
		{
			name:    "an inverted speaker with a delegation after the name",
			text:    "“There is just a passion for the man,” said Rob Anton of the New York delegation.",
			speaker: "Rob Anton",
			starts:  "There is just a passion",
		},
		{
			name:    "a clause, then a role and its holder's name between commas, then the cue",
			text:    "The company built the tool to help in times of crisis, a spokeswoman, Ann Whitby, said on Saturday.",
			speaker: "Ann Whitby",
			starts:  "The company built the tool",
		},
		{
			name:    "an opening phrase before the role and name is no statement; what follows the cue is",
			text:    "On Friday, a spokeswoman, Ann Whitby, said the plant will close in March.",
			speaker: "Ann Whitby",
			starts:  "the plant will close",
		},
		{
			name:    "a subject with a relative clause on whose",
			text:    "The weather was fine.\n\nThe state officials whose laws have been struck down say the real change has come in the courts.",
			speaker: "state officials",
			starts:  "the real change",
		},
		{
			name:    "a quantity with a relative clause heads the subject",
			text:    "The weather was fine.\n\nJane Hall and others who want to ban the practice said the ruling will sharpen the choice.",
			speaker: "others",
			starts:  "the ruling will",
		},
		{
			name:    "two relative clauses joined by and",
			text:    "The weather was fine.\n\nAnother delegate who worked at the center and who did not want to be named said he heard the speech twice.",
			speaker: "delegate",
			starts:  "he heard the speech",
		},
		{
			name:    "an aside between spaced hyphens after the subject",
			text:    "The weather was fine.\n\nDeborah Reyes - the co-host of his channel - told The Washington Post that the doubts grew around 2002.",
			speaker: "Deborah Reyes",
			starts:  "the doubts grew",
		},
		{
			name:    "an aside between spaced hyphens after a described subject",
			text:    "The weather was fine.\n\nA representative for the brand - a small business pitched as \"the place for workers\" - noted that the company offers paid leave.",
			speaker: "representative",
			starts:  "the company offers",
		},
		{
			name:    "calling a name something, a noun phrase with an article",
			text:    "The session ran late. Senator Jane Roe called Smith a danger to the state budget.",
			speaker: "Jane Roe",
			starts:  "Smith a danger",
		},
		{
			name:    "calling a name something, a noun phrase with a possessive",
			text:    "The weather was fine.\n\nThe mayor calls Springfield her home town.",
			speaker: "mayor",
			starts:  "Springfield her home town",
		},
		{
			name:    "calling a thing something",
			text:    "Tom Gray, the chairman, called the vote a turning point for the party.",
			speaker: "Tom Gray",
			starts:  "the vote a turning point",
		},
		{
			name:    "two names before a colon and a quotation, after a topic and a dash",
			text:    "The weather was fine.\n\nPOLLS NOT WRONG, JUST EARLY - Mark Blue and Jon Cole: “The polls were not wrong at all, they simply stopped too soon.”",
			speaker: "Jon Cole",
			starts:  "The polls were not wrong",
		},
	})
}

// TestNotNaming checks that a call made to someone, not a name given, is
// no statement of calling.
func TestNotNaming(t *testing.T) {
	for _, text := range []string{
		"Senator Jane Roe called Smith on Monday about the budget.",
		"Senator Jane Roe called Smith a day later.",
		"The council called the meeting the following week.",
		"Senator Jane Roe called Trump supporters to the stage.",
	} {
		c := clipping(text, "2026-12-01", false)
		for _, s := range extract.StatementsRules(c) {
			if strings.Contains(s.Cue, "call") {
				t.Errorf("%q: want no statement of calling, got %s", text, dump([]digest.Statement{s}))
			}
		}
	}
}
