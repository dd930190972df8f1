package digest

import (
	"cmp"
	"fmt"
	"strings"
	"time"
)

// Timeline is what one speaker has said, optionally about one topic, in
// chronological order: one line per distinct statement, the same quote from
// several outlets on one line naming them all.
type Timeline struct {
	Speaker Speaker
	Topic   string
	Entries []Entry   // merged, oldest first
	Now     time.Time // when all dates fall in Now's year, they are shown without it
}

// NewTimeline returns the timeline of sp's entries about topic ("" for
// any). entries should be in chronological order (as
// StatementStore.Timeline returns them); entries whose content is the same
// once folded are merged into the first, and an entry dated only by month
// or year is placed by its source's publication day within that span.
func NewTimeline(sp Speaker, topic string, entries []Entry, now time.Time) *Timeline {
	merged := mergeSame(entries)
	sortChrono(merged, false) // the store knows the order of what was said on one day
	return &Timeline{
		Speaker: sp,
		Topic:   strings.TrimSpace(topic),
		Entries: merged,
		Now:     now,
	}
}

// ref returns the time dates are formatted against: Now when every entry
// falls in Now's year, else the zero time, so that a timeline spanning
// years shows the year on every line.
func (t *Timeline) ref() time.Time {
	for _, e := range t.Entries {
		if d := e.When(); d.Known() && d.Year != t.Now.Year() {
			return time.Time{}
		}
	}
	return t.Now
}

// Empty reports whether the timeline has no statements.
func (t *Timeline) Empty() bool { return len(t.Entries) == 0 }

// name returns the speaker's name, with the topic when there is one:
// `Dmitry Peskov on “normalization”`.
func (t *Timeline) name() string {
	s := sentenceStart(t.Speaker.Name) // it opens the summary: "Spokesman: 1 statement ..."
	if t.Topic != "" {
		s += " on “" + strings.Trim(t.Topic, `"“”`) + "”"
	}
	return s
}

// Summary returns the first line of the timeline, which sums up its span:
// "Dmitry Peskov on “normalization”: 9 statements from Wed 13 Sep 2017 to
// Fri 5 Sep 2025, in 5 outlets."
func (t *Timeline) Summary() string {
	if t.Empty() {
		return t.name() + ": no statements found."
	}
	var first, last Date
	outlets := map[string]bool{}
	for _, e := range t.Entries {
		if d := e.When(); d.Known() {
			if !first.Known() {
				first = d
			}
			last = d
		}
		for _, o := range e.Outlets() {
			outlets[o] = true
		}
	}
	ref := t.ref()
	var b strings.Builder
	b.WriteString(t.name() + ": " + plural(len(t.Entries), "statement"))
	switch {
	case !first.Known():
	case first == last:
		b.WriteString(" on " + FormatDay(first, ref))
	default:
		b.WriteString(" from " + FormatDay(first, ref) + " to " + FormatDay(last, ref))
	}
	if len(outlets) > 0 {
		b.WriteString(", in " + plural(len(outlets), "outlet"))
	}
	b.WriteString(".")
	return b.String()
}

// plural returns "1 statement" or "5 statements".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// Text renders the timeline for a terminal: the summary, then one line per
// statement.
func (t *Timeline) Text() string {
	ref := t.ref()
	var b strings.Builder
	b.WriteString(t.Summary() + "\n")
	for _, e := range t.Entries {
		b.WriteString(renderLine(e, ref, timelineQuoteMax, false) + "\n")
	}
	return b.String()
}

// HTMLPage renders page (0 is the oldest) of the timeline, perPage
// statements to a page, as one Telegram HTML message within MaxMessageLen,
// and returns it with the number of pages. A page out of range is clamped
// into it; perPage < 1 means 10.
func (t *Timeline) HTMLPage(page, perPage int) (text string, pages int) {
	if perPage < 1 {
		perPage = 10
	}
	pages = max(1, (len(t.Entries)+perPage-1)/perPage)
	page = min(max(page, 0), pages-1)
	lo, hi := page*perPage, min((page+1)*perPage, len(t.Entries))
	ref := t.ref()
	head := "<b>" + EscapeHTML(t.Summary()) + "</b>"
	if pages > 1 {
		head += fmt.Sprintf("\nPage %d of %d", page+1, pages)
	}
	// Shorten quotes further until the page fits: a page is one message.
	for quote := timelineQuoteMax; ; quote = quote * 3 / 4 {
		var b strings.Builder
		b.WriteString(head + "\n")
		for _, e := range t.Entries[lo:hi] {
			b.WriteString("\n" + renderLine(e, ref, quote, true))
		}
		if text = b.String(); TelegramLen(text) <= MaxMessageLen || quote < 8 {
			break
		}
	}
	if TelegramLen(text) > MaxMessageLen { // absurd perPage: keep what fits
		text = splitHTML(text, MaxMessageLen)[0]
	}
	return text, pages
}

// renderLine renders one timeline line: the date (in bold in HTML), then
// the statement as a sentence and its outlets.
func renderLine(e Entry, now time.Time, max int, html bool) string {
	head := cmp.Or(FormatDay(e.When(), now), "undated")
	if html {
		return renderEntry(e, "<b>"+EscapeHTML(head)+"</b>", max, htmlStyle)
	}
	return renderEntry(e, head, max, textStyle)
}
