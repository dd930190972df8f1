package store

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/whosaid/whosaid/digest"
)

// seedStore stores a small history of Peskov, Trump and Zakharova on
// US-Russia relations, oldest first.
func seedStore(t *testing.T) *Store {
	s, _ := openTest(t)
	save(t, s, clipping(t, "2017-09.txt", "RFE/RL", "2017-09-13", "Kremlin Says Russia Proposed Full Normalization With U.S.",
		[]string{"Russian officials made direct proposals to Washington about full normalization, the Kremlin's chief spokesman said.",
			"Unfortunately, we have been met with no such reciprocity, Peskov said."},
		said{speaker: "Dmitry Peskov", title: "Kremlin spokesman", content: "Russian officials made direct proposals to Washington about full normalization", on: "2017-09-13"},
		said{speaker: "Peskov", content: "Unfortunately, we have been met with no such reciprocity", on: "2017-09-13", direct: true}))
	save(t, s, clipping(t, "2017-12.txt", "TASS", "2017-12-26", "Peskov names the year's biggest disappointments",
		[]string{"The lack of progress with Washington was one of the biggest disappointments of the year, Dmitri Peskov said."},
		said{speaker: "Dmitri Peskov", content: "The lack of progress with Washington was one of the biggest disappointments of the year", on: "2017-12-26"}))
	save(t, s, clipping(t, "2025-07.txt", "The Moscow Times", "2025-07-29", "Kremlin Says Normalizing Relations With U.S. Going Nowhere Fast",
		[]string{"So far, the process of normalizing relations with the U.S. is going nowhere fast, Kremlin spokesman Dmitry Peskov told reporters.",
			"Trump said he was very disappointed in Putin.",
			"Peskov said the restoration of ties would take a lot of time."},
		said{speaker: "Dmitry Peskov", content: "So far, the process of normalizing relations with the U.S. is going nowhere fast", on: "2025-07-29", direct: true},
		said{speaker: "Donald Trump", title: "U.S. President", content: "he was very disappointed in Putin", on: "2025-07-28"},
		said{speaker: "Peskov", content: "the restoration of ties would take a lot of time", on: "2025-07-29"}))
	save(t, s, clipping(t, "2025-09.txt", "Interfax", "2025-09-05", "Zakharova on embassies",
		[]string{"Maria Zakharova said embassy operations were a matter of normal diplomacy."},
		said{speaker: "Maria Zakharova", content: "embassy operations were a matter of normal diplomacy", on: "2025-09-05"}))
	return s
}

func TestSearch(t *testing.T) {
	ctx := context.Background()
	s := seedStore(t)
	for _, tc := range []struct {
		name, query string
		first       string   // prefix of the content ranked first; "" for no result
		also, not   []string // prefixes of contents among the results, and not
		n           int      // number of results, when > 0
	}{
		{"word", "reciprocity", "Unfortunately", nil, nil, 1},
		// Porter stems: normalization, normalizing, normal all meet.
		{"word form", "normalize", "", []string{"So far", "Russian officials", "embassy"}, nil, 0},
		{"phrase", `"going nowhere fast"`, "So far", nil, []string{"The lack", "embassy"}, 0},
		{"phrase not in order", `"fast nowhere"`, "", nil, nil, 0},
		{"speaker by surname", "speaker:peskov", "the restoration", []string{"So far", "The lack", "Russian officials", "Unfortunately"}, nil, 5},
		{"speaker misspelt with a word", "speaker:peskof washington", "The lack", []string{"Russian officials"}, nil, 2},
		{"speaker quoted", `speaker:"Maria Zakharova"`, "embassy", nil, nil, 1},
		{"since", "speaker:peskov since:2025-07-01", "", []string{"So far", "the restoration"}, nil, 2},
		{"before", "speaker:peskov before:2017-10", "", []string{"Russian officials", "Unfortunately"}, nil, 2},
		{"speaker name as a word", "trump disappointed", "he was very", nil, nil, 1},
		{"content before headline", "relations", "So far", []string{"the restoration"}, nil, 0},
		{"unknown speaker", "speaker:nobodyatall", "", nil, nil, 0},
		{"no match", "zanzibar", "", nil, nil, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res, err := s.Search(ctx, tc.query, 10, 0)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, e := range res.Entries {
				got = append(got, e.Content)
			}
			has := func(prefix string) bool {
				for _, g := range got {
					if strings.HasPrefix(g, prefix) {
						return true
					}
				}
				return false
			}
			switch {
			case tc.first == "" && tc.also == nil && len(got) > 0:
				t.Errorf("Search(%q) = %q, want nothing", tc.query, got)
			case tc.first != "" && (len(got) == 0 || !strings.HasPrefix(got[0], tc.first)):
				t.Errorf("Search(%q) = %q, want %q first", tc.query, got, tc.first)
			case tc.n > 0 && len(got) != tc.n:
				t.Errorf("Search(%q) = %q, want %d results", tc.query, got, tc.n)
			}
			// SearchCount counts what Search pages through, up to its bound.
			if n, err := s.SearchCount(ctx, tc.query, 100); err != nil || n != len(got) {
				t.Errorf("SearchCount(%q) = %d, %v; Search found %d", tc.query, n, err, len(got))
			}
			if n, err := s.SearchCount(ctx, tc.query, 1); err != nil || n != min(1, len(got)) {
				t.Errorf("SearchCount(%q, 1) = %d, %v; want %d", tc.query, n, err, min(1, len(got)))
			}
			for _, a := range tc.also {
				if !has(a) {
					t.Errorf("Search(%q) = %q, lacks %q", tc.query, got, a)
				}
			}
			for _, a := range tc.not {
				if has(a) {
					t.Errorf("Search(%q) = %q, has %q", tc.query, got, a)
				}
			}
		})
	}
}

func TestSearchRanksAndSnippets(t *testing.T) {
	ctx := context.Background()
	s := seedStore(t)
	res, err := s.Search(ctx, "normalizing relations", 10, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Entries) == 0 || !strings.HasPrefix(res.Entries[0].Content, "So far") {
		t.Fatalf("first hit %v", res.Entries)
	}
	snip := res.Entries[0].Snippet
	if !strings.Contains(snip, digest.SnippetOpen+"normalizing"+digest.SnippetClose) ||
		!strings.Contains(snip, digest.SnippetOpen+"relations"+digest.SnippetClose) {
		t.Errorf("snippet %q lacks marks around the matched words", snip)
	}
	// Paging: one per page, then no more.
	var all []int64
	for off := 0; ; off++ {
		page, err := s.Search(ctx, "speaker:peskov", 1, off)
		if err != nil {
			t.Fatal(err)
		}
		if len(page.Entries) == 1 {
			all = append(all, page.Entries[0].ID)
		}
		if !page.More {
			break
		}
	}
	if len(all) != 5 {
		t.Errorf("paged through %d of Peskov's 5 entries", len(all))
	}
	page, err := s.Search(ctx, "peskov", 2, 0)
	if err != nil || len(page.Entries) != 2 || !page.More {
		t.Errorf("first page of 2: %d entries, more=%v, %v", len(page.Entries), page.More, err)
	}
}

// A word of a statement's headline or paragraph that the statement lacks
// finds it, shown by the part of the context that has the word; a phrase
// matches in the statement (and the speaker's name), not in its context,
// which the index holds as a set of words.
func TestSearchContextWordsAndPhrases(t *testing.T) {
	ctx := context.Background()
	s := seedStore(t)
	for _, tc := range []struct {
		query string
		want  []string // prefixes of the contents found, best first
		mark  string   // a word marked in the last one's snippet
	}{
		// "chief" is only in the paragraph around Peskov's 2017 proposal.
		{"chief", []string{"Russian officials"}, "chief"},
		{"chief proposals", []string{"Russian officials"}, "proposals"},
		// "Nowhere" is in Peskov's statement of 2025 and the headline
		// of it, his second and Trump's ("" for either of those).
		{"nowhere", []string{"So far", "", ""}, "Nowhere"},
		{`"going nowhere fast"`, []string{"So far"}, "going"},
		{`"going nowhere"`, []string{"So far"}, "nowhere"},
		// Words of the headline, but not a phrase of the statement.
		{`"normalizing relations with"`, []string{"So far"}, "relations"},
		{`"kremlin says"`, nil, ""},
		{`"officials made direct"`, []string{"Russian officials"}, "direct"},
		{`"made officials"`, nil, ""},
	} {
		res, err := s.Search(ctx, tc.query, 10, 0)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, e := range res.Entries {
			got = append(got, e.Content)
		}
		ok := len(got) == len(tc.want)
		for i := 0; ok && i < len(got); i++ {
			ok = strings.HasPrefix(got[i], tc.want[i])
		}
		if !ok {
			t.Errorf("Search(%q) = %q, want %q", tc.query, got, tc.want)
			continue
		}
		if tc.mark != "" {
			if snip := res.Entries[len(got)-1].Snippet; !strings.Contains(snip, digest.SnippetOpen+tc.mark+digest.SnippetClose) {
				t.Errorf("Search(%q): snippet %q lacks %q marked", tc.query, snip, tc.mark)
			}
		}
	}
}

// A speaker's phrase found in the headline's words but not in the
// statement is no match, however its rows are found (matchplan.go: the
// probe's rows, or the phrase in any column when the probe finds many).
func TestSpeakerPhraseNotInContext(t *testing.T) {
	ctx := context.Background()
	s := seedStore(t)
	sp, err := s.FindSpeakers(ctx, "peskov", 1)
	if err != nil || len(sp) != 1 {
		t.Fatalf("FindSpeakers: %v %v", sp, err)
	}
	defer func(n int) { maxChecked = n }(maxChecked)
	for _, n := range []int{512, 0} {
		maxChecked = n
		for _, topic := range []string{`"nowhere fast"`, `"going nowhere"`, `"relations with"`} {
			res, err := s.Timeline(ctx, sp[0].ID, topic, 20, 0)
			if err != nil || len(res.Entries) != 1 || !strings.HasPrefix(res.Entries[0].Content, "So far") {
				t.Errorf("maxChecked %d: Timeline(peskov, %s) = %d entries, %v; want the one that says it", n, topic, len(res.Entries), err)
			}
			res, err = s.Search(ctx, "speaker:peskov "+topic, 20, 0)
			if err != nil || len(res.Entries) != 1 || !strings.HasPrefix(res.Entries[0].Content, "So far") {
				t.Errorf("maxChecked %d: Search(speaker:peskov %s) = %d entries, %v; want the one that says it", n, topic, len(res.Entries), err)
			}
		}
	}
}

func TestSearchHostileInput(t *testing.T) {
	ctx := context.Background()
	s := seedStore(t)
	long := strings.Repeat("peskov normalization \"unbalanced ", 160) // about 5,000 characters
	for _, q := range []string{
		`"`, `""`, `"""`, `*`, `peskov*`, `NEAR(`, `NEAR(peskov trump`, `NEAR(a b, 3)`, `:`, `::`, `a:b`, `peskov:`,
		`"unbalanced quote`, `normal" ization`, `AND`, `OR OR`, `NOT peskov`, `peskov AND`, `(`, `)`, `())(`,
		`{content}: peskov`, `content:peskov`, `sid:spk1`, `^peskov`, `-peskov`, `+`, `'; DROP TABLE entries; --`,
		`speaker:`, `speaker:"`, `speaker:"unterminated`, `speaker:*`, `since:`, `since:yesterday`, `before:2025-13-45`,
		"\x00", "\x02peskov\x03", "пресс-секретарь Песков", "😀", `\`, `%`, `_`, `peskov%`, long,
	} {
		t.Run(q[:min(len(q), 30)], func(t *testing.T) {
			res, err := s.Search(ctx, q, 5, 0)
			if err != nil && digest.ErrorCode(err) != digest.EINVALID {
				t.Fatalf("Search(%q): %v (not a user error)", q, err)
			}
			if err == nil && len(res.Entries) > 5 {
				t.Errorf("Search(%q): %d entries", q, len(res.Entries))
			}
			if _, err := s.FindSpeakers(ctx, q, 5); err != nil && digest.ErrorCode(err) != digest.EINVALID {
				t.Errorf("FindSpeakers(%q): %v", q, err)
			}
			if _, err := s.Timeline(ctx, 1, q, 5, 0); err != nil && digest.ErrorCode(err) != digest.EINVALID {
				t.Errorf("Timeline(%q): %v", q, err)
			}
		})
	}
	if _, err := s.Search(ctx, "   ", 5, 0); digest.ErrorCode(err) != digest.EINVALID {
		t.Errorf("empty query: %v, want EINVALID", err)
	}
	if _, err := s.Search(ctx, "since:2025-99-01", 5, 0); digest.ErrorCode(err) != digest.EINVALID {
		t.Errorf("bad date: %v, want EINVALID", err)
	}
}

func TestTimeline(t *testing.T) {
	ctx := context.Background()
	s := seedStore(t)
	sp, err := s.FindSpeakers(ctx, "peskov", 1)
	if err != nil || len(sp) != 1 {
		t.Fatalf("FindSpeakers: %v %v", sp, err)
	}
	id := sp[0].ID
	for _, tc := range []struct {
		topic string
		want  []string // said_on, oldest first
	}{
		{"", []string{"2017-09-13", "2017-09-13", "2017-12-26", "2025-07-29", "2025-07-29"}},
		{"normalization", []string{"2017-09-13", "2017-09-13", "2025-07-29", "2025-07-29"}}, // the headlines say it
		{"normalizing", []string{"2017-09-13", "2017-09-13", "2025-07-29", "2025-07-29"}},
		{"reciprocity", []string{"2017-09-13"}},
		{"reciprocal", []string{"2017-09-13"}},
		{"relations", []string{"2025-07-29", "2025-07-29"}}, // "ties", in an article about relations
		{"ties", []string{"2025-07-29"}},
		// A phrase matches the statement; its words, the headline too.
		{`"nowhere fast"`, []string{"2025-07-29"}},
		{"nowhere fast", []string{"2025-07-29", "2025-07-29"}},
		{"disappointments", []string{"2017-12-26"}},
		{"washington zanzibar", []string{"2017-09-13", "2017-12-26"}}, // no statement has both: either will do
		{"embassy", nil}, // Zakharova's, not Peskov's
	} {
		t.Run(tc.topic, func(t *testing.T) {
			res, err := s.Timeline(ctx, id, tc.topic, 20, 0)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, e := range res.Entries {
				got = append(got, e.SaidOn)
				if e.SpeakerID != id {
					t.Errorf("entry of %s", e.Speaker)
				}
			}
			if strings.Join(got, " ") != strings.Join(tc.want, " ") {
				t.Errorf("Timeline(peskov, %q) = %v, want %v", tc.topic, got, tc.want)
			}
		})
	}
	if _, err := s.Timeline(ctx, 9999, "", 5, 0); digest.ErrorCode(err) != digest.ENOTFOUND {
		t.Errorf("unknown speaker: %v", err)
	}
}

func TestLatestFilters(t *testing.T) {
	ctx := context.Background()
	s := seedStore(t)
	all, err := s.Latest(ctx, digest.Filter{})
	if err != nil || len(all) != 7 {
		t.Fatalf("Latest: %d, %v", len(all), err)
	}
	if all[0].SaidOn != "2025-09-05" || all[len(all)-1].SaidOn != "2017-09-13" {
		t.Errorf("not newest first: %s ... %s", all[0].SaidOn, all[len(all)-1].SaidOn)
	}
	maxID, _ := s.MaxEntryID(ctx)
	trump, _ := s.FindSpeakers(ctx, "trump", 1)
	for _, tc := range []struct {
		name string
		f    digest.Filter
		want int
	}{
		{"after id", digest.Filter{AfterID: maxID - 2}, 2},
		{"after the newest", digest.Filter{AfterID: maxID}, 0},
		{"speaker", digest.Filter{SpeakerIDs: []int64{trump[0].ID}}, 1},
		{"since", digest.Filter{Since: time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)}, 4},
		{"before", digest.Filter{Before: time.Date(2017, 12, 1, 0, 0, 0, 0, time.UTC)}, 2},
		{"limit and offset", digest.Filter{Limit: 3, Offset: 5}, 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := s.Latest(ctx, tc.f)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != tc.want {
				t.Errorf("%d entries, want %d", len(got), tc.want)
			}
		})
	}
}
