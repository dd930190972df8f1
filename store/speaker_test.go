package store

import (
	"context"
	"testing"
)

// TestExtractorAliasesJoinClippings checks that the spellings an extractor
// saw for a speaker in one clipping find that speaker from another
// clipping: "Attorney General Loretta E. Lynch" shares no full alias with
// "Loretta Lynch", and its first word before the surname is an initial that
// does not agree with "Loretta", so without the aliases it is a new speaker.
func TestExtractorAliasesJoinClippings(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t)
	c1 := clipping(t, "a.txt", "Outlet A", "2016-09-20", "Lynch speaks", []string{"Loretta Lynch said the review was over."},
		said{speaker: "Loretta Lynch", content: "the review was over"})
	c1.Statements[0].SpeakerAliases = []string{"Attorney General Loretta E. Lynch", "Lynch"}
	save(t, s, c1)
	c2 := clipping(t, "b.txt", "Outlet B", "2016-09-21", "Lynch again", []string{"Attorney General Loretta E. Lynch said the inquiry was closed."},
		said{speaker: "Attorney General Loretta E. Lynch", content: "the inquiry was closed"})
	save(t, s, c2)
	top, err := s.TopSpeakers(ctx, 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(top) != 1 || top[0].Name != "Loretta Lynch" || top[0].Statements != 2 {
		t.Errorf("speakers %+v, want Loretta Lynch with 2 statements", top)
	}
}

// TestExtractorAliasesSkipSurnames checks that a bare surname among the
// aliases is not pinned to one speaker: another Lynch stays another.
func TestExtractorAliasesSkipSurnames(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t)
	c1 := clipping(t, "a.txt", "Outlet A", "2016-09-20", "Lynch speaks", []string{"Loretta Lynch said the review was over."},
		said{speaker: "Loretta Lynch", content: "the review was over"})
	c1.Statements[0].SpeakerAliases = []string{"Lynch"}
	save(t, s, c1)
	c2 := clipping(t, "b.txt", "Outlet B", "2016-09-21", "Another Lynch", []string{"Jessica Lynch said the film was wrong."},
		said{speaker: "Jessica Lynch", content: "the film was wrong"})
	save(t, s, c2)
	top, err := s.TopSpeakers(ctx, 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(top) != 2 {
		t.Errorf("speakers %+v, want Loretta Lynch and Jessica Lynch apart", top)
	}
}
