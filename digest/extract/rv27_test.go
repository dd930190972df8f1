package extract_test

import "testing"

// TestVerbIngStaysTheWriters: "barring" with "from" after its object is
// the verb "bar" ("barring it from enforcing the law"), "considering"
// with "whether" or "if" after it the verb "consider": after a comma or
// a last dash they open the writer's participle clause, as other verbs'
// -ing forms do, not a condition of what was said (ends_dash.go
// prepositionIng).
func TestVerbIngStaysTheWriters(t *testing.T) {
	wantCueContents(t, []cueContentCase{
		{"Mayor Ann Lee said the judge ruled against the city, barring it from enforcing the new law.",
			"said", "the judge ruled against the city"},
		{"Mayor Ann Lee said the judge ruled against the city — barring the city's agents from enforcing the law.",
			"said", "the judge ruled against the city"},
		{"Senator Tom Reed said the vote was close, considering whether to appeal the result.",
			"said", "the vote was close"},
		{"Mayor Ann Lee said the court upheld the ban, barring them from office for life.",
			"said", "the court upheld the ban"},
		// the prepositions go on as before
		{"Mayor Ann Lee said the bridge will open in May, barring delays from the steel mill.",
			"said", "the bridge will open in May, barring delays from the steel mill"},
		{"Senator Tom Reed said the bill is fair, considering the cost of doing nothing.",
			"said", "the bill is fair, considering the cost of doing nothing"},
		{"Mayor Ann Lee said the bridge will open in May, barring her veto from the governor's office.",
			"said", "the bridge will open in May, barring her veto from the governor's office"},
		{"Mayor Ann Lee said the bridge will open in May, barring.",
			"said", "the bridge will open in May, barring"},
	})
}

// TestCompoundSubjectModalForms: the compound subject after a form of
// "say" (object.go compoundSubject) reads "cannot" as it reads "can't",
// and lets one adverb stand before the modal ("still could", "never
// would").
func TestCompoundSubjectModalForms(t *testing.T) {
	wantCueContents(t, []cueContentCase{
		{"Mayor Ann Lee said the heat and unsettled weather cannot last much longer.",
			"said", "the heat and unsettled weather cannot last much longer"},
		{"Mayor Ann Lee said the heat and unsettled weather can't last much longer.",
			"said", "the heat and unsettled weather can't last much longer"},
		{"Mayor Ann Lee said the heat and unsettled weather still could last through the week.",
			"said", "the heat and unsettled weather still could last through the week"},
		{"Mayor Ann Lee said the town and officials never would agree on the plan.",
			"said", "the town and officials never would agree on the plan"},
		// a deed after the object stays the speaker's
		{"Mayor Ann Lee acknowledged the costs and still ordered limits on new construction.",
			"acknowledged", "the costs"},
	})
}
