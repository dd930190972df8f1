package extract_test

import (
	"testing"

	"github.com/whosaid/whosaid/digest"
	"github.com/whosaid/whosaid/digest/extract"
)

// TestCompoundAfterAbbreviation: a dotted abbreviation that opens a
// hyphenated compound ("U.N.-backed", "D.C.-area") is one word; what was
// said does not end at its dot.
func TestCompoundAfterAbbreviation(t *testing.T) {
	wantContents(t, []contentCase{
		{"Ortiz said the U.N.-backed plan was costly.", "the U.N.-backed plan was costly"},
		{"Ortiz said the D.C.-area ferry and the harbor were slow.", "the D.C.-area ferry and the harbor were slow"},
		{"Ortiz vowed to build a pier on the U.S.-Canada line.", "to build a pier on the U.S.-Canada line"},
	})
}

// TestQuoteEndsContent: a quotation after the cue that closes on the end
// of its sentence ends what was said, though no full stop follows its
// mark; the writer's next sentence is not part of it.
func TestQuoteEndsContent(t *testing.T) {
	wantContents(t, []contentCase{
		{"The mayor wrote to the board, telling them, “you are the best team we have!” Ortiz replied that the plan was costly.",
			"you are the best team we have!"},
		{"The mayor wrote to the board, telling them, “you are the best team we have!” Ortiz replied that the plan was costly.",
			"the plan was costly"},
	})
}

// TestWritersRemarkAfterDash: a noun phrase the writer adds after a
// sentence's last dash ("— an idea the council has rejected") is not what
// was said; an aside between two dashes stays inside it.
func TestWritersRemarkAfterDash(t *testing.T) {
	wantContents(t, []contentCase{
		{"Ortiz said the town should build a second pier — an idea the council has rejected.", "the town should build a second pier"},
		{"The mayor said the vote was fair -- something the council denies.", "the vote was fair"},
		{"Ortiz said the pier — a costly one — was needed.", "the pier — a costly one — was needed"},
	})
}

// TestQuoteAfterLongCircumstance: prepositional phrases of circumstance
// between the cue and a comma before a quotation, longer than a short
// phrase ("said in an op-ed before the 2014 hearing, “...”"), say where it
// was said; the quotation is what was said. A noun phrase of the verb's
// own before the comma is not circumstance.
func TestQuoteAfterLongCircumstance(t *testing.T) {
	wantContents(t, []contentCase{
		{"Sen. Ann Lowe said in an op-ed piece before a 2014 Senate hearing, “The department failed to act.”", "The department failed to act."},
		{"The host lamented in an interview with the Valley Times politics editor Tom Reed, “We have spent years on this.”", "We have spent years on this."},
	})
	c := clipping("The weather was fine.\n\nMany reporters noted on Twitter the change from the usual campaign slogan, “Build the Bridge Now.”", "2026-12-01", false)
	for _, s := range extract.StatementsRules(c) {
		if s.Content == "Build the Bridge Now." {
			t.Errorf("the slogan after the verb's own object read as what was said: %s", dump([]digest.Statement{s}))
		}
	}
}

// TestTopicParticle: a preposition right after a verb of speech that opens
// the verb's topic reads with the verb ("argued against", "asked for"),
// and what was said is its object ("responded to requests", "admitted to
// misleading", "joked about her “friendship”"); an amount after "about" is
// what was said, "for" opens a topic only after a verb of asking, and "to"
// only after a verb of answering or owning up ("vowed to stay" is an
// infinitive); a word of manner may stand before the preposition
// ("complained bitterly about"), and one linking to the sentence before
// before "that" ("suggest however that"); a noun's own clause after
// "that" stays in the topic ("remarked upon the fact that ...").
func TestTopicParticle(t *testing.T) {
	cases := []cueContentCase{
		{"Mayor Jo Park argued against intervention by outside powers in the region.", "argued against", "intervention by outside powers in the region"},
		{"The aide asked for anonymity to speak freely.", "asked for", "anonymity to speak freely"},
		{"Mayor Jo Park warned against the forces of hate brewing in the city.", "warned against", "the forces of hate brewing in the city"},
		{"Mayor Jo Park said about half of the budget was spent.", "said", "about half of the budget was spent"},
		{"Neither campaign responded to requests for clarification.", "responded to", "requests for clarification"},
		{"The mayor admitted to misleading the council about the bridge.", "admitted to", "misleading the council about the bridge"},
		{"Mayor Jo Park joked about the governor’s “close friendship” with the union.", "joked about", "the governor’s “close friendship” with the union"},
		{"Mayor Jo Park vowed to stay in the race until the end.", "vowed", "to stay in the race until the end"},
		{"The governor complained bitterly about the state's backing of the new port.", "complained bitterly about", "the state's backing of the new port"},
		{"Mayor Jo Park said much of her talk with the governor was about the port.", "said", "much of her talk with the governor was about the port"},
		{"Several analysts suggest however that the council will not back the plan.", "suggest", "the council will not back the plan"},
		{"The mayor said instead that “every vote was counted.”", "said", "every vote was counted."},
		{"The governor remarked upon the fact that there is still more work to do.", "remarked upon", "the fact that there is still more work to do"},
	}
	wantCueContents(t, cases)
}
