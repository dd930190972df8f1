package digest

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/golden")

// golden compares got with the golden file name, or rewrites it with -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("..", "testdata", "golden", name)
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run `go test ./digest -update` to create it)", err)
	}
	if got != string(want) {
		t.Errorf("%s differs from the golden file; got:\n%s\nwant:\n%s", name, got, want)
	}
}

// joinMessages writes Telegram messages one after another for a golden file.
func joinMessages(msgs []string) string {
	var b strings.Builder
	for i, m := range msgs {
		fmt.Fprintf(&b, "----- message %d of %d (%d UTF-16 units) -----\n%s\n", i+1, len(msgs), TelegramLen(m), m)
	}
	return b.String()
}

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

// Sources of the seed clippings.
var (
	srcMT2025  = Source{ClippingID: 5, Outlet: "The Moscow Times", URL: "https://www.themoscowtimes.com/2025/07/29/kremlin-says-russia-us-diplomatic-talks-going-nowhere-fast-a90012", Headline: "Kremlin Says Russia-U.S. Diplomatic Talks 'Going Nowhere Fast'", Published: day("2025-07-29")}
	srcReuters = Source{ClippingID: 6, Outlet: "Reuters", URL: "https://www.reuters.com/world/europe/kremlin-talks-2025-07-29/", Published: day("2025-07-29")}
	srcRT      = Source{ClippingID: 2, Outlet: "RT", Published: day("2025-09-05")}
	srcRFERL   = Source{ClippingID: 1, Outlet: "RFE/RL", URL: "https://www.rferl.org/a/russia-us-normalization-proposals/28733166.html", Published: day("2017-09-13")}
	srcMT2017  = Source{ClippingID: 3, Outlet: "The Moscow Times", URL: "https://www.themoscowtimes.com/2017/12/29/kremlin-says-us-relations-a60069", Published: day("2017-12-29")}
	srcRTJul   = Source{ClippingID: 7, Outlet: "RT", Published: day("2025-07-29")} // the day before digestNow
	srcAA      = Source{ClippingID: 4, Outlet: "Anadolu Agency", URL: "https://www.aa.com.tr/en/russia-ukraine-war/kremlin-says-us-russia-relationship-in-early-stages/3507321", Published: day("2025-03-11")}
)

func entry(id, speakerID int64, speaker, title, content string, direct bool, saidOn string, src ...Source) Entry {
	e := Entry{ID: id, SpeakerID: speakerID, Sources: src}
	e.Speaker, e.SpeakerTitle, e.Content, e.Direct = speaker, title, content, direct
	d, err := ParseDate(saidOn)
	if err != nil {
		panic(err)
	}
	e.SetDate(d)
	return e
}

// digestEntries are a day's new entries, newest first as the store's Latest
// returns them.
func digestEntries() []Entry {
	nowhere := entry(10, 1, "Dmitry Peskov", "Kremlin spokesman", "So far, the process of normalizing [relations with the U.S.] is going nowhere fast.", true, "2025-07-29", srcMT2025)
	nowhere.Audience = "reporters"
	// The same quote carried by Reuters, with other quote marks and spacing.
	nowhereReuters := entry(14, 1, "Dmitry Peskov", "", "So far, the process of normalizing  [relations with the U.S.] is going nowhere fast", true, "2025-07-29", srcReuters)
	tariffs := entry(13, 3, "Donald Trump", "U.S. President", `he was "very disappointed" in Putin; may impose secondary tariffs within 10 to 12 days`, false, "2025-07-28", srcMT2025)
	entries := []Entry{
		nowhereReuters,
		tariffs,
		entry(12, 1, "Dmitry Peskov", "", `the Kremlin had "taken into account" Trump's latest ultimatum,`, false, "2025-07-29", srcMT2025),
		entry(15, 1, "Dmitry Peskov", "", "It may well be,", true, "2025-07-29", srcMT2025),
		entry(11, 1, "Dmitry Peskov", "", "We'd like to see a bit more movement. Washington has to do its part <and> so do we & our partners, and it's a long road that we are determined to travel regardless of the threats coming out of Washington in recent weeks, because the architecture of bilateral relations has been damaged over many years and rebuilding it, as everyone understands, cannot be quick, simple or painless for either side of this conversation", true, "2025-07-29", srcMT2025),
		nowhere,
		entry(9, 2, "Vladimir Putin", "Russian President", `he saw "a light at the end of the tunnel" in relations with Washington`, false, "2025-07", srcRTJul),
		// The lede's paraphrase of the nowhere-fast quote: one of the two
		// is shown, the quote.
		entry(16, 1, "Dmitry Peskov", "Kremlin spokesman", `the process of normalizing relations with the U.S. is "going nowhere fast" so far`, false, "2025-07-29", srcMT2025),
		entry(7, 3, "Donald Trump", "", "nice and respectful conversations with Putin had come to nothing", false, "2025-07-28", srcMT2025),
		entry(8, 4, "Kremlin", "", "U.S. officials have tied the restoration of flights to progress toward a ceasefire", false, "", srcMT2025),
	}
	// Where each stands in its clipping: the text order.
	at := map[int64]int{16: 100, 10: 300, 14: 120, 11: 500, 15: 700, 13: 900, 7: 950, 12: 1200, 8: 1900, 9: 400}
	for i := range entries {
		entries[i].ContentSpan = Span{at[entries[i].ID], at[entries[i].ID] + 40}
	}
	return entries
}

var digestNow = time.Date(2025, 7, 30, 5, 0, 0, 0, time.UTC)

func TestComposeGolden(t *testing.T) {
	moscow := time.FixedZone("MSK", 3*3600)
	tests := []struct {
		name string
		opts ComposeOptions
	}{
		{"digest", ComposeOptions{Now: digestNow, Location: moscow}},
		{"digest_follow_trump_max3", ComposeOptions{Now: digestNow, Location: moscow, Follows: []int64{3}, MaxEntries: 3}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Compose(digestEntries(), tt.opts)
			golden(t, tt.name+".txt", d.Text())
			msgs := d.HTML()
			for i, m := range msgs {
				if n := TelegramLen(m); n > MaxMessageLen {
					t.Errorf("message %d is %d units long", i, n)
				}
				checkHTML(t, m)
			}
			golden(t, tt.name+".html", joinMessages(msgs))
		})
	}
}

// TestComposeSplit renders a digest into small messages: each within the
// limit, and a speaker continued from one message to the next named again.
func TestComposeSplit(t *testing.T) {
	d := Compose(digestEntries(), ComposeOptions{Now: digestNow, MaxEntries: -1})
	const limit = 400
	msgs := d.htmlMessages(limit)
	if len(msgs) < 3 {
		t.Fatalf("got %d messages, want at least 3", len(msgs))
	}
	for i, m := range msgs {
		if n := TelegramLen(m); n > limit {
			t.Errorf("message %d is %d units, over %d", i, n, limit)
		}
		checkHTML(t, m)
		if i > 0 && strings.HasPrefix(m, "• ") {
			t.Errorf("message %d starts with an entry of no named speaker:\n%s", i, m)
		}
	}
	golden(t, "digest_split.html", joinMessages(msgs))
}

// lines returns the lines a digest shows, story by story.
func lines(d *Digest) []Entry {
	var out []Entry
	for _, s := range d.Stories {
		out = append(out, s.Entries...)
	}
	return out
}

func TestCompose(t *testing.T) {
	d := Compose(digestEntries(), ComposeOptions{Now: digestNow})
	if d.Empty() {
		t.Fatal("digest is empty")
	}
	if d.LastID != 16 {
		t.Errorf("LastID = %d, want 16", d.LastID)
	}
	var titles []string
	for _, s := range d.Stories {
		titles = append(titles, s.Headline+"|"+s.Sources[0].Outlet)
	}
	// The Moscow Times and Reuters carried the same quote: one story, the
	// newest first.
	want := []string{"|RT", "Kremlin Says Russia-U.S. Diplomatic Talks 'Going Nowhere Fast'|The Moscow Times"}
	if strings.Join(titles, "\n") != strings.Join(want, "\n") {
		t.Errorf("stories %q, want %q", titles, want)
	}
	mt := d.Stories[1]
	if mt.Total != 8 || len(mt.Entries) != 2 {
		t.Fatalf("Moscow Times story: %d statements, %d shown; want 8 and 2 (the Reuters copy merged)", mt.Total, len(mt.Entries))
	}
	var merged *Entry
	for i, e := range mt.Entries {
		if strings.Contains(e.Content, "nowhere fast") {
			merged = &mt.Entries[i]
		}
	}
	if merged == nil || len(merged.Sources) != 2 {
		t.Fatalf("the nowhere-fast quote is not shown as one entry with two sources: %+v", mt.Entries)
	}
	text := strings.Join(strings.Fields(d.Text()), " ")            // unwrapped
	if strings.Count(strings.ToLower(text), "nowhere fast") != 2 { // the headline and the quote, not its paraphrase
		t.Errorf("the merged quote is shown %d times:\n%s", strings.Count(text, "nowhere fast")-1, text)
	}
	if strings.Contains(text, "It may well be") {
		t.Errorf("a quote that means nothing alone took a line:\n%s", text)
	}
	if !strings.Contains(text, "The Moscow Times, Reuters, Tue 29 Jul") {
		t.Errorf("the story does not name both outlets:\n%s", text)
	}
	if d.More != 10-1-3 || !strings.Contains(text, "and 6 more statements — /latest") {
		t.Errorf("More = %d, want 6 (10 entries, 1 merged, 3 shown)\n%s", d.More, text)
	}
	for _, e := range digestEntries() {
		e.Content = "<and> & our " + e.Content
	}
	html := strings.Join(Compose(append(digestEntries(), entry(20, 1, "Dmitry Peskov", "", "Washington has to do its part <and> so do we & our partners", true, "2025-07-29", srcMT2025)), ComposeOptions{Now: digestNow, MaxEntries: -1}).HTML(), "\n")
	if strings.Contains(html, "<and>") || strings.Contains(html, " & our") || !strings.Contains(html, "&lt;and&gt;") {
		t.Errorf("clipping text is not escaped:\n%s", html)
	}
	empty := Compose(nil, ComposeOptions{Now: digestNow})
	if !empty.Empty() || fmt.Sprint(empty.HTML()) != "[<b>Who said what — Wed 30 Jul 2025</b>\nNothing new.]" {
		t.Errorf("empty digest: Empty %v, messages %q", empty.Empty(), empty.HTML())
	}
}

// storyEntries are five stories of three statements each, ids 10*story+i,
// and a headline statement for the first.
func storyEntries() []Entry {
	var out []Entry
	for s := int64(1); s <= 5; s++ {
		src := Source{ClippingID: s, Outlet: fmt.Sprintf("Outlet %d", s), Headline: fmt.Sprintf("Minister %d Says Talks Stalled", s), Published: day("2025-07-01").AddDate(0, 0, int(s))}
		for i := int64(0); i < 3; i++ {
			e := entry(10*s+i, 100+i, "Speaker "+string(rune('A'+i)), "minister", fmt.Sprintf("Statement %d of story %d about the harvest", i, s), i == 2, "", src)
			e.ContentSpan = Span{int(100 * (i + 1)), int(100*(i+1) + 50)}
			out = append(out, e)
		}
	}
	head := entry(1000, 1, "Minister", "", "Talks Stalled", false, "", out[0].Sources[0])
	return append(out, head)
}

func TestComposeEveryStoryFirst(t *testing.T) {
	tests := []struct {
		name      string
		max       int
		wantLines []int64 // ids shown, story by story, in text order
		wantMore  int
	}{
		{"room for two each", 0, []int64{50, 52, 40, 42, 30, 32, 20, 22, 10, 12}, 5},
		{"every story before a second", 7, []int64{50, 52, 40, 42, 30, 20, 10}, 8},
		{"fewer lines than stories", 3, []int64{50, 40, 30}, 12},
		{"no limit: every line", -1, []int64{50, 51, 52, 40, 41, 42, 30, 31, 32, 20, 21, 22, 10, 11, 12}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Compose(storyEntries(), ComposeOptions{Now: digestNow, MaxEntries: tt.max})
			var got []int64
			for _, e := range lines(d) {
				got = append(got, e.ID)
			}
			if fmt.Sprint(got) != fmt.Sprint(tt.wantLines) || d.More != tt.wantMore {
				t.Errorf("lines %v, more %d; want %v and %d", got, d.More, tt.wantLines, tt.wantMore)
			}
			if strings.Contains(d.Text(), "• Minister said talks stalled") {
				t.Errorf("the headline statement took a line:\n%s", d.Text())
			}
			if tt.max == 3 && !strings.Contains(d.Text(), "and 12 more statements, 2 stories not shown") {
				t.Errorf("more line:\n%s", d.Text())
			}
		})
	}
}

func TestComposeUnread(t *testing.T) {
	d := Compose(storyEntries(), ComposeOptions{Now: digestNow, MaxEntries: 3, Unread: 19988, MoreCommand: "/latest 30", Others: 7, OthersCommand: "/unfollow"})
	text := strings.Join(strings.Fields(d.Text()), " ")
	if d.More != 12 || !strings.Contains(text, "and 12 more statements, 2 stories not shown — /latest 30") ||
		!strings.Contains(text, "19988 more new statements wait for the next digest") ||
		!strings.Contains(text, "7 new statements by speakers this chat does not follow — /unfollow") {
		t.Errorf("More = %d:\n%s", d.More, d.Text())
	}
}

func TestComposeFollowedFirstInStory(t *testing.T) {
	d := Compose(storyEntries(), ComposeOptions{Now: digestNow, MaxEntries: 5, Follows: []int64{101}})
	for _, s := range d.Stories {
		if len(s.Entries) != 1 || s.Entries[0].SpeakerID != 101 {
			t.Errorf("story %q shows %+v, want the followed speaker's line", s.Headline, s.Entries)
		}
	}
}

func TestSentence(t *testing.T) {
	src := Source{ClippingID: 1, Outlet: "The Moscow Times", Published: day("2017-12-29")}
	tests := []struct {
		name string
		e    Entry
		cue  string
		want string
	}{
		{"a cue that carries meaning stays", entry(1, 1, "Rex Tillerson", "U.S. Secretary of State", `Russia a "resurgent" country`, false, "2017-12-29", src), "called",
			"Rex Tillerson, U.S. Secretary of State, called Russia a “resurgent” country."},
		{"-ing cue in the past", entry(2, 2, "Dmitry Peskov", "", `the claims "false."`, false, "", src), "calling",
			"Dmitry Peskov called the claims “false.”"},
		{"cue opening the content", entry(3, 2, "Dmitry Peskov", "", "urging the UN Security Council to hold consultations", false, "", src), "urging",
			"Dmitry Peskov urged the UN Security Council to hold consultations."},
		{"said before a claim", entry(4, 3, "Donald Trump", "", "he was very disappointed", false, "2017-12-28", src), "said",
			"Thu 28 Dec 2017: Donald Trump said he was very disappointed."},
		{"a colon before a quote", entry(5, 2, "Dmitry Peskov", "Kremlin spokesman", "It is going nowhere fast", true, "", src), "told reporters",
			"Dmitry Peskov, Kremlin spokesman: “It is going nowhere fast.”"},
		{"a common first word lowered", entry(6, 2, "Dmitry Peskov", "", "Finding a way out will take time", false, "", src), "has said",
			"Dmitry Peskov said finding a way out will take time."},
		{"an article lowered", entry(8, 2, "Dmitry Peskov", "", "A revival will take time", false, "", src), "said",
			"Dmitry Peskov said a revival will take time."},
		{"a name keeps its capital", entry(7, 2, "Dmitry Peskov", "", "Russia views worsening ties as a disappointment", false, "", src), "said",
			"Dmitry Peskov said Russia views worsening ties as a disappointment."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.e.Cue = tt.cue
			s := newStory([]Entry{tt.e}, nil)
			got := s.sentence(tt.e, digestNow, map[string]bool{}, textStyle)
			if got != tt.want {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestPastTense(t *testing.T) {
	for in, want := range map[string]string{"urging": "urged", "calling": "called", "dismissing": "dismissed", "accusing": "accused",
		"denying": "denied", "warns": "warned", "urges": "urged", "denies": "denied", "called": "called", "insists": "insisted", "speaking": "spoke",
		// plain forms, doubled finals and irregulars ("Lee argue ...", "admited", "finded")
		"argue": "argued", "explain": "explained", "testify": "testified", "admits": "admitted", "admitting": "admitted",
		"finds": "found", "finding": "found", "making": "made", "putting": "put", "stresses": "stressed", "thought": "thought"} {
		if got := pastTense(in); got != want {
			t.Errorf("pastTense(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestContentKey(t *testing.T) {
	tests := []struct{ a, b string }{
		{`He said "no"`, "he said “no”"},
		{"We'd like  more\nmovement.", "We’d like more movement"},
		{"going nowhere — fast", "going nowhere - fast"},
	}
	for _, tt := range tests {
		t.Run(tt.a, func(t *testing.T) {
			if contentKey(tt.a) != contentKey(tt.b) {
				t.Errorf("%q and %q fold to %q and %q", tt.a, tt.b, contentKey(tt.a), contentKey(tt.b))
			}
		})
	}
	if contentKey("going nowhere fast") == contentKey("going somewhere fast") {
		t.Error("different quotes fold to the same key")
	}
}

// BenchmarkCompose composes a digest of 18,000 entries, however many the
// fixture holds.
func BenchmarkCompose(b *testing.B) {
	const n = 18000
	var entries []Entry
	for i := 0; len(entries) < n; i++ {
		for _, e := range digestEntries()[:min(len(digestEntries()), n-len(entries))] {
			e.ID += int64(i) * 100
			e.SpeakerID += int64(i % 50)
			if i%10 != 0 { // one in ten a copy of another outlet's
				e.Content += fmt.Sprint(" ", i)
			}
			entries = append(entries, e)
		}
	}
	for b.Loop() {
		d := Compose(entries, ComposeOptions{Now: digestNow})
		d.HTML()
	}
}

func TestComposeVagueAndAloneLast(t *testing.T) {
	entries := []Entry{
		entry(1, 7, "reports", "", "meetings were planned in Riyadh", false, "2025-03-11", srcRT),
		entry(2, 1, "Dmitry Peskov", "Kremlin spokesman", "It may well be", true, "2025-03-11", srcRT),
		entry(3, 1, "Dmitry Peskov", "Kremlin spokesman", "It will take time to rebuild what was damaged over years", true, "2025-03-11", srcRT),
		entry(4, 8, "Sergei Lavrov", "", "Dialogue channels do exist", true, "2025-03-11", srcRT),
	}
	for i := range entries {
		entries[i].ContentSpan = Span{10 * i, 10*i + 5}
	}
	tests := []struct {
		name string
		max  int
		want []int64
	}{
		{"one line: the named speaker", 1, []int64{3}},
		{"two lines: named speakers first", 2, []int64{3, 4}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []int64
			for _, e := range lines(Compose(entries, ComposeOptions{Now: digestNow, MaxEntries: tt.max})) {
				got = append(got, e.ID)
			}
			slices.Sort(got)
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("lines %v, want %v", got, tt.want)
			}
		})
	}
}

// TestLatestGolden: /latest and `whosaid latest` show the newest story
// first, each story's statements in text order, the headline as its title.
func TestLatestGolden(t *testing.T) {
	d := Latest(digestEntries(), ComposeOptions{Title: "Latest 6", Now: digestNow, MaxEntries: 6})
	golden(t, "latest.txt", d.Text())
	golden(t, "latest.html", joinMessages(d.HTML()))
	var got []int64
	for _, e := range lines(d) {
		got = append(got, e.ID)
	}
	// RT's story (clipping 7) before The Moscow Times' (5 and 6), both of
	// 29 Jul; within it, text order, the lede's paraphrase first: /latest
	// shows every statement.
	if fmt.Sprint(got) != "[9 16 10 11 15 13]" {
		t.Errorf("lines %v, want [9 16 10 11 15 13]", got)
	}
}

// A quote cut from inside a sentence ranks below the story's whole
// statements, and the key line is the story's first line whatever the
// digest's size.
func TestComposeKeyLine(t *testing.T) {
	src := Source{ClippingID: 1, Outlet: "RT", Published: day("2025-09-05")}
	mk := func(id int64, content string, at int) Entry {
		return placed(entry(id, 1, "Dmitry Peskov", "Kremlin spokesman", content, true, "", src), at)
	}
	entries := []Entry{
		mk(1, "dialogue channels do exist.", 100),
		mk(2, "The process of finding a way out of such a total freeze will take time.", 300),
		mk(3, "Too much damage has been dealt to the whole architecture of relations.", 500),
	}
	var first []string
	for _, n := range []int{0, 1, 2, -1} {
		d := Compose(entries, ComposeOptions{Now: digestNow, MaxEntries: n})
		ls := lines(d)
		if len(ls) == 0 {
			t.Fatalf("-n %d: no lines", n)
		}
		first = append(first, ls[0].Content)
	}
	for i, f := range first {
		if f != entries[1].Content {
			t.Errorf("key line with size #%d = %q, want the whole statement %q", i, f, entries[1].Content)
		}
	}
}

// The digest's last line offers a command that shows what it left out: the
// count it needs, the bound it has, the one speaker a following chat
// missed.
func TestComposeMoreCommand(t *testing.T) {
	var one []Entry
	for _, e := range storyEntries() {
		if e.SpeakerID == 100 {
			one = append(one, e)
		}
	}
	tests := []struct {
		name    string
		entries []Entry
		opts    ComposeOptions
		want    string
	}{
		{"the count it needs", storyEntries(), ComposeOptions{MaxEntries: 3, MoreCommand: "/latest %d", MoreMax: 30}, "and 12 more statements, 2 stories not shown — /latest 15\n"},
		{"past its bound", storyEntries(), ComposeOptions{MaxEntries: 3, MoreCommand: "/latest %d", MoreMax: 10}, "— /latest 10 shows the newest 10\n"},
		{"a terminal's", storyEntries(), ComposeOptions{MaxEntries: 3, MoreCommand: "whosaid latest -n %d"}, "— whosaid latest -n 15\n"},
		{"one followed speaker", one, ComposeOptions{MaxEntries: 3, MoreCommand: "/latest %d", MoreMax: 30, Follows: []int64{100}, MoreSpeakerCommand: "/timeline %s"}, "and 2 more statements, 2 stories not shown — /timeline Speaker A\n"},
		{"followed speakers", storyEntries(), ComposeOptions{MaxEntries: 3, MoreCommand: "/latest %d", MoreMax: 30, Follows: []int64{100, 101}, MoreSpeakerCommand: "/timeline %s"}, "— /latest 15 of every speaker\n"},
	}
	for _, tt := range tests {
		tt.opts.Now = digestNow
		if got := Compose(tt.entries, tt.opts).Text(); !strings.HasSuffix(got, tt.want) {
			t.Errorf("%s: the digest ends\n%s\nwant it to end %q", tt.name, got, tt.want)
		}
	}
}
