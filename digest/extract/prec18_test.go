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
