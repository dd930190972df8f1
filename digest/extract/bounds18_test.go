package extract_test

import "testing"

// TestCompoundSubjectGoesOn: "and" and a noun that looks like a verb (a
// form in -ed or -s) goes on with the noun phrase before it when "of",
// "between" or "among" follows a plural, or, after a form of "say", when a
// finite auxiliary or modal follows within two words (a compound subject):
// no object followed by the subject's next deed (object.go
// compoundSubject).
func TestCompoundSubjectGoesOn(t *testing.T) {
	wantCueContents(t, []cueContentCase{
		{"Ann Lee, the director, said the heat and unsettled weather could last through the week.",
			"said", "the heat and unsettled weather could last through the week"},
		{"Mayor Ann Lee says the city and allies should pay for the new bridge.",
			"says", "the city and allies should pay for the new bridge"},
		{"Treasurer Tom Reed says the budget and reserves will run out next year.",
			"says", "the budget and reserves will run out next year"},
		{"Governor Ann Lee explained the costs and benefits of the plan.",
			"explained", "the costs and benefits of the plan"},
		{"The actor explained the similarities and differences between the two films.",
			"explained", "the similarities and differences between the two films"},
		// a deed after the object stays the speaker's
		{"Mayor Ann Lee acknowledged the costs and ordered limits on new construction.",
			"acknowledged", "the costs"},
		// a verb that takes a noun phrase: a clause of its own after the object
		{"Mayor Ann Lee denied the report and officials would not comment on it.",
			"denied", "the report"},
		{"Mayor Ann Lee denied the report but officials would not comment on it.",
			"denied", "the report"},
	})
}

// TestPrepositionIngGoesOn: an -ing form that works as a preposition
// ("depending on", "considering", "barring", "pending") after a comma or
// a last dash is a condition of what was said, not the writer's
// participle clause (ends_dash.go prepositionIng, read by writersEnd).
func TestPrepositionIngGoesOn(t *testing.T) {
	wantCueContents(t, []cueContentCase{
		{"Fed officials predict between two and four more rate rises next year, depending on economic strength.",
			"predict", "between two and four more rate rises next year, depending on economic strength"},
		{"Mayor Ann Lee said the remark seems insensitive, considering the council is weighing a new tax.",
			"said", "the remark seems insensitive, considering the council is weighing a new tax"},
		{"Mayor Ann Lee said the bridge will open in May, barring a delay in the steel shipments.",
			"said", "the bridge will open in May, barring a delay in the steel shipments"},
		{"Mayor Ann Lee said the bridge will open in May — depending on the weather.",
			"said", "the bridge will open in May — depending on the weather"},
		// a participle clause stays the writer's
		{"Mayor Ann Lee said the bridge will open in May, ending a long wait for commuters.",
			"said", "the bridge will open in May"},
	})
}
