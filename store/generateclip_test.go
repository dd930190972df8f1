package store

import (
	"context"
	"strings"
	"testing"
)

func TestGenerateIngestWritesThroughSaveBatch(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t)
	text := strings.Repeat("The council said the budget for schools would rise next year. Mary Jones told reporters the vote was close. "+
		"Peter Brown said that the bridge will open in May after repairs. Officials expect more traffic in the town centre. ", 3)
	gs, err := s.GenerateIngest(ctx, GenerateOptions{Statements: 300, Texts: []string{text}, Speakers: 4, PerClip: 5, Seed: 2})
	if err != nil {
		t.Fatal(err)
	}
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if gs.Statements < 300 || gs.Statements > 340 || st.Statements != gs.Statements || st.Clippings != gs.Clippings {
		t.Errorf("generated %+v, stored %+v", gs, st)
	}
	res, err := s.Search(ctx, `"the budget"`, 5, 0)
	if err != nil || len(res.Entries) == 0 || len(res.Entries[0].Sources) == 0 {
		t.Errorf("search of generated statements: %+v, %v", res, err)
	}
	checkIndex(t, s)
}
