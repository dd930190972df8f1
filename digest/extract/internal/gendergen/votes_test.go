package main

import "testing"

// TestMiddleNameNoVote checks that a middle name ("Giovanni Maria Vian")
// takes no vote of the person's sex, while the first name does.
func TestMiddleNameNoVote(t *testing.T) {
	text := "Giovanni Maria Vian spoke. Giovanni Vian said no. Mr. Vian left. Giovanni Rossi came. Vian said so."
	docs := [][]word{words(text)}
	lower := lowerShare(docs)
	got := honorificVotes(docs[0], lower, nameUsage(docs))
	if _, ok := got["maria"]; ok {
		t.Errorf("honorificVotes gave a middle name a vote: %v", got)
	}
	if s, ok := got["giovanni"]; !ok || s != 0 {
		t.Errorf("honorificVotes = %v, want giovanni: 0", got)
	}
}
