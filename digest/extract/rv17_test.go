package extract_test

import "testing"

// TestDashNounInIng: a noun in -ing after a last dash ("— housing,
// transit and schools", "— funding and staff") is a list that goes on
// with what was said, not the writer's participle clause, which takes an
// object or a complement (ends_dash.go).
func TestDashNounInIng(t *testing.T) {
	wantCueContents(t, []cueContentCase{
		{"Ann Lee said the city would spend more on three things — housing, transit and schools.", "said", "the city would spend more on three things — housing, transit and schools"},
		{"Tom Park said the clinic lacked what it needed most — funding and staff.", "said", "the clinic lacked what it needed most — funding and staff"},
		{"Ann Lee said the tax would rise — setting off a fight in the council.", "said", "the tax would rise"},
	})
}

// TestConcessionThenIndefiniteSubject: a main clause whose subject opens
// with "a" or "an" ("Despite the rain, a large crowd turned out ...") is
// what was said after the concession; only a noun phrase that a second
// comma closes before a main clause is an appositive inside the
// concession ("Though the race moves to Ohio, a state she hoped to carry,
// ...") (content_concession.go).
func TestConcessionThenIndefiniteSubject(t *testing.T) {
	wantCueContents(t, []cueContentCase{
		{"Despite the rain, a large crowd turned out for the march, organizers said.", "said", "a large crowd turned out for the march"},
		{"Although the plant closed last year, an old union still meets there every week, Ann Lee said.", "said", "an old union still meets there every week"},
		{"Though the race moves to Ohio, a state she hoped to carry, the senator trails by ten points, according to a new poll.", "according to", "the senator trails by ten points"},
	})
}

// TestDashSpeechParticiple: a verb of speech's participle after a last
// dash (one no second dash closes) ("— adding that ...", "-- noting that ...", " - warning that
// ...") is the speaker's next statement, as after a comma: the first
// content ends at the dash and the participle's clause is a statement of
// its own (content_end.go), not lost with the writer's gloss that
// ends_dash.go cuts off.
func TestDashSpeechParticiple(t *testing.T) {
	wantCueContents(t, []cueContentCase{
		{"Ann Lee said the plan had failed — adding that she would try again next year.", "adding", "she would try again next year"},
		{"Ann Lee said the plan had failed -- noting that the council had cut its budget.", "noting", "the council had cut its budget"},
		{"Ann Lee said the plan had failed - warning that the city could lose its grant.", "warning", "the city could lose its grant"},
		{"Ann Lee said the plan had failed — adding that she would try again next year.", "said", "the plan had failed"},
		{"Ann Lee said the plan — adding nothing new — had failed.", "said", "the plan — adding nothing new — had failed"}, // a second dash closes an aside
	})
}
