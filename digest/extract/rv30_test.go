package extract_test

import "testing"

// TestCapitalPluralPastAfter: a plural with no -s that opens a sentence
// ("Police", "Staff") is capitalised because it opens it, not because it
// is a name; the bare verb of speech after it is its verb, and a form in
// -ed after that is the content's adjective ("armed men"), not a second
// finite verb (cue_none.go nameNoun).
func TestCapitalPluralPastAfter(t *testing.T) {
	wantSpoken(t, "Police say armed men stormed the bank on Main Street.", "Police", "armed men stormed the bank on Main Street")
	wantSpoken(t, "Staff say locked doors kept them inside during the fire.", "Staff", "locked doors kept them inside during the fire")
}

// TestHelpNounBeforeCue: "help" as the object of a verb or a preposition
// ("who asked for help", "seeking help") ends the subject's phrase, and so
// does "help" before "say", which it never takes bare; the verb of speech
// after it is the subject's own, not an infinitive after the verb "help"
// (cue_none.go afterHelp).
func TestHelpNounBeforeCue(t *testing.T) {
	wantSpoken(t, "Veterans who asked for help say the agency ignored their calls.", "Veterans", "the agency ignored their calls")
	wantSpoken(t, "Families seeking help say the shelters turned them away.", "Families", "the shelters turned them away")
	wantSpoken(t, "Workers who needed help say the fund ran dry last winter.", "Workers", "the fund ran dry last winter")
	wantSpoken(t, "Neighbors who helped say the fire spread fast.", "Neighbors", "the fire spread fast")
	wantSpoken(t, "Volunteers who help say the shelter is full every night.", "Volunteers", "the shelter is full every night")
	noContent(t, []contentCase{
		{"Rising rents could help explain why families left the city.", "why families left the city"},
		{"The shortfall is large, and it may help explain why the council delayed the vote.", "why the council delayed the vote"},
	})
}

// TestInfinitiveThenCondition: an auxiliary right after "promised to
// VERB" that opens a condition by inversion, its subject after it
// ("should the budget fail", "were it needed"), is no main clause's verb:
// the infinitive's clause is what was promised (object_gap.go invertedIf).
func TestInfinitiveThenCondition(t *testing.T) {
	wantSpoken(t, "Governor Ann Cole vowed to resign should the budget fail again.", "Ann Cole", "to resign should the budget fail again")
	wantSpoken(t, "Mayor Tom Reed promised to intervene were it needed to end the strike.", "Tom Reed", "to intervene were it needed to end the strike")
	noContent(t, []contentCase{
		{"The divides Senator Paul Grant promised to bridge should worry every voter.", "to bridge should worry every voter"},
	})
}

// TestNameNounThenSaid: "said" after a name and a bare noun of speech is
// the finite verb of the phrase they make ("The White House note said"):
// the note speaks, and "note" is no verb (cue_none.go nameNoun).
func TestNameNounThenSaid(t *testing.T) {
	wantSpoken(t, "The White House note said the meeting would be postponed.", "White House note", "the meeting would be postponed")
	noContent(t, []contentCase{
		{"The White House note said the meeting would be postponed.", "said the meeting would be postponed"},
	})
}
