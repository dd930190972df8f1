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
