package extract_test

import "testing"

// TestWhileGoesOn: ", while" and a clause of its own goes on with what was
// said unless it sets another report beside it (ends_while.go).
func TestWhileGoesOn(t *testing.T) {
	wantCueContents(t, []cueContentCase{
		{"Secretary of State Ann Lee said the prisoners released by the city were close to finishing their sentences, while the fugitives were beyond its reach.",
			"said", "the prisoners released by the city were close to finishing their sentences, while the fugitives were beyond its reach"},
		{"A new poll found that 28 percent of likely voters supported Mr. Hale, while 23 percent favored Mr. Cruz.",
			"found", "28 percent of likely voters supported Mr. Hale, while 23 percent favored Mr. Cruz"},
		{"Mayor Tom Reed said the city expects a 6 percent growth rate, while the state will likely see 2 percent.",
			"said", "the city expects a 6 percent growth rate, while the state will likely see 2 percent"},
		// another report, another share, the speaker's own deed: the writer's
		{"Senator Tom Reed suggested that someone who cannot answer questions cannot lead, while Governor Ann Lee said the stakes were too high.",
			"suggested", "someone who cannot answer questions cannot lead"},
		{"About half of voters say they prefer a candidate who is an outsider, while about 4 in 10 want one with experience.",
			"say", "they prefer a candidate who is an outsider"},
		{"The Ledger said the rival list counted whole families, while the Ledger counted only single people.",
			"said", "the rival list counted whole families"},
		{"A city official said Japan should stay out of the dispute, while the foreign ministry also weighed in on the talks.",
			"said", "Japan should stay out of the dispute"},
		{"The governor has promised to build a new bridge over the river, while also suggesting that tolls should rise.",
			"promised", "to build a new bridge over the river"},
	})
}

// TestTenseGoesOn: after a verb of speech in the past, ", but" or ", and"
// and a verb in the present or a modal is the reported clause's second
// predicate; a verb in the past is the speaker's next deed (ends_tense.go).
func TestTenseGoesOn(t *testing.T) {
	wantCueContents(t, []cueContentCase{
		{"Mayor Tom Reed said the agreement with the county isn’t good for the city, but will make the county rich.",
			"said", "the agreement with the county isn’t good for the city, but will make the county rich"},
		{"Governor Ann Lee pledged the senator really is in favor of free trade, but wants tougher trade deals.",
			"pledged", "the senator really is in favor of free trade, but wants tougher trade deals"},
		{"Ann Lee said she recruited him for the post, but hasn’t decided what she will do next.",
			"said", "she recruited him for the post, but hasn’t decided what she will do next"},
		// the past, or a cue in the present: as before
		{"Senator Tom Hale said he had voted for the mayor, but cautioned against viewing that as an endorsement.",
			"said", "he had voted for the mayor"},
		{"Rep. Jane Hill says the plan is sound, but wants more time.",
			"says", "the plan is sound"},
	})
}

// TestTenseGoesOnAdverb: an adverb in -s after "but" is no verb of the
// reported clause's ("but sometimes realism takes over" has a subject of
// its own), so the tense reading leaves it to the rules before it.
func TestTenseGoesOnAdverb(t *testing.T) {
	wantCueContents(t, []cueContentCase{
		{"Captain Tom Reed concluded that hope is nice, but sometimes the facts win out.",
			"concluded", "hope is nice"},
	})
}

// TestTenseRefusal: a modal before a verb of speech or of telling more is
// the speaker's own reply, not the reported clause's ("but would not say
// how much"): the content stops at the comma (ends_tense.go).
func TestTenseRefusal(t *testing.T) {
	wantCueContents(t, []cueContentCase{
		{"Mayor Tom Reed said the plan would cut costs, but would not say how much.",
			"said", "the plan would cut costs"},
		{"Ann Lee said the firm had been sold, but wouldn’t comment on the price.",
			"said", "the firm had been sold"},
	})
}

// TestPluralNotVerb: a plural noun before a preposition is no verb in -s
// ("the prices in the county rose", "officials in the county disagree"),
// so the contrast and the second clause stay the writer's (ends_while.go,
// ends_tense.go).
func TestPluralNotVerb(t *testing.T) {
	wantCueContents(t, []cueContentCase{
		{"Mayor Tom Reed said the city expects a 6 percent growth rate, while the prices in the county rose sharply.",
			"said", "the city expects a 6 percent growth rate"},
		{"Mayor Ann Lee said the budget was sound, but officials in the county disagree.",
			"said", "the budget was sound"},
	})
}
