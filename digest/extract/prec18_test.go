package extract_test

import "testing"

// TestNameNounPastVerb: a verb of speech in its bare form after a
// singular name, with a past form right after it, is a noun the name
// modifies ("the 10-year Treasury note fell"): a finite verb follows its
// subject, never another finite verb (cue_none.go nameNoun).
func TestNameNounPastVerb(t *testing.T) {
	noContent(t, []contentCase{
		{"The yield on the benchmark 10-year Treasury note fell to 1.45 percent from 1.51 percent the day before.", "fell to 1.45 percent from 1.51 percent the day before"},
		{"The price of the Lund Company report rose to $40 a copy this spring.", "rose to $40 a copy this spring"},
	})
	wantContents(t, []contentCase{
		{"Mayor Ann Lee said prices rose last year.", "prices rose last year"},
		{"Both Lee and Grant say taxes rose under the last mayor.", "taxes rose under the last mayor"},
		{"The bills Lee and Grant say passed too fast will come back, Mayor Ann Lee said.", "The bills Lee and Grant say passed too fast will come back"},
	})
}

// TestBareLinkContent: a web address on its own is where a report can be
// read, not what anyone said (content_link.go).
func TestBareLinkContent(t *testing.T) {
	noContent(t, []contentCase{
		{"Maria Lund at the Dayton Ledger reports: http://ledger.example.com/1AbCdE.", "http://ledger.example.com/1AbCdE"},
		{"The full ruling is online, the court said: https://courts.example.org/rulings/2026/114.", "https://courts.example.org/rulings/2026/114"},
	})
	wantContents(t, []contentCase{
		{"Mayor Ann Lee said the plan is posted at www.dayton.example.gov for anyone to read.", "the plan is posted at www.dayton.example.gov for anyone to read"},
	})
}

// TestNoSpeakerSubject: a verb of speech whose subject is no one: a
// weekday that opens the sentence ("Wednesday added one more twist"), and
// the bare form after "help", an infinitive whose doer the sentence does
// not name ("which helps explain why") (cue_none.go).
func TestNoSpeakerSubject(t *testing.T) {
	noContent(t, []contentCase{
		{"Wednesday added one more twist to the race: Senator Paul Grant of Ohio dropped out.", "one more twist to the race: Senator Paul Grant of Ohio dropped out"},
		{"The levy is unpopular in the suburbs, which helps explain why neither party mentions it.", "why neither party mentions it"},
		{"The new rules helped convince the board that the plan was sound.", "the board that the plan was sound"},
	})
	wantContents(t, []contentCase{
		{"On Wednesday, Senator Paul Grant added that he would stay in the race.", "he would stay in the race"},
		{"Senator Paul Grant on Wednesday added that he would stay in the race.", "he would stay in the race"},
		{"Aides who helped write the plan said it would pass.", "it would pass"},
	})
}

// TestHavingParticiple: a perfect participle of speech that opens the
// sentence is said by the main clause's subject, as a participle in -ing
// is; "Having" is no speaker, and "Having said that," says nothing
// (cue_having.go).
func TestHavingParticiple(t *testing.T) {
	wantMentioned(t, []mentionCase{
		{"announced", "Having announced that he would not seek a second term, Mayor Tom Reed left the hall.", "Mayor Tom Reed", "he would not seek a second term"},
		{"said", "Having said that the budget was balanced, Governor Ann Lee took questions from the floor.", "Governor Ann Lee", "the budget was balanced"},
	})
	noContent(t, []contentCase{
		{"Having said that, the senator voted for the bill on Tuesday.", "the senator voted for the bill on Tuesday"},
	})
}

// TestInfinitiveGap: an infinitive after a verb of speech, its object
// missing and a finite auxiliary right after it, belongs to a relative
// clause with no pronoun ("the divides he promised to bridge have only
// grown"): the noun before is what was promised, and no statement
// follows (object_gap.go infinitiveGap).
func TestInfinitiveGap(t *testing.T) {
	noContent(t, []contentCase{
		{"President Tom Reed spoke on Monday. His task is to find a way to acknowledge that the political divides he promised to bridge have only grown deeper and more bitter.", "to bridge have only grown deeper and more bitter"},
		{"Mayor Ann Lee spoke on Monday. Critics note that the roads she vowed to fix are still full of holes.", "to fix are still full of holes"},
	})
	wantContents(t, []contentCase{
		{"Mayor Ann Lee vowed to fix the roads by the spring.", "to fix the roads by the spring"},
		{"Mayor Ann Lee promised to be there when the bridge opens.", "to be there when the bridge opens"},
	})
}

// TestAuxOnlySpeaker: a speaker phrase read back to a lone auxiliary
// ("Does", "shouldn't") names no one, and the statement goes
// (speaker_aux.go).
func TestAuxOnlySpeaker(t *testing.T) {
	noContent(t, []contentCase{
		{"Does the mayor have the stamina to campaign for a year, or does that person get tired and say the wrong thing?", "the wrong thing"},
		{"If they didn't come knocking, I shouldn't say anything myself.", "anything myself"},
		{"Having said all that, Governor Ann Lee voted for the bill.", "all that"},
	})
	wantContents(t, []contentCase{
		{"Does it matter? Mayor Ann Lee said it does not.", "it does not"},
	})
}
