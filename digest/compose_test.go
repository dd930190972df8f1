package digest

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
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
	return []Entry{
		nowhereReuters,
		tariffs,
		entry(12, 1, "Dmitry Peskov", "", `the Kremlin had "taken into account" Trump's latest ultimatum,`, false, "2025-07-29", srcMT2025),
		entry(15, 1, "Dmitry Peskov", "", "It may well be,", true, "2025-07-29", srcMT2025),
		entry(11, 1, "Dmitry Peskov", "", "We'd like to see a bit more movement. Washington has to do its part <and> so do we & our partners, and it's a long road that we are determined to travel regardless of the threats coming out of Washington in recent weeks, because the architecture of bilateral relations has been damaged over many years and rebuilding it, as everyone understands, cannot be quick, simple or painless for either side of this conversation", true, "2025-07-29", srcMT2025),
		nowhere,
		entry(9, 2, "Vladimir Putin", "Russian President", "a light at the end of the tunnel", false, "2025-07", srcRT),
		entry(7, 3, "Donald Trump", "", "nice and respectful conversations with Putin had come to nothing", false, "2025-07-28", srcMT2025),
		entry(8, 4, "Kremlin", "", "U.S. officials have tied the restoration of flights to progress toward a ceasefire", false, "", srcMT2025),
	}
}

var digestNow = time.Date(2025, 7, 30, 5, 0, 0, 0, time.UTC)

func TestComposeGolden(t *testing.T) {
	moscow := time.FixedZone("MSK", 3*3600)
	tests := []struct {
		name string
		opts ComposeOptions
	}{
		{"digest", ComposeOptions{Now: digestNow, Location: moscow}},
		{"digest_follow_putin_max3", ComposeOptions{Now: digestNow, Location: moscow, Follows: []int64{2}, MaxEntries: 3}},
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
	d := Compose(digestEntries(), ComposeOptions{Now: digestNow})
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

func TestCompose(t *testing.T) {
	d := Compose(digestEntries(), ComposeOptions{Now: digestNow})
	if d.Empty() {
		t.Fatal("digest is empty")
	}
	if d.LastID != 15 {
		t.Errorf("LastID = %d, want 15", d.LastID)
	}
	var names []string
	for _, g := range d.Groups {
		names = append(names, g.Speaker)
	}
	want := []string{"Dmitry Peskov", "Donald Trump", "Kremlin", "Vladimir Putin"}
	if strings.Join(names, "|") != strings.Join(want, "|") {
		t.Errorf("groups %q, want %q", names, want)
	}
	peskov := d.Groups[0]
	if len(peskov.Entries) != 4 {
		t.Fatalf("Peskov has %d entries, want 4 (the Reuters copy merged)", len(peskov.Entries))
	}
	if peskov.Title != "Kremlin spokesman" {
		t.Errorf("Peskov's title %q", peskov.Title)
	}
	var merged *Entry
	for i, e := range peskov.Entries {
		if strings.Contains(e.Content, "nowhere fast") {
			merged = &peskov.Entries[i]
		}
	}
	if merged == nil || len(merged.Sources) != 2 {
		t.Fatalf("the nowhere-fast quote is not one entry with two sources: %+v", merged)
	}
	text := d.Text()
	if strings.Count(text, "nowhere fast") != 1 {
		t.Errorf("the merged quote is shown %d times", strings.Count(text, "nowhere fast"))
	}
	if !strings.Contains(text, "“It may well be” —") || !strings.Contains(text, "Trump’s latest ultimatum. —") {
		t.Errorf("a trailing comma is kept:\n%s", text)
	}
	if !strings.Contains(text, "The Moscow Times, Reuters") {
		t.Errorf("the merged quote does not name both outlets:\n%s", text)
	}
	html := strings.Join(d.HTML(), "\n")
	for _, bad := range []string{"<and>", " & our"} {
		if strings.Contains(html, bad) {
			t.Errorf("clipping text %q is not escaped", bad)
		}
	}
	empty := Compose(nil, ComposeOptions{Now: digestNow})
	if !empty.Empty() || fmt.Sprint(empty.HTML()) != "[<b>Who said what — Wed 30 Jul 2025</b>\nNothing new.]" {
		t.Errorf("empty digest: Empty %v, messages %q", empty.Empty(), empty.HTML())
	}
}

func TestComposeMaxEntries(t *testing.T) {
	tests := []struct {
		name      string
		max       int
		follows   []int64
		wantShown int
		wantFirst string
	}{
		{"default keeps all eight", 0, nil, 8, "Dmitry Peskov"},
		{"no limit", -1, nil, 8, "Dmitry Peskov"},
		{"three: one of each of the first three", 3, nil, 3, "Dmitry Peskov"},
		{"one followed", 2, []int64{4}, 2, "Kremlin"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Compose(digestEntries(), ComposeOptions{Now: digestNow, MaxEntries: tt.max, Follows: tt.follows})
			shown := 0
			for _, g := range d.Groups {
				shown += len(g.Entries)
			}
			if shown != tt.wantShown || d.More != 8-tt.wantShown {
				t.Errorf("shown %d, more %d; want %d and %d", shown, d.More, tt.wantShown, 8-tt.wantShown)
			}
			if d.Groups[0].Speaker != tt.wantFirst {
				t.Errorf("first group %q, want %q", d.Groups[0].Speaker, tt.wantFirst)
			}
			if more := fmt.Sprintf("and %d more — /latest", d.More); (d.More > 0) != strings.Contains(d.Text(), more) {
				t.Errorf("more line: %q in\n%s", more, d.Text())
			}
		})
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

func BenchmarkCompose(b *testing.B) {
	var entries []Entry
	for i := range 2000 {
		for _, e := range digestEntries() {
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

func TestComposeUnnamedSpeakersLast(t *testing.T) {
	entries := []Entry{
		entry(1, 7, "reports", "", "meetings were planned in Riyadh", false, "2025-03-11", srcRT),
		entry(2, 7, "reports", "", "a second round was agreed", false, "2025-03-11", srcRT),
		entry(3, 1, "Dmitry Peskov", "Kremlin spokesman", "It will take time", true, "2025-03-11", srcRT),
		entry(4, 1, "Dmitry Peskov", "Kremlin spokesman", "Dialogue channels do exist", true, "2025-03-11", srcRT),
	}
	tests := []struct {
		name        string
		max         int
		wantGroups  []string
		wantEntries int
	}{
		{"room for all: the named speaker first", -1, []string{"Dmitry Peskov", "reports"}, 4},
		{"named speakers fill the room first", 2, []string{"Dmitry Peskov"}, 2},
		{"what is left goes to the unnamed", 3, []string{"Dmitry Peskov", "reports"}, 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Compose(entries, ComposeOptions{Now: digestNow, MaxEntries: tt.max})
			var names []string
			shown := 0
			for _, g := range d.Groups {
				names = append(names, g.Speaker)
				shown += len(g.Entries)
			}
			if strings.Join(names, "|") != strings.Join(tt.wantGroups, "|") || shown != tt.wantEntries {
				t.Errorf("groups %q with %d entries, want %q with %d", names, shown, tt.wantGroups, tt.wantEntries)
			}
		})
	}
}
