package digest

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

var peskov = Speaker{ID: 1, Name: "Dmitry Peskov", Title: "Kremlin spokesman", Aliases: []string{"Dmitry Peskov", "Peskov"}}

// peskovTimeline is Peskov on relations with the U.S. across the five seed
// clippings, oldest first as StatementStore.Timeline returns it, with one
// quote carried by a second outlet.
func peskovTimeline() []Entry {
	handed := entry(1, 1, "Dmitry Peskov", "Kremlin spokesman", "Yes, without question, such proposals were handed to the American side in various formats", true, "2017-09-13", srcRFERL)
	handed.Via = []string{"TASS", "Interfax"}
	nowhere := entry(8, 1, "Dmitry Peskov", "Kremlin spokesman", "So far, the process of normalizing [relations with the U.S.] is going nowhere fast.", true, "2025-07-29", srcMT2025)
	nowhere.Audience = "reporters"
	revival := entry(10, 1, "Dmitry Peskov", "", "A full-fledged revival of bilateral relations between Moscow and Washington will take time", false, "", srcRT)
	revival.Audience = "TASS"
	return []Entry{
		entry(2, 1, "Dmitry Peskov", "", "Russian officials made direct proposals to Washington about full normalization of relations", false, "2017-09-13", srcRFERL),
		handed,
		entry(3, 1, "Dmitry Peskov", "", "Russia views worsening ties with the United States as one of the biggest disappointments of the year", false, "2017-12-29", srcMT2017),
		entry(4, 1, "Dmitry Peskov", "", "you need two to tango", true, "2017-12", srcMT2017),
		entry(5, 1, "Dmitry Peskov", "", "the road to fully rebuilding the bilateral relationship will be long and challenging", false, "2025-03-11", srcAA),
		nowhere,
		entry(9, 1, "Dmitry Peskov", "", "So far, the process of normalizing [relations with the U.S.] is going nowhere fast", true, "2025-07-29", srcReuters),
		revival,
		entry(11, 1, "Dmitry Peskov", "", "Too much damage has been dealt to the whole architecture of bilateral relations, and this prevents this process from being quick, as our partners in Washington will surely understand when they look at the record of the past decade and at what it will take to mend it", true, "2025-09-05", srcRT),
	}
}

var timelineNow = time.Date(2025, 9, 6, 9, 0, 0, 0, time.UTC)

func TestTimelineGolden(t *testing.T) {
	tl := NewTimeline(peskov, "relations", peskovTimeline(), timelineNow)
	golden(t, "timeline.txt", tl.Text())
	var pages []string
	for page := 0; ; page++ {
		html, n := tl.HTMLPage(page, 4)
		checkHTML(t, html)
		pages = append(pages, html)
		if page == n-1 {
			break
		}
	}
	golden(t, "timeline.html", joinMessages(pages))
}

func TestTimeline(t *testing.T) {
	tl := NewTimeline(peskov, "relations", peskovTimeline(), timelineNow)
	if got := len(tl.Entries); got != 8 {
		t.Fatalf("%d lines, want 8 (the Reuters copy merged)", got)
	}
	wantSummary := "Dmitry Peskov on “relations”: 8 statements from Wed 13 Sep 2017 to Fri 5 Sep 2025, in 5 outlets."
	if got := tl.Summary(); got != wantSummary {
		t.Errorf("Summary() = %q, want %q", got, wantSummary)
	}
	text := tl.Text()
	lines := strings.Split(strings.TrimSuffix(text, "\n"), "\n")
	if len(lines) != 9 {
		t.Fatalf("Text has %d lines, want 9:\n%s", len(lines), text)
	}
	if !strings.HasPrefix(lines[1], "Wed 13 Sep 2017: ") || !strings.HasPrefix(lines[7], "Fri 5 Sep 2025: Peskov told TASS a full-fledged") {
		t.Errorf("lines not oldest first with dates:\n%s", text)
	}
	if !strings.Contains(text, "— The Moscow Times, Reuters") {
		t.Errorf("the merged line does not name both outlets:\n%s", text)
	}
	yearOnly := entry(20, 1, "Dmitry Peskov", "", "It may well be", true, "2017", srcMT2017)
	placed := NewTimeline(peskov, "", append([]Entry{yearOnly}, peskovTimeline()...), timelineNow)
	if placed.Entries[2].ID != 20 { // after the two of 13 Sep
		t.Errorf("a quote dated 2017 from a 29 Dec 2017 article is not placed on 29 Dec: %d", placed.Entries[2].ID)
	}
	if !strings.Contains(text, "Dec 2017: Peskov: “you need two to tango.”") {
		t.Errorf("a month-precision date is not shown as a month:\n%s", text)
	}

	thisYear := NewTimeline(peskov, "", peskovTimeline()[4:], timelineNow)
	if got := thisYear.Summary(); !strings.HasSuffix(got, "from Tue 11 Mar to Fri 5 Sep, in 4 outlets.") {
		t.Errorf("a timeline within this year: Summary() = %q", got)
	}

	empty := NewTimeline(peskov, "", nil, timelineNow)
	if got := empty.Summary(); got != "Dmitry Peskov: no statements found." {
		t.Errorf("empty Summary() = %q", got)
	}
	if html, pages := empty.HTMLPage(3, 5); pages != 1 || !strings.Contains(html, "no statements") {
		t.Errorf("empty HTMLPage = %q, %d pages", html, pages)
	}
	// the speaker's name opens the summary: a description in lower case takes a capital
	if got := NewTimeline(Speaker{Name: "spokesman"}, "", nil, timelineNow).Summary(); got != "Spokesman: no statements found." {
		t.Errorf("a described speaker's Summary() = %q", got)
	}
}

func TestTimelineHTMLPage(t *testing.T) {
	many := make([]Entry, 0, 95)
	for i := range 95 {
		many = append(many, entry(int64(i+1), 1, "Dmitry Peskov", "",
			fmt.Sprintf("statement %d: %s", i, strings.Repeat("Кремль <&> 😀 ", 40)), i%2 == 0,
			time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, i).Format("2006-01-02"), srcMT2025))
	}
	tl := NewTimeline(peskov, "", many, timelineNow)
	tests := []struct {
		name                string
		page, perPage       int
		wantPage, wantPages int
	}{
		{"first", 0, 10, 0, 10},
		{"last, partly full", 9, 10, 9, 10},
		{"past the end clamped", 50, 10, 9, 10},
		{"negative clamped", -2, 10, 0, 10},
		{"default per page", 1, 0, 1, 10},
		{"too many per page for one message", 0, 95, 0, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			html, pages := tl.HTMLPage(tt.page, tt.perPage)
			if pages != tt.wantPages {
				t.Errorf("pages = %d, want %d", pages, tt.wantPages)
			}
			if n := TelegramLen(html); n > MaxMessageLen {
				t.Errorf("page is %d units, over %d", n, MaxMessageLen)
			}
			checkHTML(t, html)
			first := fmt.Sprintf("statement %d:", tt.wantPage*max(tt.perPage, 10))
			if tt.perPage != 95 && !strings.Contains(html, first) {
				t.Errorf("page does not start with %q:\n%s", first, html)
			}
		})
	}
}

func TestMergeSame(t *testing.T) {
	tango := func(id int64, saidOn string, src Source) Entry {
		return entry(id, 1, "Dmitry Peskov", "", "you need two to tango", true, saidOn, src)
	}
	tests := []struct {
		name    string
		entries []Entry
		want    int // entries after merging
	}{
		{"same day, two outlets", []Entry{tango(1, "2017-12-29", srcMT2017), tango(2, "2017-12-29", srcRT)}, 1},
		{"carried two days later", []Entry{tango(1, "2017-12-29", srcMT2017), tango(2, "2017-12-31", srcRT)}, 1},
		{"day within a month", []Entry{tango(1, "2017-12", srcMT2017), tango(2, "2017-12-29", srcRT)}, 1},
		{"one undated", []Entry{tango(1, "2017-12-29", srcMT2017), {ID: 2, SpeakerID: 1, Statement: Statement{Speaker: "Dmitry Peskov", Content: "You need two to tango."}}}, 1},
		{"said again years later", []Entry{tango(1, "2017-12-29", srcMT2017), tango(2, "2025-09-05", srcRT)}, 2},
		{"said again, then carried again", []Entry{tango(1, "2017-12-29", srcMT2017), tango(2, "2025-09-05", srcRT), tango(3, "2025-09-05", srcReuters)}, 2},
		{"other words", []Entry{tango(1, "2017-12-29", srcMT2017), entry(2, 1, "Dmitry Peskov", "", "it takes two to tango", true, "2017-12-29", srcRT)}, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := mergeSame(tt.entries)
			if len(got) != tt.want {
				t.Fatalf("%d entries, want %d: %+v", len(got), tt.want, got)
			}
			sources := 0
			for _, e := range got {
				sources += len(e.Sources)
			}
			if sources != len(tt.entries)-countUnsourced(tt.entries) {
				t.Errorf("%d sources kept of %d", sources, len(tt.entries))
			}
		})
	}
}

func countUnsourced(entries []Entry) int {
	n := 0
	for _, e := range entries {
		if len(e.Sources) == 0 {
			n++
		}
	}
	return n
}

// Timeline and search lines read as the digest's sentences: the cue that
// carries meaning stays ("called", "urged"), a claim is said by someone.
func TestEntryLinesAreSentences(t *testing.T) {
	called := entry(30, 5, "Rex Tillerson", "U.S. Secretary of State", `Russia a "resurgent" country`, false, "2017-12-28", srcMT2017)
	called.Cue = "called"
	urged := entry(31, 1, "Dmitry Peskov", "", "urging the UN Security Council to hold consultations", false, "2025-03-11", srcMT2017)
	urged.Cue = "urging"
	quote := entry(32, 1, "Dmitry Peskov", "", "false.", true, "2025-03-11", srcMT2017)
	for _, tt := range []struct {
		e    Entry
		want string
	}{
		{called, "Tillerson called Russia a “resurgent” country."},
		{urged, "Peskov urged the UN Security Council to hold consultations."},
		{quote, "Peskov: “false.”"},
	} {
		if got := EntryHTML(tt.e, timelineNow, 200); !strings.Contains(got, EscapeHTML(tt.want)) {
			t.Errorf("EntryHTML = %q, want it to contain %q", got, tt.want)
		}
		if got := SentenceText(tt.e, 200, "", ""); got != tt.want {
			t.Errorf("SentenceText = %q, want %q", got, tt.want)
		}
		tl := NewTimeline(Speaker{Name: tt.e.Speaker}, "", []Entry{tt.e}, timelineNow)
		if got := tl.Text(); !strings.Contains(got, ": "+tt.want+" — ") {
			t.Errorf("timeline line:\n%s\nwant %q", got, tt.want)
		}
	}
	called.Content = "Russia a \"\x02resurgent\x03\" country"
	if got := SentenceText(called, 200, "[", "]"); got != "Tillerson called Russia a “[resurgent]” country." {
		t.Errorf("SentenceText of a snippet = %q", got)
	}
	called.Snippet = called.Content
	if got := SnippetHTML(called, timelineNow); !strings.Contains(got, "Tillerson called Russia a “<b>resurgent</b>” country.") {
		t.Errorf("SnippetHTML = %q", got)
	}
}

// A line never reads "called: “false.”", ", : I support", "asked Did
// they", opens in lower case or names its speaker twice.
func TestSentenceGlitches(t *testing.T) {
	called := entry(40, 1, "Dmitry Peskov", "", "false.", true, "2025-03-11", srcMT2017)
	called.Cue = "calling"
	colon := entry(41, 6, "Hillary Clinton", "Democratic frontrunner", "I support D.C. statehood", false, "2016-04-01", srcMT2017)
	colon.Cue = ":"
	twice := entry(42, 7, "Top Russian officials", "", "Russian officials have previously accused the White House of dragging its feet", false, "2025-07-29", srcMT2017)
	twice.Cue = "accused"
	asked := entry(43, 8, "reporter", "", "Did they talk about the wall he wants to build", false, "2016-09-01", srcMT2017)
	asked.Cue = "asked"
	vague := entry(44, 9, "officials", "", "the talks would resume", false, "2016-09-01", srcMT2017)
	vague.Cue = "said"
	named := entry(45, 10, "Ann Lee", "", "Will Smith would host the gala", false, "2016-09-01", srcMT2017)
	named.Cue = "said"
	// a made-up statement: speaker, content, direct, cue, audience, question
	lee := func(id int64, speaker, content string, direct bool, cue, audience, question string) Entry {
		e := entry(id, id-35, speaker, "", content, direct, "2016-09-01", srcMT2017)
		e.Cue, e.Audience, e.Question = cue, audience, question
		return e
	}
	plain := lee(46, "Ann Lee", "the bridge would open in May", false, "argue", "", "")
	insist := lee(47, "Ann Lee", "the bridge would open in May", false, "insistence", "", "")
	admits := lee(48, "Ann Lee", "the bridge would open late", false, "admits", "", "")
	stray := lee(49, "Ann Lee", "we will build it, and they will come in,.", true, "said", "Tom Ray of Radio One,", "")
	opener := lee(50, "Ann Lee", "Whether they like it or not, the bridge will open", false, "insisted", "", "")
	many := lee(51, "Ann Lee", "Many drivers would use the bridge", false, "said", "", "")
	pair := lee(52, "Ann Lee", "the plan ''a bridge to nowhere.''", false, "called", "", "")
	self := lee(53, "Ann Lee", "the bridge will open", false, "told", "Lee", "")
	selfQ := lee(54, "Ann Lee", "It will open.", true, "told", "Ann Lee", "")
	lead := lee(55, "survey", "survey, most drivers would use the bridge", false, "according to", "", "")
	apos := lee(56, "Ann Lee", "It will open.", true, "told", "Radio One's Tom Ray", "")
	few := lee(57, "Only 24 percent", "the bridge should open", false, "said", "", "if the bridge was needed")
	spelled := lee(63, "Twenty-four percent", "the bridge should open", false, "said", "", "if the bridge was needed")
	nested := lee(58, "Ann Lee", "the mayor said, ‘the bridge will open,’", true, "said", "", "")
	twoApos := lee(59, "Ann Lee", "the bridge would be ''ready by May,''", false, "said", "", "")
	inner := lee(60, "Ann Lee", "Drivers do not simply yell, 'Close the bridge.", true, "said", "", "")
	broken := lee(62, "Ann Lee", "The ferries are running a–", true, "said", "", "")
	elided := lee(61, "Ann Lee", "They said, 'Sure.' I asked 'em and they don't mind", true, "said", "", "")
	for _, tt := range []struct {
		e    Entry
		want string
	}{
		// a comma inside the closing quote marks goes, whatever the marks
		{nested, "Lee: “the mayor said, ‘the bridge will open’.”"},
		{twoApos, "Lee said the bridge would be “ready by May”."},
		// a quotation that ends where the quote does is closed
		{inner, "Lee: “Drivers do not simply yell, ‘Close the bridge.’”"},
		{broken, "Lee: “The ferries are running a–”"}, // words broken off take no full stop
		{elided, "Lee: “They said, ‘Sure.’ I asked ‘em and they don’t mind.”"},
		// after "Asked ..., " a speaker's function word reads in lower case
		{few, "Asked if the bridge was needed, only 24 percent said the bridge should open."},
		{spelled, "Asked if the bridge was needed, twenty-four percent said the bridge should open."},
		// an audience's apostrophe is typographic, as the content's is
		{apos, "Lee, to Radio One’s Tom Ray: “It will open.”"},
		// a content that opens with its speaker and a comma: not "A survey said survey, ..."
		{lead, "A survey said most drivers would use the bridge."},
		// an audience that is the speaker again is left out
		{self, "Lee said the bridge will open."},
		{selfQ, "Lee: “It will open.”"},
		// two apostrophes for a quote mark
		{pair, "Lee called the plan “a bridge to nowhere.”"},
		// a conjunction or quantifier opening a reported clause is no name
		{opener, "Lee insisted whether they like it or not, the bridge will open."},
		{many, "Lee said many drivers would use the bridge."},
		// no punctuation left before a full stop or a colon
		{stray, "Lee, to Tom Ray of Radio One: “we will build it, and they will come in.”"},
		// a cue in its plain form, as a noun or with a doubled final reads in the past
		{plain, "Lee argued the bridge would open in May."},
		{insist, "Lee insisted the bridge would open in May."},
		{admits, "Lee admitted the bridge would open late."},
		{called, "Peskov: “false.”"},
		{colon, "Clinton: I support D.C. statehood."},
		{twice, "Russian officials have previously accused the White House of dragging its feet."},
		// a question the writer put in its own words, unquoted: not "reporter asked Did they ..."
		{asked, "A reporter asked: Did they talk about the wall he wants to build?"},
		{vague, "Officials said the talks would resume."},
		{named, "Lee said Will Smith would host the gala."},
	} {
		if got := SentenceText(tt.e, 200, "", ""); got != tt.want {
			t.Errorf("SentenceText = %q, want %q", got, tt.want)
		}
	}
	d := Compose([]Entry{colon}, ComposeOptions{Now: timelineNow})
	if got := FoldSpace(d.Text()); !strings.Contains(got, "Hillary Clinton, Democratic frontrunner: I support D.C. statehood.") {
		t.Errorf("digest line with a colon cue:\n%s", got)
	}
	// a digest's HTML names its speakers in bold: the capital goes inside the tag
	for _, tt := range []struct {
		e    Entry
		want string
	}{
		{vague, ": <b>Officials</b> said the talks would resume."},
		{few, ": Asked if the bridge was needed, <b>only 24 percent</b> said the bridge should open."},
	} {
		if got := strings.Join(Compose([]Entry{tt.e}, ComposeOptions{Now: timelineNow}).HTML(), "\n"); !strings.Contains(got, tt.want) {
			t.Errorf("digest HTML:\n%s\nwant the line %q", got, tt.want)
		}
	}
}
