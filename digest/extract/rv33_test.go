package extract_test

import (
	"testing"
)

// TestRv33ElisionInSingleMarks checks a clipping that quotes with single
// marks and writes an elision with an apostrophe before a word ("rock
// ’n’ roll", "get ’em"): the apostrophe is part of the word, no mark that
// closes the quotation. Made-up sentences.
func TestRv33ElisionInSingleMarks(t *testing.T) {
	for _, tt := range []struct {
		text, speaker, content string
	}{
		{"‘Rock ’n’ roll saved this town,’ the mayor said.", "mayor", "Rock ’n’ roll saved this town"},
		{"‘We will get ’em next time,’ the coach said.", "coach", "We will get ’em next time"},
		{"'Rock 'n' roll saved this town,' the mayor said.", "mayor", "Rock 'n' roll saved this town"},
		{"‘The Joneses’ house was flooded twice,’ Tom Reed said.", "Tom Reed", "The Joneses’ house was flooded twice"},
	} {
		wantSpoken(t, tt.text, tt.speaker, tt.content)
	}
}

// TestRv33VehicleOfAnActToCome checks that a phrase of saying after an
// act the speaker says is still to come ("he would set out the details
// in a speech next week") is that act's, and stays in the content; the
// vehicle of the saying itself still closes a clause in the past.
// Made-up sentences.
func TestRv33VehicleOfAnActToCome(t *testing.T) {
	for _, tt := range []struct {
		text, speaker, content string
	}{
		{"Tom Reed said he would set out the details in a speech next week.", "Tom Reed", "he would set out the details in a speech next week"},
		{"Ann Lee said she will give her answer in a letter to the council.", "Ann Lee", "she will give her answer in a letter to the council"},
		{"The company said it would share the figures in a statement on Monday.", "company", "it would share the figures in a statement on Monday"},
		{"Tom Reed said the plan had failed in a statement Friday.", "Tom Reed", "the plan had failed"},
		{"Tom Reed said the plan would fail in a statement Friday.", "Tom Reed", "the plan would fail"},
	} {
		wantSpoken(t, tt.text, tt.speaker, tt.content)
	}
}
