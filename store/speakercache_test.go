package store

import (
	"context"
	"fmt"
	"testing"
)

// speakerOf returns the stored speaker name of the entry with content.
func speakerOf(t *testing.T, s *Store, content string) string {
	t.Helper()
	var name string
	if err := s.db.QueryRowContext(context.Background(),
		`SELECT s.name FROM entries e JOIN speakers s ON s.id = e.speaker_id WHERE e.content = ?`, content).Scan(&name); err != nil {
		t.Fatalf("speaker of %q: %v", content, err)
	}
	return name
}

// saveSaid saves a one-paragraph clipping with statements by speakers.
func saveSaid(t *testing.T, s *Store, path, day string, statements ...said) {
	t.Helper()
	paras := make([]string, len(statements))
	for i := range statements {
		statements[i].on = day
		paras[i] = statements[i].content + ", " + statements[i].speaker + " said."
	}
	save(t, s, clipping(t, path, "Wire", day, "Report "+path, paras, statements...))
}

// TestSurnameCacheFollowsRenames checks that the writer's memory of
// speakers by surname follows a speaker renamed to a fuller name: a bare
// "Peskov" becomes "Dmitry Peskov", so "Dmitri Peskov" joins him and
// "Anna Peskov" does not.
func TestSurnameCacheFollowsRenames(t *testing.T) {
	s, _ := openTest(t)
	saveSaid(t, s, "1.txt", "2025-01-01", said{speaker: "Peskov", content: "talks were useful"})
	saveSaid(t, s, "2.txt", "2025-01-02", said{speaker: "Peskov", content: "nothing was agreed"})
	saveSaid(t, s, "3.txt", "2025-01-03", said{speaker: "Dmitry Peskov", content: "the date was not set"})
	saveSaid(t, s, "4.txt", "2025-01-04", said{speaker: "Dmitri Peskov", content: "the call went well"},
		said{speaker: "Anna Peskov", content: "the exhibition opens in May"})
	for content, want := range map[string]string{
		"talks were useful":           "Dmitry Peskov",
		"the date was not set":        "Dmitry Peskov",
		"the call went well":          "Dmitry Peskov",
		"the exhibition opens in May": "Anna Peskov",
	} {
		if got := speakerOf(t, s, content); got != want {
			t.Errorf("%q: speaker %q, want %q", content, got, want)
		}
	}
}

// TestSurnameCacheFollowsCounts checks that a name matched by surname
// goes to the most quoted speaker it agrees with as counts change across
// saves: the cache orders its candidates as the SQL does.
func TestSurnameCacheFollowsCounts(t *testing.T) {
	s, _ := openTest(t)
	many := func(speaker, what string, n int) []said {
		var out []said
		for i := range n {
			out = append(out, said{speaker: speaker, content: fmt.Sprintf("%s number %d", what, i+1)})
		}
		return out
	}
	saveSaid(t, s, "1.txt", "2025-01-01", said{speaker: "John Smith", content: "the bill will pass"})
	saveSaid(t, s, "2.txt", "2025-01-02", many("Jane Smith", "budget item", 3)...)
	// A bare surname: the most quoted Smith, Jane; this reads the Smiths.
	saveSaid(t, s, "3.txt", "2025-01-03", said{speaker: "Smith", content: "the vote is close"})
	// John passes Jane with no new Smith: the cached order must follow.
	saveSaid(t, s, "4.txt", "2025-01-04", many("John Smith", "amendment", 5)...)
	// An initial agrees with both: the most quoted, now John.
	saveSaid(t, s, "5.txt", "2025-01-05", said{speaker: "J. Smith", content: "the hearing was adjourned"})
	for content, want := range map[string]string{
		"the vote is close":         "Jane Smith",
		"the hearing was adjourned": "John Smith",
	} {
		if got := speakerOf(t, s, content); got != want {
			t.Errorf("%q: speaker %q, want %q", content, got, want)
		}
	}
	cands, ok := s.surnames.get("smith")
	if !ok {
		t.Fatal("no cached candidates for smith")
	}
	var got []string
	for _, c := range cands {
		got = append(got, fmt.Sprint(c.words, c.statements))
	}
	if want := []string{"[john smith] 7", "[jane smith] 4"}; fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("cached smiths %v, want %v", got, want)
	}
}

// TestSurnameCacheSeesItsOwnSave checks that a speaker created earlier in
// the same save is a candidate for the names after it.
func TestSurnameCacheSeesItsOwnSave(t *testing.T) {
	s, _ := openTest(t)
	// Jane's lookup reads the Smiths (John); Janet's must see Jane too.
	saveSaid(t, s, "1.txt", "2025-01-01", said{speaker: "John Smith", content: "the bill will pass"},
		said{speaker: "Jane Smith", content: "the budget is late"},
		said{speaker: "Janet Smith", content: "the vote is close"},
		said{speaker: "Mary Jones", content: "the port reopens"})
	saveSaid(t, s, "2.txt", "2025-01-02", said{speaker: "Jones", content: "the ships are waiting"})
	for content, want := range map[string]string{
		"the vote is close":     "Jane Smith",
		"the ships are waiting": "Mary Jones",
	} {
		if got := speakerOf(t, s, content); got != want {
			t.Errorf("%q: speaker %q, want %q", content, got, want)
		}
	}
}
