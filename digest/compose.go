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
	Title       string         // heading; DefaultDigestTitle when empty
	Now         time.Time      // the digest's date, and the year dates are shown relative to
	Location    *time.Location // the chat's time zone; Now's location when nil
	Follows     []int64        // speaker ids the chat follows: their groups come first
	MaxEntries  int            // entries shown at most; DefaultMaxEntries when 0, no limit when < 0
	MoreCommand string         // the command offered for the rest; DefaultMoreCommand when empty
}

// Digest is a composed digest: entries grouped by speaker, most significant
// group first, ready to render for Telegram (HTML) or a terminal (Text).
type Digest struct {
	Title       string
	Date        time.Time // Now in the chat's time zone
	Groups      []Group
	More        int    // entries left out by MaxEntries
	MoreCommand string // offered for the entries left out
	LastID      int64  // the highest Entry.ID among all the entries given, shown or not
}

// Group is one speaker's entries in a digest, in chronological order.
type Group struct {
	SpeakerID int64
	Speaker   string
	Title     string // the speaker's role, when an entry gives one
	Followed  bool
	Entries   []Entry // merged: one per distinct quote, with every source
}

// Compose groups entries by speaker, merges the same quote carried by
// several outlets into one entry naming them all, orders the groups
// (followed speakers first, then by significance: more statements, more
// outlets, more direct quotes, more recent) and keeps at most
// opts.MaxEntries entries, counting the rest in More.
func Compose(entries []Entry, opts ComposeOptions) *Digest {
	loc := opts.Location
	if loc == nil {
		loc = opts.Now.Location()
	}
	d := &Digest{
		Title:       cmp.Or(opts.Title, DefaultDigestTitle),
		Date:        opts.Now.In(loc),
		MoreCommand: cmp.Or(opts.MoreCommand, DefaultMoreCommand),
	}
	for _, e := range entries {
		d.LastID = max(d.LastID, e.ID)
	}
	groups := sortGroups(groupEntries(entries, opts.Follows))
	limit := opts.MaxEntries
	if limit == 0 {
		limit = DefaultMaxEntries
	}
	d.Groups, d.More = selectEntries(groups, limit)
	return d
}

// groupEntries groups entries by speaker and merges each speaker's copies of
// the same quote. Groups come out in order of first appearance; the entries
// of each group in chronological order.
func groupEntries(entries []Entry, follows []int64) []Group {
	var groups []Group
	index := map[string]int{}
	for _, e := range entries {
		key := speakerKey(e)
		gi, ok := index[key]
		if !ok {
			gi = len(groups)
			index[key] = gi
			groups = append(groups, Group{
				SpeakerID: e.SpeakerID,
				Speaker:   e.Speaker,
				Followed:  e.SpeakerID != 0 && slices.Contains(follows, e.SpeakerID),
			})
		}
		groups[gi].Entries = append(groups[gi].Entries, e)
	}
	for i := range groups {
		g := &groups[i]
		g.Entries = mergeSame(g.Entries)
		sortChrono(g.Entries, true)
		for _, e := range g.Entries { // the latest title given wins
			if e.SpeakerTitle != "" {
				g.Title = e.SpeakerTitle
			}
			if len(e.Speaker) > len(g.Speaker) {
				g.Speaker = e.Speaker
			}
		}
	}
	return groups
}

// speakerKey identifies an entry's speaker: its id, or its folded name when
// the entry was never stored.
func speakerKey(e Entry) string {
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

// groupScore is what makes a group significant, compared in this order.
type groupScore struct {
	statements, outlets, direct int
	latest                      time.Time
}

func scoreGroup(g Group) groupScore {
	var s groupScore
	outlets := map[string]bool{}
	for _, e := range g.Entries {
		s.statements++
		for _, o := range e.Outlets() {
			outlets[o] = true
		}
		if e.Direct {
			s.direct++
		}
		if t := entryTime(e); t.After(s.latest) {
			s.latest = t
		}
	}
	s.outlets = len(outlets)
	return s
}

// sortGroups orders groups: followed speakers first, named speakers before
// those described in common words, then the more significant, then by name.
func sortGroups(groups []Group) []Group {
	type scored struct {
		g Group
		s groupScore
	}
	sc := make([]scored, len(groups))
	for i, g := range groups {
		sc[i] = scored{g, scoreGroup(g)}
	}
	slices.SortStableFunc(sc, func(a, b scored) int {
		if a.g.Followed != b.g.Followed {
			if a.g.Followed {
				return -1
			}
			return 1
		}
		if an, bn := namedSpeaker(a.g.Speaker), namedSpeaker(b.g.Speaker); an != bn {
			if an {
				return -1
			}
			return 1
		}
		return cmp.Or(
			-cmp.Compare(a.s.statements, b.s.statements),
			-cmp.Compare(a.s.outlets, b.s.outlets),
			-cmp.Compare(a.s.direct, b.s.direct),
			-a.s.latest.Compare(b.s.latest),
			cmp.Compare(a.g.Speaker, b.g.Speaker),
		)
	})
	for i := range sc {
		groups[i] = sc[i].g
	}
	return groups
}

// namedSpeaker reports whether a speaker is named (a person or an
// organisation: some capital letter) rather than described in common words
// ("reports", "officials"), which a digest puts last.
func namedSpeaker(name string) bool {
	return strings.IndexFunc(name, unicode.IsUpper) >= 0
}

// compareKeep ranks a group's entries for keeping when not all fit: direct
// quotes first, then those carried by more outlets, then the more recent.
// Only groups that do not fit are ranked: rarely more than a few dozen
// entries.
func compareKeep(a, b Entry) int {
	if a.Direct != b.Direct {
		if a.Direct {
			return -1
		}
		return 1
	}
	return cmp.Or(
		-cmp.Compare(len(a.Sources), len(b.Sources)),
		-entryTime(a).Compare(entryTime(b)),
		cmp.Compare(a.ID, b.ID),
	)
}

// selectEntries keeps at most limit entries (all when limit < 0): every
// entry of followed speakers first, then one entry of each other group in
// group order, then a second of each, and so on, so that a digest names as
// many speakers as it can. Kept entries stay in chronological order within
// their group; groups left with nothing are dropped. It returns the groups
// and how many entries were left out.
func selectEntries(groups []Group, limit int) ([]Group, int) {
	total := 0
	for _, g := range groups {
		total += len(g.Entries)
	}
	if limit < 0 || total <= limit {
		return groups, 0
	}
	// ranked[i] holds the indices of group i's entries, the one to keep first first.
	ranked := make([][]int, len(groups))
	keep := make([]map[int]bool, len(groups))
	for i, g := range groups {
		ranked[i] = make([]int, len(g.Entries))
		for j := range ranked[i] {
			ranked[i][j] = j
		}
		slices.SortStableFunc(ranked[i], func(a, b int) int { return compareKeep(g.Entries[a], g.Entries[b]) })
		keep[i] = map[int]bool{}
	}
	kept := 0
	take := func(i int) bool {
		if len(keep[i]) == len(ranked[i]) || kept >= limit {
			return false
		}
		keep[i][ranked[i][len(keep[i])]] = true
		kept++
		return true
	}
	for i, g := range groups {
		for g.Followed && take(i) {
		}
	}
	// Named speakers share the room first; speakers the text never named
	// ("reports", "officials") get what is left.
	for _, named := range []bool{true, false} {
		for progress := true; progress; {
			progress = false
			for i, g := range groups {
				if namedSpeaker(g.Speaker) == named {
					progress = take(i) || progress
				}
			}
		}
	}
	var out []Group
	for i, g := range groups {
		var es []Entry
		for j, e := range g.Entries {
			if keep[i][j] {
				es = append(es, e)
			}
		}
		if len(es) > 0 {
			g.Entries = es
			out = append(out, g)
		}
	}
	return out, total - kept
}

// Empty reports whether the digest has no entries.
func (d *Digest) Empty() bool { return len(d.Groups) == 0 }

// heading returns the digest's heading line as plain text.
func (d *Digest) heading() string {
	if d.Date.IsZero() {
		return d.Title
	}
	return d.Title + " — " + d.Date.Format("Mon 2 Jan 2006")
}

// nothingNew is the body of an empty digest, for a chat that asked to be
// told.
const nothingNew = "Nothing new."

// moreLine returns the line counting the entries left out, or "".
func (d *Digest) moreLine() string {
	if d.More <= 0 {
		return ""
	}
	return fmt.Sprintf("and %d more — %s", d.More, d.MoreCommand)
}

// HTML renders the digest as Telegram HTML messages, each within
// MaxMessageLen. Messages split only between entries; a speaker whose
// entries continue in the next message is named again there.
func (d *Digest) HTML() []string { return d.htmlMessages(MaxMessageLen) }

func (d *Digest) htmlMessages(limit int) []string {
	p := newPacker(limit)
	p.add("<b>"+EscapeHTML(d.heading())+"</b>", "")
	if d.Empty() {
		p.add(nothingNew, "")
	}
	for _, g := range d.Groups {
		header := "<b>" + EscapeHTML(g.Speaker) + "</b>"
		if g.Title != "" {
			header += ", " + EscapeHTML(g.Title)
		}
		for i, e := range g.Entries {
			line := "• " + renderEntry(e, EscapeHTML(entryHead(e, d.Date)), digestQuoteMax, htmlStyle)
			if i == 0 {
				p.add("\n"+header+"\n"+line, "")
			} else {
				p.add(line, header+" (continued)")
			}
		}
	}
	if m := d.moreLine(); m != "" {
		p.add("\n"+EscapeHTML(m), "")
	}
	return p.finish()
}

// Text renders the digest as plain text for a terminal, wrapped at 78
// columns.
func (d *Digest) Text() string {
	var b strings.Builder
	b.WriteString(d.heading())
	b.WriteString("\n")
	if d.Empty() {
		b.WriteString(nothingNew + "\n")
	}
	for _, g := range d.Groups {
		b.WriteString("\n" + g.Speaker)
		if g.Title != "" {
			b.WriteString(", " + g.Title)
		}
		b.WriteString("\n")
		for _, e := range g.Entries {
			b.WriteString(wrapText("• "+renderEntry(e, entryHead(e, d.Date), digestQuoteMax, textStyle), textWidth, "  "))
		}
	}
	if m := d.moreLine(); m != "" {
		b.WriteString("\n" + m + "\n")
	}
	return b.String()
}

// style says how to render text from clippings: escaped and linked for
// Telegram, as it is for a terminal.
type style struct {
	esc  func(string) string
	link func(label, href string) string
}

var (
	htmlStyle = style{esc: EscapeHTML, link: func(label, href string) string {
		return `<a href="` + EscapeHTML(href) + `">` + EscapeHTML(label) + "</a>"
	}}
	textStyle = style{esc: CleanText, link: func(label, _ string) string { return label }}
)

// entryHead returns what comes before an entry's content: its date and
// audience ("Tue 29 Jul, to reporters"), or "" when neither is known.
func entryHead(e Entry, now time.Time) string {
	head := FormatDay(e.When(), now)
	if e.Audience != "" {
		head = strings.TrimPrefix(head+", to "+e.Audience, ", ")
	}
	return head
}

// EntryHTML renders one entry as a line of Telegram HTML: its date and
// audience, the quote or claim shortened to at most max runes, and the
// outlets that carried it, linked where a URL is known. The bot's /latest
// and /search lines use it, so they read like the digest.
func EntryHTML(e Entry, now time.Time, max int) string {
	return renderEntry(e, entryHead(e, now), max, htmlStyle)
}

// EntryHeadHTML renders what comes before an entry's content ("Tue 29 Jul,
// to reporters"), escaped; "" when neither is known.
func EntryHeadHTML(e Entry, now time.Time) string { return EscapeHTML(entryHead(e, now)) }

// SourcesHTML renders the outlets of an entry as Telegram HTML, each linked
// to the first URL known for it, then the agencies it came through.
func SourcesHTML(e Entry) string { return renderSources(e, htmlStyle) }

// renderEntry renders one entry on one line: "Tue 29 Jul, to reporters:
// “quote” — Outlet, via TASS", with head (already rendered) before the
// colon. The content is shortened to at most max runes and its straight
// quote marks made typographic.
func renderEntry(e Entry, head string, max int, st style) string {
	var b strings.Builder
	if head != "" {
		b.WriteString(head + ": ")
	}
	// A quote cut from `"It may well be," he said` keeps no comma.
	content := strings.TrimRight(Shorten(FoldSpace(e.Content), max), ",;: ")
	if e.Direct {
		b.WriteString("“" + st.esc(typographic(content, true)) + "”")
	} else {
		b.WriteString(st.esc(endSentence(typographic(content, false))))
	}
	if src := renderSources(e, st); src != "" {
		b.WriteString(" — " + src)
	}
	return b.String()
}

// endSentence returns s ending with a full stop unless it already ends a
// sentence.
func endSentence(s string) string {
	t := strings.TrimRight(s, "”’\"')]")
	if t == "" || strings.ContainsAny(t[len(t)-1:], ".!?…") || strings.HasSuffix(t, "…") {
		return s
	}
	return s + "."
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
		if v != "" && !seen[v] {
			via = append(via, st.esc(v))
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

// typographic replaces straight quote marks with curly ones: double quotes
// become “ ” (‘ ’ inside a direct quote, which is itself in “ ”), and
// apostrophes ’.
func typographic(s string, nested bool) string {
	open, closeQ := "“", "”"
	if nested {
		open, closeQ = "‘", "’"
	}
	var b strings.Builder
	prev := ' '
	for i, r := range s {
		next, _ := utf8.DecodeRuneInString(s[i+utf8.RuneLen(r):])
		switch {
		case r == '"' && opensQuote(prev):
			b.WriteString(open)
		case r == '"':
			b.WriteString(closeQ)
		case r == '\'' && opensQuote(prev) && unicode.IsLetter(next):
			b.WriteRune('‘')
		case r == '\'':
			b.WriteRune('’')
		default:
			b.WriteRune(r)
		}
		prev = r
	}
	return b.String()
}

// opensQuote reports whether a quote mark after r opens a quotation.
func opensQuote(r rune) bool {
	return unicode.IsSpace(r) || strings.ContainsRune("([{—–-/“‘", r)
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
