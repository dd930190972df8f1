package digest

import (
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// checkHTML fails t unless m is HTML Telegram would parse: known tags,
// properly nested and closed, and no bare < > or unknown & entity.
func checkHTML(t *testing.T, m string) {
	t.Helper()
	allowed := map[string]bool{"b": true, "i": true, "u": true, "s": true, "a": true, "code": true, "pre": true, "blockquote": true}
	var open []string
	for i := 0; i < len(m); i++ {
		switch m[i] {
		case '<':
			j := strings.IndexByte(m[i:], '>')
			if j < 0 {
				t.Errorf("bare < at %d in %q", i, m)
				return
			}
			name, closing := tagName(m[i : i+j+1])
			if !allowed[name] {
				t.Errorf("tag %q not allowed in %q", m[i:i+j+1], m)
			}
			if closing {
				if len(open) == 0 || open[len(open)-1] != name {
					t.Errorf("</%s> closes %v in %q", name, open, m)
					return
				}
				open = open[:len(open)-1]
			} else {
				open = append(open, name)
			}
			i += j
		case '>':
			t.Errorf("bare > at %d in %q", i, m)
		case '&':
			if _, size := decodeEntity(m[i:]); size == 0 {
				t.Errorf("bare & at %d in %q", i, m)
			}
		}
	}
	if len(open) > 0 {
		t.Errorf("tags %v left open in %q", open, m)
	}
}

func TestEscapeHTML(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain", "plain"},
		{"a < b > c", "a &lt; b &gt; c"},
		{"AT&T", "AT&amp;T"},
		{`"quoted"`, "&quot;quoted&quot;"},
		{"&amp;", "&amp;amp;"},
		{"<b>bold</b>", "&lt;b&gt;bold&lt;/b&gt;"},
		{"“curly” ’ — ok", "“curly” ’ — ok"},
		{"bad\xffbyte", "bad\uFFFDbyte"},
		{"bell\a and marks \x02x\x03, lines\nand\ttabs kept", "bell and marks x, lines\nand\ttabs kept"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got := EscapeHTML(tt.in)
			if got != tt.want {
				t.Errorf("EscapeHTML(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if n, want := TelegramLen(got), len([]rune(CleanText(tt.in))); n != want {
				t.Errorf("TelegramLen(escaped) = %d, want the %d runes of the cleaned input", n, want)
			}
			if !utf8.ValidString(got) {
				t.Errorf("EscapeHTML(%q) is not valid UTF-8", tt.in)
			}
		})
	}
}

func TestTelegramLen(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want int
	}{
		{"empty", "", 0},
		{"ascii", "hello", 5},
		{"cyrillic", "Песков", 6},
		{"emoji outside the BMP", "😀", 2},
		{"flag: two regional indicators", "🇷🇺", 4},
		{"family emoji with joiners", "👨‍👩‍👧", 8},
		{"BMP symbol", "—…“”", 4},
		{"tags", "<b>bold</b> <i>it</i>", 7},
		{"link", `<a href="https://example.com/a?b=1&amp;c=2">x</a>`, 1},
		{"named entities", "&lt;&gt;&amp;&quot;", 4},
		{"numeric entities", "&#65;&#x1F600;&#8212;", 4},
		{"unknown entity counted as text", "&nbsp;", 6},
		{"bare ampersand", "a & b", 5},
		{"newlines", "a\nb\n", 4},
		{"invalid UTF-8", "a\xffb", 3},
		{"unclosed tag counted as text", "a < b", 5},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := TelegramLen(tt.in); got != tt.want {
				t.Errorf("TelegramLen(%q) = %d, want %d", tt.in, got, tt.want)
			}
		})
	}
}

func TestPackMessages(t *testing.T) {
	long := strings.Repeat("word ", 30) // 150 units
	tests := []struct {
		name  string
		parts []string
		limit int
		want  []string
	}{
		{"all fit", []string{"a", "b", "c"}, 10, []string{"a\nb\nc"}},
		{"exactly the limit", []string{"abcd", "efgh"}, 9, []string{"abcd\nefgh"}},
		{"one over", []string{"abcd", "efgh"}, 8, []string{"abcd", "efgh"}},
		{"tags do not count", []string{"<b>abcd</b>", "<i>efgh</i>"}, 9, []string{"<b>abcd</b>\n<i>efgh</i>"}},
		{"entities count once", []string{"&lt;&lt;", "&amp;"}, 4, []string{"&lt;&lt;\n&amp;"}},
		{"blank lines at a split dropped", []string{"abcd", "\nefgh"}, 8, []string{"abcd", "efgh"}},
		{"empty parts dropped", []string{"", "\n"}, 8, nil},
		{"long part cut at words", []string{"one two three four"}, 9, []string{"one two", "three", "four"}},
		{"long part with a tag reopened", []string{"<b>one two three</b> four"}, 10, []string{"<b>one two</b>", "<b>three</b> four"}},
		{"long word cut hard", []string{"abcdefghij"}, 4, []string{"abcd", "efgh", "ij"}},
		{"long part then short part joins", []string{long, "tail"}, 100, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := PackMessages(tt.parts, tt.limit)
			for i, m := range got {
				if n := TelegramLen(m); n > tt.limit {
					t.Errorf("message %d is %d units, over %d: %q", i, n, tt.limit, m)
				}
				checkHTML(t, m)
			}
			if tt.want != nil && fmt.Sprintf("%q", got) != fmt.Sprintf("%q", tt.want) {
				t.Errorf("PackMessages = %q, want %q", got, tt.want)
			}
		})
	}
	t.Run("long part then short part joins", func(t *testing.T) {
		got := PackMessages([]string{long, "tail"}, 100)
		if len(got) != 2 || !strings.HasSuffix(got[1], "\ntail") {
			t.Errorf("got %q", got)
		}
	})
}

// TestPackMessagesMany packs 10,000 rendered entries with links, emoji and
// entities: every message within the limit and well-formed, nothing lost,
// and every message but the last too full to take the next entry.
func TestPackMessagesMany(t *testing.T) {
	parts := make([]string, 10000)
	for i := range parts {
		parts[i] = fmt.Sprintf(`• Tue 29 Jul: “quote %d &amp; 😀 %s” — <a href="https://example.com/%d">Outlet &lt;%d&gt;</a>`,
			i, strings.Repeat("x", i%300), i, i)
	}
	msgs := PackMessages(parts, MaxMessageLen)
	joined := strings.Join(msgs, "\n")
	if joined != strings.Join(parts, "\n") {
		t.Fatal("the messages do not add up to the parts")
	}
	next := 0
	for i, m := range msgs {
		n := TelegramLen(m)
		if n > MaxMessageLen {
			t.Fatalf("message %d is %d units", i, n)
		}
		checkHTML(t, m)
		next += strings.Count(m, "\n") + 1
		if i < len(msgs)-1 && n+1+TelegramLen(parts[next]) <= MaxMessageLen {
			t.Errorf("message %d (%d units) had room for the next part", i, n)
		}
	}
}

// TestSplitHTMLLong cuts one huge part with nested tags and entities: no
// piece over the limit, each well-formed, the text kept.
func TestSplitHTMLLong(t *testing.T) {
	var b strings.Builder
	for i := range 2000 {
		fmt.Fprintf(&b, `<b>bold %d <a href="https://x.org/?a=1&amp;b=2">link &amp; 😀</a></b> plain &lt;text&gt; `, i)
	}
	for _, limit := range []int{50, 333, MaxMessageLen} {
		t.Run(fmt.Sprint(limit), func(t *testing.T) {
			pieces := PackMessages([]string{b.String()}, limit)
			var text strings.Builder
			for i, p := range pieces {
				if n := TelegramLen(p); n > limit {
					t.Fatalf("piece %d is %d units", i, n)
				}
				checkHTML(t, p)
				text.WriteString(plainOf(p) + " ")
			}
			if strings.Join(strings.Fields(text.String()), " ") != strings.Join(strings.Fields(plainOf(b.String())), " ") {
				t.Error("the pieces lost or changed text")
			}
		})
	}
}

// plainOf returns the text of Telegram HTML with tags removed (entities
// left as they are).
func plainOf(html string) string {
	var b strings.Builder
	for _, tok := range tokenize(html) {
		if !tok.tag {
			b.WriteString(tok.s)
		}
	}
	return b.String()
}

func TestShorten(t *testing.T) {
	tests := []struct {
		name string
		in   string
		max  int
		want string
	}{
		{"short enough", "going nowhere fast", 18, "going nowhere fast"},
		{"cut at a word", "going nowhere fast", 15, "going nowhere…"},
		{"cut falls on a space", "going nowhere fast", 14, "going nowhere…"},
		{"never mid-word", "going nowhere fast", 12, "going…"},
		{"dangling comma dropped", "So far, the process", 12, "So far…"},
		{"a quote cut open is closed", "not an option to “refuse to vote for him”", 32, "not an option to “refuse…”"},
		{"a straight one too", `not an option to "refuse to vote for him"`, 32, `not an option to "refuse…"`},
		{"dangling article dropped", "relations with the United States", 24, "relations…"},
		{"no clause ends after a title", "Lee said she is tied for second place, a close race, with Florida Sen. Marco Rubio in the polls", 80, "Lee said she is tied for second place, a close race, with Florida Sen. Marco…"},
		{"a title left at the cut is dropped", "They want a leader like Mr. Smith to win the seat", 28, "They want a leader like…"},
		{"a title left at the cut is dropped, its full stop too", "They want a leader like Mr. Smith to win the seat", 30, "They want a leader like…"},
		{"one long word cut hard", "Supercalifragilistic", 6, "Super…"},
		{"cyrillic counted in runes", "Процесс нормализации идёт медленно", 25, "Процесс нормализации…"},
		{"max one", "abc", 1, "…"},
		{"max zero", "abc", 0, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Shorten(tt.in, tt.max)
			if got != tt.want {
				t.Errorf("Shorten(%q, %d) = %q, want %q", tt.in, tt.max, got, tt.want)
			}
			if n := utf8.RuneCountInString(got); n > tt.max {
				t.Errorf("%q has %d runes, over %d", got, n, tt.max)
			}
		})
	}
	// Every cut of a real quote ends at a word boundary.
	quote := "Too much damage has been dealt to the whole architecture of bilateral relations, and this prevents this process from being quick"
	words := map[string]bool{}
	for _, w := range strings.Fields(quote) {
		words[strings.Trim(w, ",")] = true
	}
	for max := 10; max < len(quote); max++ {
		got := strings.TrimSuffix(Shorten(quote, max), "…")
		fields := strings.Fields(got)
		if len(fields) > 0 && !words[strings.Trim(fields[len(fields)-1], ",")] {
			t.Errorf("Shorten(quote, %d) = %q ends mid-word", max, got)
		}
	}
}

func TestFormatDay(t *testing.T) {
	now := time.Date(2025, 7, 30, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		in, want string
	}{
		{"2025-07-29", "Tue 29 Jul"},
		{"2017-09-13", "Wed 13 Sep 2017"},
		{"2026-01-02", "Fri 2 Jan 2026"},
		{"2025-08", "Aug 2025"},
		{"2025", "2025"},
		{"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			d, err := ParseDate(tt.in)
			if err != nil {
				t.Fatal(err)
			}
			if got := FormatDay(d, now); got != tt.want {
				t.Errorf("FormatDay(%s) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestTypographic(t *testing.T) {
	tests := []struct {
		in     string
		nested bool
		want   string
	}{
		{`had "taken into account" Trump's ultimatum`, false, "had “taken into account” Trump’s ultimatum"},
		{`called it "false."`, true, "called it ‘false.’"},
		{`'tis ("so")`, false, "‘tis (“so”)"},
		// two apostrophes typed for a quote mark are one
		{`a ''pathological liar'' then`, false, "a “pathological liar” then"},
		{`''We won,'' he said`, true, "‘We won,’ he said"},
		{`the '60s and Lee's`, false, "the ’60s and Lee’s"},
		// an opening mark typed for a closing one closes
		{`called it “absurd“.`, false, "called it “absurd”."},
		{`said ‘no‘, then “yes“`, true, "said ‘no’, then “yes”"},
		{`a “quote“s`, false, "a “quote“s"}, // a letter after it: no closing mark
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := typographic(tt.in, tt.nested); got != tt.want {
				t.Errorf("typographic(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func BenchmarkPackMessages(b *testing.B) {
	parts := make([]string, 1000)
	for i := range parts {
		parts[i] = fmt.Sprintf(`• Tue 29 Jul: “quote %d &amp; 😀 %s” — <a href="https://example.com/%d">Outlet</a>`, i, strings.Repeat("word ", i%60), i)
	}
	for b.Loop() {
		PackMessages(parts, MaxMessageLen)
	}
}
