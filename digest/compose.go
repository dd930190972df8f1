package digest

import (
	"cmp"
	"fmt"
	"net/url"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Defaults for ComposeOptions.
const (
	DefaultDigestTitle = "Who said what"
	DefaultMaxEntries  = 12
	DefaultMoreCommand = "/latest"
)

// Rendering limits: how long a quote may be in a digest and in a timeline,
// in runes, before it is shortened.
const (
	digestQuoteMax   = 280
	timelineQuoteMax = 200
	textWidth        = 78 // terminal lines are wrapped at this width
)

// ComposeOptions say how to compose a digest.
type ComposeOptions struct {
	Title      string         // heading; DefaultDigestTitle when empty
	Now        time.Time      // the digest's date, and the year dates are shown relative to
	Location   *time.Location // the chat's time zone; Now's location when nil
	Follows    []int64        // speaker ids the chat follows: ranked first within their story
	MaxEntries int            // statement lines shown at most; DefaultMaxEntries when 0, no limit when < 0
	// MoreCommand is the command offered for the statements left out;
	// DefaultMoreCommand when empty. A "%d" in it stands for how many
	// statements it should show: all the digest's, at most MoreMax (when
	// above 0), and the line then says it shows only the newest MoreMax.
	MoreCommand string
	MoreMax     int
	// MoreSpeakerCommand, for a chat that follows speakers, is offered
	// instead when every statement left out is one speaker's, "%s" standing
	// for the speaker's name ("/timeline %s"): a command showing everyone's
	// statements would not show what was left out.
	MoreSpeakerCommand string
	// Unread counts new statements the caller did not hand over (it read
	// only the first so many): a line says they wait for the next digest,
	// so the counts a reader sees are exact.
	Unread        int
	UnreadCommand string // the command that shows them now, if any
	// Others counts new statements the chat's filters (followed speakers,
	// muted ones) held back; a line says so.
	Others        int
	OthersCommand string // the command offered for them
}

// Digest is a composed digest: the stories of the statements given, newest
// story first, each with its key statements, ready to render for Telegram
// (HTML) or a terminal (Text).
type Digest struct {
	Title         string
	Date          time.Time // Now in the chat's time zone
	Stories       []Story
	More          int // statements read but not selected
	Unread        int // new statements not read: they wait for the next digest
	UnreadCommand string
	MoreStories   int    // stories of which no line is shown
	MoreCommand   string // offered for the statements left out
	Others        int    // statements the chat's filters held back
	OthersCommand string
	LastID        int64 // the highest Entry.ID among all the entries given, shown or not
	plainTitle    bool  // the heading is the title alone, without the date
}

// Compose groups entries into stories (the clippings that carried them;
// clippings sharing a statement are one story), merges the same quote
// carried by several outlets into one entry naming them all, and selects
// what a reader sees: every story's key statement before any story's
// second, at most two per story and opts.MaxEntries in all. A headline that
// is itself a statement becomes the story's title, never a line of its
// own. The rest is counted in More.
func Compose(entries []Entry, opts ComposeOptions) *Digest {
	loc := opts.Location
	if loc == nil {
		loc = opts.Now.Location()
	}
	d := &Digest{
		Title:         cmp.Or(opts.Title, DefaultDigestTitle),
		Date:          opts.Now.In(loc),
		MoreCommand:   cmp.Or(opts.MoreCommand, DefaultMoreCommand),
		Others:        opts.Others,
		OthersCommand: opts.OthersCommand,
		Unread:        max(opts.Unread, 0),
		UnreadCommand: opts.UnreadCommand,
	}
	for _, e := range entries {
		d.LastID = max(d.LastID, e.ID)
	}
	stories := buildStories(mergeAll(entries), opts.Follows)
	limit := opts.MaxEntries
	if limit == 0 {
		limit = DefaultMaxEntries
	}
	d.Stories, d.More, d.MoreStories = selectLines(stories, limit)
	d.MoreCommand = moreCommand(opts, stories, d)
	return d
}

// moreCommand returns the command the digest's last line offers for the
// statements it left out, made true for what it shows: the count it
// needs, the bound it has, or the one speaker a following chat missed.
func moreCommand(opts ComposeOptions, all []Story, d *Digest) string {
	c := cmp.Or(opts.MoreCommand, DefaultMoreCommand)
	if d.More <= 0 {
		return strings.ReplaceAll(c, "%d", "")
	}
	if len(opts.Follows) > 0 && opts.MoreSpeakerCommand != "" {
		if name := leftOutSpeaker(all, d.Stories); name != "" {
			return strings.ReplaceAll(opts.MoreSpeakerCommand, "%s", name)
		}
	}
	every := ""
	if len(opts.Follows) > 0 && opts.MoreSpeakerCommand != "" { // a chat that sees only its followed speakers
		every = " of every speaker"
	}
	if !strings.Contains(c, "%d") {
		return c + every
	}
	n := d.More
	for _, s := range d.Stories {
		n += len(s.Entries)
	}
	if opts.MoreMax > 0 && n > opts.MoreMax {
		return fmt.Sprintf("%s shows the newest %d%s", strings.ReplaceAll(c, "%d", fmt.Sprint(opts.MoreMax)), opts.MoreMax, every)
	}
	return strings.ReplaceAll(c, "%d", fmt.Sprint(n)) + every
}

// leftOutSpeaker returns the name of the one speaker of every statement in
// all that shown does not show, or "" when they are several.
func leftOutSpeaker(all, shown []Story) string {
	in := map[int64]bool{}
	for _, s := range shown {
		for _, e := range s.Entries {
			in[e.ID] = true
		}
	}
	key, name := "", ""
	for _, s := range all {
		for _, l := range s.lines {
			if in[l.e.ID] {
				continue
			}
			if k := speakerKey(l.e); key == "" {
				key, name = k, FoldSpace(l.e.Speaker)
			} else if k != key {
				return ""
			}
		}
	}
	return name
}

// mergeAll merges each speaker's copies of the same quote (see mergeSame)
// and returns the entries in the order of their first appearance.
func mergeAll(entries []Entry) []Entry {
	var keys []string
	bySpeaker := map[string][]int{} // indices: entries are large to copy around
	for i := range entries {
		k := speakerKey(&entries[i])
		if _, ok := bySpeaker[k]; !ok {
			keys = append(keys, k)
		}
		bySpeaker[k] = append(bySpeaker[k], i)
	}
	grouped := make([]Entry, 0, len(entries))
	out := make([]Entry, 0, len(entries))
	for _, k := range keys {
		start := len(grouped)
		for _, i := range bySpeaker[k] {
			grouped = append(grouped, entries[i])
		}
		out = append(out, mergeSame(grouped[start:])...)
	}
	return out
}

// speakerKey identifies an entry's speaker: its id, or its folded name when
// the entry was never stored.
func speakerKey(e *Entry) string {
	if e.SpeakerID != 0 {
		return fmt.Sprint(e.SpeakerID)
	}
	return "name:" + strings.ToLower(FoldSpace(e.Speaker))
}

// mergeSame merges entries whose content is the same once white space,
// quote marks, dashes and case are folded, and whose dates lie within
// mergeWindow of each other (or are unknown): the same quote carried by
// several outlets. The earliest stored keeps the place of the first and
// gains the others' sources, via agencies and whatever details it lacked.
// A speaker repeating the same words months apart stays two entries.
func mergeSame(entries []Entry) []Entry {
	var out []Entry
	index := map[string][]int{} // content key -> indices into out
	for _, e := range entries {
		key := contentKey(e.Content)
		i := slices.IndexFunc(index[key], func(i int) bool { return sameTime(out[i], e) })
		if i < 0 {
			index[key] = append(index[key], len(out))
			out = append(out, owned(e))
			continue
		}
		i = index[key][i]
		if e.ID != 0 && (out[i].ID == 0 || e.ID < out[i].ID) {
			out[i] = mergeEntry(owned(e), out[i]) // the entry stored first speaks for the others
			continue
		}
		out[i] = mergeEntry(out[i], e)
	}
	return out
}

// mergeWindow is how far apart two reports of the same words may be dated
// and still be taken for one statement: outlets date a quote by the day
// they carried it.
const mergeWindow = 3 * 24 * time.Hour

// sameTime reports whether a and b may be the same statement by their
// dates: either is unknown, or their spans (a day, a month, a year) come
// within mergeWindow of each other.
func sameTime(a, b Entry) bool {
	da, db := a.When(), b.When()
	if !da.Known() || !db.Known() {
		return true
	}
	return da.Time().Before(dateEnd(db).Add(mergeWindow)) && db.Time().Before(dateEnd(da).Add(mergeWindow))
}

// dateEnd returns the first instant after d's span.
func dateEnd(d Date) time.Time {
	switch d.Precision {
	case PrecisionYear:
		return d.Time().AddDate(1, 0, 0)
	case PrecisionMonth:
		return d.Time().AddDate(0, 1, 0)
	default:
		return d.Time().AddDate(0, 0, 1)
	}
}

// owned returns e with its own copies of its slices, so that merging into
// it never writes to the caller's arrays.
func owned(e Entry) Entry {
	e.Sources = slices.Clone(e.Sources)
	e.Via = slices.Clone(e.Via)
	return e
}

// mergeEntry returns base with other's sources and via agencies added, and
// the details base lacks (audience, title, a more precise date) taken from
// other. It appends to base's slices, which must be owned.
func mergeEntry(base, other Entry) Entry {
	for _, s := range other.Sources {
		if !slices.ContainsFunc(base.Sources, func(t Source) bool { return sameSource(s, t) }) {
			base.Sources = append(base.Sources, s)
		}
	}
	for _, v := range other.Via {
		if !slices.Contains(base.Via, v) {
			base.Via = append(base.Via, v)
		}
	}
	base.Direct = base.Direct || other.Direct
	base.Audience = cmp.Or(base.Audience, other.Audience)
	base.SpeakerTitle = cmp.Or(base.SpeakerTitle, other.SpeakerTitle)
	if precisionRank(other.Date()) > precisionRank(base.Date()) {
		base.SaidOn, base.SaidOnPrecision = other.SaidOn, other.SaidOnPrecision
	}
	return base
}

// sameSource reports whether two sources are the same clipping.
func sameSource(a, b Source) bool {
	if a.ClippingID != 0 || b.ClippingID != 0 {
		return a.ClippingID == b.ClippingID
	}
	return a.Outlet == b.Outlet && a.URL == b.URL && a.Path == b.Path
}

// precisionRank orders precisions: unknown < year < month < day.
func precisionRank(d Date) int {
	if !d.Known() {
		return 0
	}
	return map[Precision]int{PrecisionYear: 1, PrecisionMonth: 2, PrecisionDay: 3}[d.Precision]
}

// contentKey folds content for comparison: letters and digits lowered, runs
// of anything else (space, quote marks, dashes, punctuation) to one space.
func contentKey(s string) string {
	var b strings.Builder
	gap := false
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if gap && b.Len() > 0 {
				b.WriteByte(' ')
			}
			gap = false
			b.WriteRune(unicode.ToLower(r))
			continue
		}
		if r == '\'' || r == '’' { // "we'd" and "we’d" and "wed" are the same word
			continue
		}
		gap = true
	}
	return b.String()
}

// entryTime is the instant an entry is placed at in time: when it was
// said; for a month or a year, the day a source published it when that day
// falls within them (a "2017" quote from a December 2017 article goes in
// December, not before September); when nothing says when it was said, the
// day it was first published, else when the store saw it.
func entryTime(e Entry) time.Time {
	d := e.Date()
	if !d.Known() {
		if w := e.When(); w.Known() {
			return w.Time()
		}
		return e.Added
	}
	start := d.Time()
	if d.Precision != PrecisionDay {
		for _, s := range e.Sources {
			if p := s.Published; !p.Before(start) && p.Before(dateEnd(d)) {
				return p
			}
		}
	}
	return start
}

// sortChrono sorts entries oldest first, working out each entry's time
// once. Entries placed at the same time are ordered by id when byID is set,
// else left in the order given.
func sortChrono(entries []Entry, byID bool) {
	type timed struct {
		t time.Time
		e Entry
	}
	ts := make([]timed, len(entries))
	for i, e := range entries {
		ts[i] = timed{entryTime(e), e}
	}
	slices.SortStableFunc(ts, func(a, b timed) int {
		if c := a.t.Compare(b.t); c != 0 || !byID {
			return c
		}
		return cmp.Compare(a.e.ID, b.e.ID)
	})
	for i := range ts {
		entries[i] = ts[i].e
	}
}

// style says how to render text from clippings: escaped and linked for
// Telegram, as it is for a terminal.
type style struct {
	html bool
	esc  func(string) string
	link func(label, href string) string
}

// strong marks a speaker's name: bold in HTML.
func (st style) strong(s string) string {
	if st.html {
		return "<b>" + s + "</b>"
	}
	return s
}

var (
	htmlStyle = style{html: true, esc: EscapeHTML, link: func(label, href string) string {
		return `<a href="` + EscapeHTML(href) + `">` + EscapeHTML(label) + "</a>"
	}}
	textStyle = style{esc: CleanText, link: func(label, _ string) string { return label }}
)

// EntryHTML renders one entry as a line of Telegram HTML: its date (see
// SearchDay), the statement as a sentence with its speaker by surname (as
// the digest writes it), shortened to at most max runes, and the outlets
// that carried it, linked where a URL is known. The bot's /search lines
// use it.
func EntryHTML(e Entry, now time.Time, max int) string {
	return renderEntry(e, SearchDay(&e, now), max, htmlStyle)
}

// SnippetHTML renders e as EntryHTML does with e.Snippet in place of its
// content, the words the search matched in bold.
func SnippetHTML(e Entry, now time.Time) string {
	st := htmlStyle
	st.esc = func(s string) string { return marked(s, EscapeHTML, "<b>", "</b>") }
	e.Content = e.Snippet
	return renderEntry(e, SearchDay(&e, now), utf8.RuneCountInString(e.Snippet), st)
}

// SentenceText renders e as one plain-text sentence with its speaker by
// surname, its content shortened to at most max runes; Snippet marks in
// the content become open and close (a terminal's bold), balanced.
func SentenceText(e Entry, max int, open, close string) string {
	st := textStyle
	st.esc = func(s string) string { return marked(s, CleanText, open, close) }
	return statementSentence(e, st.esc(soloName(&e)), "", max, st)
}

// marked escapes s with esc, turning its Snippet marks into open and close
// and keeping them balanced whatever marks s holds.
func marked(s string, esc func(string) string, open, close string) string {
	var sb strings.Builder
	in := false
	for s != "" {
		i := strings.IndexAny(s, SnippetOpen+SnippetClose)
		if i < 0 {
			sb.WriteString(esc(s))
			break
		}
		sb.WriteString(esc(s[:i]))
		switch {
		case s[i] == SnippetOpen[0] && !in:
			sb.WriteString(open)
			in = true
		case s[i] == SnippetClose[0] && in:
			sb.WriteString(close)
			in = false
		}
		s = s[i+1:]
	}
	if in {
		sb.WriteString(close)
	}
	return sb.String()
}

// renderEntry renders one entry on one line: "Tue 29 Jul 2025: Peskov, to
// reporters: “quote” — Outlet, via TASS", with head (the date, already
// rendered) before the colon; the statement reads as the digest's
// sentences do, its speaker by surname, its content shortened to at most
// max runes.
func renderEntry(e Entry, head string, max int, st style) string {
	var b strings.Builder
	if head != "" {
		b.WriteString(head + ": ")
	}
	b.WriteString(statementSentence(e, st.esc(soloName(&e)), "", max, st))
	if src := renderSources(e, st); src != "" {
		b.WriteString(" — " + src)
	}
	return b.String()
}

// renderSources names an entry's outlets, each linked to the first URL
// known for it, then the agencies it came through: "RFE/RL, via TASS,
// Interfax".
func renderSources(e Entry, st style) string {
	var names []string
	seen := map[string]bool{}
	for _, s := range e.Sources {
		label := cmp.Or(s.Outlet, urlHost(s.URL))
		if label == "" || seen[label] {
			continue
		}
		seen[label] = true
		href := ""
		for _, t := range e.Sources {
			if cmp.Or(t.Outlet, urlHost(t.URL)) == label && webURL(t.URL) {
				href = t.URL
				break
			}
		}
		if href != "" {
			names = append(names, st.link(label, href))
		} else {
			names = append(names, st.esc(label))
		}
	}
	var via []string
	for _, v := range e.Via {
		if v != "" && !seen[v] && !allWordsIn(v, e.Audience+" "+e.Cue) {
			via = append(via, st.esc(typographic(v, false)))
		}
	}
	out := strings.Join(names, ", ")
	if len(via) > 0 {
		out = strings.TrimPrefix(out+", via "+strings.Join(via, ", "), ", ")
	}
	return out
}

// webURL reports whether u is an http or https URL, the only kind linked.
func webURL(u string) bool {
	p, err := url.Parse(u)
	return err == nil && (p.Scheme == "http" || p.Scheme == "https") && p.Host != ""
}

// urlHost returns the host of a web URL without "www.", or "".
func urlHost(u string) string {
	if !webURL(u) {
		return ""
	}
	p, _ := url.Parse(u)
	return strings.TrimPrefix(p.Hostname(), "www.")
}

// wrapText wraps s at width runes, breaking at spaces, with indent before
// every line but the first, and ends it with a newline.
func wrapText(s string, width int, indent string) string {
	var b strings.Builder
	line := 0
	for i, w := range strings.Fields(s) {
		n := utf8.RuneCountInString(w)
		switch {
		case i == 0:
		case line+1+n > width:
			b.WriteString("\n" + indent)
			line = utf8.RuneCountInString(indent)
		default:
			b.WriteByte(' ')
			line++
		}
		b.WriteString(w)
		line += n
	}
	b.WriteByte('\n')
	return b.String()
}
