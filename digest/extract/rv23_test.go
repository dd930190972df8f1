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
