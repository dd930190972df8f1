package digest

import (
	"strings"
	"testing"
)

// placed returns e with its content at byte at of its clipping: the
// story's text order.
func placed(e Entry, at int) Entry {
	e.ContentSpan = Span{at, at + len(e.Content)}
	return e
}

// A short quote whose subject is a pronoun ("I hope not.") is no story's
// key line for being a quote: a statement on the story's subject by the
// same speaker, a little further down, leads.
func TestComposePronounQuoteNotKey(t *testing.T) {
	src := Source{ClippingID: 1, Outlet: "Harbour Gazette", Headline: "Lopez defends the city budget", Published: day("2025-09-05")}
	entries := []Entry{
		placed(entry(1, 1, "Marta Lopez", "Mayor", "I hope not.", true, "", src), 100),
		placed(entry(2, 1, "Marta Lopez", "Mayor", "The budget will cut three bus routes next year.", true, "", src), 300),
	}
	ls := lines(Compose(entries, ComposeOptions{Now: digestNow, MaxEntries: 1}))
	if len(ls) != 1 || ls[0].ID != 2 {
		t.Fatalf("key line %+v, want entry 2 (the budget)", ls)
	}
}

func TestPronounQuote(t *testing.T) {
	tests := []struct {
		content string
		direct  bool
		want    bool
	}{
		{"I hope not.", true, true},
		{"We’ll see", true, true},
		{"It was a sizable purchase of data.", true, true},
		{"Everybody sues, right?", true, true},
		{"Donald Trump is a fraud.", true, false},                                    // names its subject
		{"There never was a stand-down order.", true, false},                         // an existential, no pronoun
		{"I want to be associated with interesting quotes, and people", true, false}, // eight words and more
		{"I hope not.", false, false},                                                // reported, not quoted
	}
	for _, tt := range tests {
		e := Entry{}
		e.Content, e.Direct = tt.content, tt.direct
		if got := pronounQuote(&e); got != tt.want {
			t.Errorf("pronounQuote(%q, direct %v) = %v, want %v", tt.content, tt.direct, got, tt.want)
		}
	}
}

// A name that carries the speaker's role is not followed by it again.
func TestTitleInName(t *testing.T) {
	src := Source{ClippingID: 1, Outlet: "Harbour Gazette", Published: day("2025-09-05")}
	a := entry(1, 4, "Harbour Mayor Marta Lopez", "", "the ferries would run on Sunday", false, "", src)
	a.Cue, a.ContentSpan = "said", Span{10, 40}
	b := entry(2, 4, "Marta Lopez", "Harbour Mayor", "the port would reopen in May", false, "", src)
	b.Cue, b.ContentSpan = "said", Span{100, 130}
	got := FoldSpace(Compose([]Entry{a, b}, ComposeOptions{Now: digestNow, MaxEntries: -1}).Text())
	if !strings.Contains(got, "• Harbour Mayor Marta Lopez said the ferries") {
		t.Errorf("digest:\n%s\nwant 'Harbour Mayor Marta Lopez said' without the role again", got)
	}
}

// A story's lede on its headline's subject leads it even when its speaker
// is described, not named ("police said ..."); a vague lede on something
// else, or too short to state the news, still comes after the named.
func TestComposeVagueLede(t *testing.T) {
	src := Source{ClippingID: 1, Outlet: "Island Post", Headline: "Ferry strike halts island traffic", Published: day("2025-09-05")}
	mk := func(id, speakerID int64, speaker, content string, direct bool, at int) Entry {
		e := placed(entry(id, speakerID, speaker, "", content, direct, "", src), at)
		e.Cue = "said"
		return e
	}
	quote := mk(2, 1, "Marta Lopez", "We are doing what we can for the passengers who are stranded.", true, 300)
	for _, tt := range []struct {
		name string
		lede Entry
		want int64
	}{
		{"on the headline's subject", mk(1, 2, "police", "the strike halted all ferry traffic to the island on Monday morning, stranding hundreds", false, 10), 1},
		{"on something else", mk(1, 2, "police", "two men were arrested on Monday morning for fighting near the harbour gates", false, 10), 2},
		{"too short", mk(1, 2, "police", "the strike halted the ferry", false, 10), 2},
	} {
		ls := lines(Compose([]Entry{tt.lede, quote}, ComposeOptions{Now: digestNow, MaxEntries: 1}))
		if len(ls) != 1 || ls[0].ID != tt.want {
			t.Errorf("%s: key line %+v, want entry %d", tt.name, ls, tt.want)
		}
	}
}

// A headline that ran on into a subheading ("...;") is shown without the
// mark that joined them.
func TestHeadlineRunOn(t *testing.T) {
	src := Source{ClippingID: 1, Outlet: "Island Post", Headline: "Ferry strike drags on; ", Published: day("2025-09-05")}
	e := placed(entry(1, 1, "Marta Lopez", "", "the ferries would run on Sunday", false, "", src), 10)
	e.Cue = "said"
	got := Compose([]Entry{e}, ComposeOptions{Now: digestNow}).Text()
	if !strings.Contains(got, "\nFerry strike drags on — Island Post") {
		t.Errorf("digest:\n%s\nwant the title 'Ferry strike drags on — Island Post'", got)
	}
}

// An agency the line already names as the audience is not named again as
// the one that carried the statement.
func TestViaNamedAudience(t *testing.T) {
	src := Source{ClippingID: 1, Outlet: "Island Post", Published: day("2025-09-05")}
	for _, tt := range []struct{ audience, via, want string }{
		{"the AP", "AP", "Mayor Lopez told the AP the ferries would run."},
		{"ABC’s", "ABC", "Mayor Lopez told ABC’s the ferries would run."},
		{"reporters", "AP", "Mayor Lopez told reporters the ferries would run. (via AP)"},
		{"Dana Roe of Harbour Radio", "Dana Roe Harbour Radio", "Mayor Lopez told Dana Roe of Harbour Radio the ferries would run."},
		{"Harbour Radio’s Dana Roe", "Harbour Radio Dana Roe", "Mayor Lopez told Harbour Radio’s Dana Roe the ferries would run."},
		{"Dana Roe", "Harbour Radio", "Mayor Lopez told Dana Roe the ferries would run. (via Harbour Radio)"},
	} {
		e := placed(entry(1, 1, "Lopez", "Mayor", "the ferries would run", false, "", src), 10)
		e.Cue, e.Audience, e.Via = "said", tt.audience, []string{tt.via}
		if got := Compose([]Entry{e}, ComposeOptions{Now: digestNow}).Text(); !strings.Contains(got, "\n• "+tt.want+"\n") {
			t.Errorf("digest:\n%s\nwant the line %q", got, tt.want)
		}
	}
}

// A name matches a headline's word only as a whole word, accented letters
// included: "Josè" in a headline does not name a speaker called "Jos".
func TestContainsWordAccents(t *testing.T) {
	cases := []struct {
		s, w string
		want bool
	}{
		{"minister josè ortiz says", "jos", false},
		{"minister josè ortiz says", "josè", true},
		{"ortiz says", "ortiz", true},
		{"ortizé says", "ortiz", false},
		{"éortiz says", "ortiz", false},
		{"", "ortiz", false},
		{"ortiz", "", false},
	}
	for _, c := range cases {
		if got := containsWord(c.s, c.w); got != c.want {
			t.Errorf("containsWord(%q, %q) = %v, want %v", c.s, c.w, got, c.want)
		}
	}
}
