package store

import (
	"context"
	"errors"
	"strings"
	"testing"
)

func TestSaveClippingTwiceIsANoOp(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t)
	c := clipping(t, "a.txt", "The Moscow Times", "2025-07-29", "Talks going nowhere fast", story,
		said{speaker: "Dmitry Peskov", title: "Kremlin spokesman", content: "So far, the process of normalizing relations with the U.S. is going nowhere fast", on: "2025-07-29", direct: true},
		said{speaker: "Dmitry Peskov", content: "the talks require initiative from both sides"})
	first := save(t, s, c)
	if first.Duplicate || first.NewEntries != 2 || first.Statements != 2 || first.NewSpeakers != 1 || c.ID == 0 {
		t.Fatalf("first save: %+v (id %d)", first, c.ID)
	}
	again := clipping(t, "copy/a.txt", "The Moscow Times", "2025-07-29", "Talks going nowhere fast", story)
	again.Statements = c.Statements
	second := save(t, s, again)
	if !second.Duplicate || second.ClippingID != first.ClippingID || second.NewEntries != 0 {
		t.Fatalf("second save: %+v, want duplicate of %d", second, first.ClippingID)
	}
	st, err := s.Stats(ctx)
	if err != nil || st.Clippings != 1 || st.Statements != 2 || st.Speakers != 1 {
		t.Errorf("stats %+v, %v", st, err)
	}
}

func TestNearDuplicateLinksToFirst(t *testing.T) {
	s, _ := openTest(t)
	quote := "So far, the process of normalizing relations with the U.S. is going nowhere fast"
	orig := save(t, s, clipping(t, "mt.txt", "The Moscow Times", "2025-07-29", "Kremlin Says Talks Going Nowhere Fast", story,
		said{speaker: "Dmitry Peskov", content: quote}))

	// The same story syndicated: another headline, a byline, an appeal at
	// the end, typographic quote marks.
	synd := append([]string{"By Staff Writer, Reuters"}, story...)
	synd[2] = strings.ReplaceAll(synd[2], "So far,", "“So far,")
	synd = append(synd, "Support independent journalism: donate today.")
	dup := save(t, s, clipping(t, "yahoo.txt", "Yahoo News", "2025-07-30", "Russia-US talks stalled, Kremlin says", synd,
		said{speaker: "Peskov", content: quote}))
	if dup.Duplicate || dup.NearDupOf != orig.ClippingID {
		t.Errorf("syndicated copy: %+v, want NearDupOf %d", dup, orig.ClippingID)
	}
	if dup.NewEntries != 0 || dup.Statements != 1 {
		t.Errorf("syndicated quote: %+v, want it added as a source of the stored entry", dup)
	}

	// A third copy links to the first, not to the second.
	third := save(t, s, clipping(t, "third.txt", "MSN", "2025-07-30", "Kremlin: nowhere fast", append(synd[1:], "Related: more news")))
	if third.NearDupOf != orig.ClippingID {
		t.Errorf("third copy: NearDupOf %d, want %d", third.NearDupOf, orig.ClippingID)
	}

	// A different story about the same people is not a near-duplicate.
	other := save(t, s, clipping(t, "other.txt", "RFE/RL", "2017-09-13", "Kremlin Says Russia Proposed Full Normalization", []string{
		"The Kremlin has confirmed that Moscow proposed a full normalization of relations with the United States shortly after Donald Trump's inauguration, but said the proposals were rebuffed.",
		"The comments by Dmitry Peskov on September 13 came a day after BuzzFeed published documents showing the scope of the proposals handed over in early 2017.",
		"Unfortunately, we have been met with no such reciprocity, Peskov said, adding that Moscow had systematically pressed for the resumption of dialogue.",
	}))
	if other.NearDupOf != 0 {
		t.Errorf("a different story was linked to %d", other.NearDupOf)
	}
	checkIndex(t, s)
}

func TestSameQuoteFromSeveralOutletsIsOneEntry(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t)
	quote := "Yes, without question, such proposals were handed to the American side in various formats"
	a := save(t, s, clipping(t, "rfe.txt", "RFE/RL", "2017-09-13", "Kremlin Says Russia Proposed Full Normalization",
		[]string{"\"" + quote + ",\" he was quoted as saying by TASS."}, said{speaker: "Dmitry Peskov", content: quote, direct: true}))
	// Another outlet, other words around it, curly quotes, another case.
	b := save(t, s, clipping(t, "tass.txt", "TASS", "2017-09-14", "Peskov on proposals to Washington",
		[]string{"Peskov told reporters: “YES, without question - such proposals were handed to the American side, in various formats.”"},
		said{speaker: "Dmitri Peskov", content: "YES, without question - such proposals were handed to the American side, in various formats", on: "2017-09-13"}))
	if a.NewEntries != 1 || b.NewEntries != 0 || b.Statements != 1 {
		t.Fatalf("saves: %+v then %+v, want one entry", a, b)
	}
	entries, err := s.Latest(ctx, digestFilter(10))
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != 1 {
		t.Fatalf("%d entries, want 1", len(entries))
	}
	e := entries[0]
	if got := strings.Join(e.Outlets(), ", "); got != "RFE/RL, TASS" {
		t.Errorf("outlets %q, want RFE/RL, TASS", got)
	}
	if e.SaidOn != "2017-09-13" {
		t.Errorf("said_on %q: the second source's date was not learnt", e.SaidOn)
	}
	if e.Sources[0].Headline != "Kremlin Says Russia Proposed Full Normalization" {
		t.Errorf("first source %+v", e.Sources[0])
	}
	// The second headline is indexed with the entry.
	res, err := s.Search(ctx, "washington", 5, 0)
	if err != nil || len(res.Entries) != 1 {
		t.Errorf("search by the second source's headline: %v, %v", res.Entries, err)
	}
	checkIndex(t, s)
}

func TestSpeakerAliasesMerge(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t)
	names := []struct {
		name, title string
	}{
		{"Peskov", ""},
		{"Dmitry Peskov", "Kremlin spokesman"},
		{"Dmitri Peskov", ""},
		{"Kremlin spokesman Dmitry Peskov", ""},
		{"DMITRY PESKOV", ""},
		{"D. Peskov", ""},
		{"Donald Trump", "U.S. President"},
		{"Trump", ""},
		{"Melania Trump", ""},
		{"Russian Foreign Ministry", ""},
		{"Russian Defense Ministry", ""},
		{"the Kremlin", ""},
		{"Kremlin", ""},
	}
	for i, n := range names {
		content := "statement number " + strings.Repeat("x", i+1)
		save(t, s, clipping(t, n.name+".txt", "Outlet", "2025-07-29", "Headline "+n.name, []string{n.name + " said " + content},
			said{speaker: n.name, title: n.title, content: content}))
	}
	top, err := s.TopSpeakers(ctx, 20)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]int{}
	for _, sp := range top {
		got[sp.Name] = sp.Statements
	}
	want := map[string]int{
		"Dmitry Peskov": 6, "Donald Trump": 2, "Melania Trump": 1,
		"Russian Foreign Ministry": 1, "Russian Defense Ministry": 1, "the Kremlin": 2,
	}
	for name, n := range want {
		if got[name] != n {
			t.Errorf("%s: %d statements, want %d (speakers: %v)", name, got[name], n, got)
		}
	}
	if len(got) != len(want) {
		t.Errorf("speakers %v, want %v", got, want)
	}
	for _, sp := range top {
		if sp.Name == "Dmitry Peskov" {
			if sp.Title != "Kremlin spokesman" {
				t.Errorf("title %q", sp.Title)
			}
			if len(sp.Aliases) < 5 {
				t.Errorf("aliases %q", sp.Aliases)
			}
		}
	}
}

func TestCanonicalNameIsTheFullName(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t)
	for i, name := range []string{"Kremlin spokesman Dmitry Peskov", "Dmitry Peskov", "Peskov"} {
		content := "words " + strings.Repeat("z", i+1)
		save(t, s, clipping(t, name+".txt", "Outlet", "2025-07-29", "H", []string{name + ": " + content}, said{speaker: name, content: content}))
	}
	top, err := s.TopSpeakers(ctx, 5)
	if err != nil || len(top) != 1 || top[0].Name != "Dmitry Peskov" || top[0].Statements != 3 {
		t.Errorf("speakers %+v, %v; want Dmitry Peskov with 3 statements", top, err)
	}
}

func TestFindSpeakers(t *testing.T) {
	ctx := context.Background()
	s, _ := openTest(t)
	for i, n := range []string{"Dmitry Peskov", "Vladimir Putin", "Donald Trump", "Sergei Lavrov", "Maria Zakharova"} {
		content := "words " + strings.Repeat("y", i+1)
		save(t, s, clipping(t, n+".txt", "Outlet", "2025-07-29", "H "+n, []string{n + ": " + content}, said{speaker: n, content: content}))
	}
	for _, tc := range []struct{ query, want string }{
		{"Dmitry Peskov", "Dmitry Peskov"},
		{"peskov", "Dmitry Peskov"},
		{"PESKOV", "Dmitry Peskov"},
		{"peskof", "Dmitry Peskov"},
		{"Dmitri Peskov", "Dmitry Peskov"},
		{"dmitry", "Dmitry Peskov"},
		{"lavrof", "Sergei Lavrov"},
		{"zaharova", "Maria Zakharova"},
		{"putin", "Vladimir Putin"},
	} {
		t.Run(tc.query, func(t *testing.T) {
			sp, err := s.FindSpeakers(ctx, tc.query, 5)
			if err != nil {
				t.Fatal(err)
			}
			if len(sp) == 0 || sp[0].Name != tc.want {
				t.Errorf("FindSpeakers(%q) = %v, want %s first", tc.query, sp, tc.want)
			}
		})
	}
	if sp, err := s.FindSpeakers(ctx, "Xi Jinping", 5); err != nil || len(sp) != 0 {
		t.Errorf("unknown speaker: %v, %v", sp, err)
	}
	if _, err := s.FindSpeakers(ctx, "  ?! ", 5); err == nil {
		t.Error("a name without letters gave no error")
	}
}

// endsLater is a context whose Err reports it cancelled once asked more
// than n times; its Done never closes, so only a save that asks finds out.
type endsLater struct {
	context.Context
	n int
}

func (c *endsLater) Err() error {
	if c.n--; c.n < 0 {
		return context.Canceled
	}
	return nil
}

// A save checks the caller's context between statements (its statements
// run under a context that cannot end) and an end rolls the batch back.
func TestSaveBatchStopsWhenTheCallerEnds(t *testing.T) {
	s, _ := openTest(t)
	c := clipping(t, "a.txt", "The Moscow Times", "2025-07-29", "Talks going nowhere fast", story,
		said{speaker: "Dmitry Peskov", content: "So far, the process of normalizing relations with the U.S. is going nowhere fast"},
		said{speaker: "Dmitry Peskov", content: "the talks require initiative from both sides"})
	ctx := &endsLater{Context: context.Background(), n: 2}
	res := s.SaveBatch(ctx, []BatchItem{{Clipping: c}})
	if !errors.Is(res[0].Err, context.Canceled) || !strings.Contains(res[0].Err.Error(), "statement 1") {
		t.Errorf("save under a context that ends after the first statement: %v, want it cancelled at statement 1", res[0].Err)
	}
	st, err := s.Stats(context.Background())
	if err != nil || st.Clippings != 0 || st.Statements != 0 || st.Speakers != 0 {
		t.Errorf("after a cancelled save: %+v, %v; want nothing stored", st, err)
	}
}
