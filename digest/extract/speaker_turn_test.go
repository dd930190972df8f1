package extract_test

import (
	"testing"

	"github.com/whosaid/whosaid/digest/extract"
)

// TestTurnLabelFromHeadline checks that a transcript's all-caps surname
// label, with no fuller label before it and no one of that name in the
// body, is the person the headline names in full.
func TestTurnLabelFromHeadline(t *testing.T) {
	c := clipping("Nora Quist on the harbor vote\n\nThe harbor talks resumed on Monday.\n\nHOST: Welcome back to the program.\n\nQUIST: The harbor is the test of this council.", "2016-09-20", true)
	st := find(extract.Rules.Statements(c), "The harbor is the test of this council")
	if st == nil {
		t.Fatal("no statement for the labelled turn")
	}
	if st.Speaker != "Nora Quist" {
		t.Errorf("speaker %q, want %q", st.Speaker, "Nora Quist")
	}
}
