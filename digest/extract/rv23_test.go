package extract_test

import "testing"

// TestTenseBarePluralSubject: a plural noun after ", but" that a bare verb
// follows is the subject of a clause of its own ("but costs rise every
// year"), not a verb in -s with no subject, so the tense reading leaves
// the content's end where the rules before it put it (ends_tense.go).
func TestTenseBarePluralSubject(t *testing.T) {
	wantCueContents(t, []cueContentCase{
		{"Mayor Ann Lee said the city is growing, but costs rise every year.",
			"said", "the city is growing"},
		{"Senator Tom Reed said the talks were productive, but prices remain high across the state.",
			"said", "the talks were productive"},
		{"Ann Lee said the meeting went well, but talks resume next week in Geneva.",
			"said", "the meeting went well"},
		// a verb in -s that an object follows: the reported clause's second predicate, as before
		{"The spokesman said the company had no plans to close the plant, but needs a buyer by March.",
			"said", "the company had no plans to close the plant, but needs a buyer by March"},
		{"Mayor Tom Reed said the county is sound, but plans to cut costs next year.",
			"said", "the county is sound, but plans to cut costs next year"},
	})
}

// TestWhilePlaceNotSpeaker: a name the sentence gave in a phrase after a
// preposition ("In Iowa, ...") is a place or a topic, not the speaker, so
// a contrast whose subject repeats it is no speaker's own deed
// (ends_while.go wordBefore); the speaker's own name still is.
func TestWhilePlaceNotSpeaker(t *testing.T) {
	wantCueContents(t, []cueContentCase{
		{"In Iowa, Governor Ann Lee said the economy is strong, while Iowa farmers are struggling with debt.",
			"said", "the economy is strong, while Iowa farmers are struggling with debt"},
		{"Speaking at Harvard on Monday, Senator Tom Reed said the college is sound, while Harvard's rivals are struggling.",
			"said", "the college is sound, while Harvard's rivals are struggling"},
		{"The Ledger said the rival list counts whole families, while the Ledger counts only single people.",
			"said", "the rival list counts whole families"},
	})
}

// TestRoomStopsAtOtherSpeaker: the models' room for a content ends where
// another statement's speaker or cue stands after the rules' end
// ("..., while Tom Park, the state treasurer, said ..."): the end model
// took the content up to the appositive's comma, over the next speaker's
// name (learn.go room).
func TestRoomStopsAtOtherSpeaker(t *testing.T) {
	wantCueContents(t, []cueContentCase{
		{"Senator Ann Lee said taxes would rise, while Tom Park, the state treasurer, said they would fall.",
			"said", "taxes would rise"},
		{"Mayor Ann Lee said the plan is sound, while critics, including Tom Park, say it will fail.",
			"said", "the plan is sound"},
	})
}
