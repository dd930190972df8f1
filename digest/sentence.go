package digest

import (
	"cmp"
	"fmt"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Empty reports whether the digest shows no story.
func (d *Digest) Empty() bool { return len(d.Stories) == 0 }

// heading returns the digest's heading line as plain text.
func (d *Digest) heading() string {
	if d.Date.IsZero() || d.plainTitle {
		return d.Title
	}
	return d.Title + " — " + d.Date.Format("Mon 2 Jan 2006")
}

// nothingNew is the body of an empty digest, for a chat that asked to be
// told.
const nothingNew = "Nothing new."

// moreLine returns the line counting the statements left out and saying
// how to see them, or "".
func (d *Digest) moreLine() string {
	if d.More <= 0 {
		return ""
	}
	s := fmt.Sprintf("and %d more %s", d.More, noun(d.More, "statement", "statements"))
	if d.MoreStories > 0 {
		s += fmt.Sprintf(", %s not shown", Count(d.MoreStories, "story", "stories"))
	}
	return s + " — " + d.MoreCommand
}

// unreadLine returns the line counting the new statements not read, or "".
func (d *Digest) unreadLine() string {
	if d.Unread <= 0 {
		return ""
	}
	s := fmt.Sprintf("%s wait for the next digest", Count(d.Unread, "more new statement", "more new statements"))
	if d.UnreadCommand != "" {
		s += " — " + d.UnreadCommand
	}
	return s
}

// othersLine returns the line counting what the chat's filters held back,
// or "".
func (d *Digest) othersLine() string {
	if d.Others <= 0 {
		return ""
	}
	s := fmt.Sprintf("%s by speakers this chat does not follow", Count(d.Others, "new statement", "new statements"))
	if d.OthersCommand != "" {
		s += " — " + d.OthersCommand
	}
	return s
}

// HTML renders the digest as Telegram HTML messages, each within
// MaxMessageLen. Messages split only between lines; a story whose lines
// continue in the next message is titled again there.
func (d *Digest) HTML() []string { return d.htmlMessages(MaxMessageLen) }

func (d *Digest) htmlMessages(limit int) []string {
	p := newPacker(limit)
	p.add("<b>"+EscapeHTML(d.heading())+"</b>", "")
	if d.Empty() {
		p.add(nothingNew, "")
	}
	for _, s := range d.Stories {
		p.add("\n"+s.titleLine(d.Date, htmlStyle), "")
		cont := "<b>" + EscapeHTML(typographic(cmp.Or(s.Headline, s.outlet()), false)) + "</b> (continued)"
		named := map[string]bool{}
		for _, e := range s.Entries {
			p.add("• "+s.sentence(e, d.Date, named, htmlStyle), cont)
		}
	}
	for _, l := range []string{d.moreLine(), d.unreadLine(), d.othersLine()} {
		if l != "" {
			p.add("\n"+EscapeHTML(l), "")
		}
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
	for _, s := range d.Stories {
		b.WriteString("\n" + wrapText(s.titleLine(d.Date, textStyle), textWidth, ""))
		named := map[string]bool{}
		for _, e := range s.Entries {
			b.WriteString(wrapText("• "+s.sentence(e, d.Date, named, textStyle), textWidth, "  "))
		}
	}
	for _, l := range []string{d.moreLine(), d.unreadLine(), d.othersLine()} {
		if l != "" {
			b.WriteString("\n" + l + "\n")
		}
	}
	return b.String()
}

// outlet returns the first outlet that carried the story, or "".
func (s *Story) outlet() string {
	for _, src := range s.Sources {
		if l := cmp.Or(FoldSpace(src.Outlet), urlHost(src.URL)); l != "" {
			return l
		}
	}
	return ""
}

// titleLine renders a story's title: its headline in bold, the outlets
// that carried it (linked where a URL is known) and when it was published.
// A story without a headline is titled by its outlets.
func (s *Story) titleLine(now time.Time, st style) string {
	var outlets []string
	seen := map[string]bool{}
	for _, src := range s.Sources {
		label := FoldSpace(src.Outlet)
		if label == "" {
			label = urlHost(src.URL)
		}
		if label == "" || seen[label] {
			continue
		}
		seen[label] = true
		if webURL(src.URL) {
			outlets = append(outlets, st.link(label, src.URL))
		} else {
			outlets = append(outlets, st.esc(label))
		}
	}
	bold := func(x string) string {
		if st.html {
			return "<b>" + x + "</b>"
		}
		return x
	}
	when := ""
	if !s.Published.IsZero() {
		when = FormatDay(DayDate(s.Published), now)
	}
	src := strings.Join(outlets, ", ")
	switch {
	case s.Headline != "":
		out := bold(st.esc(typographic(s.Headline, false)))
		if tail := strings.Trim(src+", "+when, ", "); tail != "" {
			out += " — " + tail
		}
		return out
	case src != "":
		return strings.Trim(bold(src)+", "+when, ", ")
	case when != "":
		return bold(when)
	}
	return bold("Unknown source")
}

// sentence renders one statement as a sentence: who (named in full with
// their role the first time in a story), the cue where it carries meaning
// ("called", "urged", "dismissed"; "said" and "told" make way for a colon
// before a quote), and what was said; the date when it is not the story's.
func (s *Story) sentence(e Entry, now time.Time, named map[string]bool, st style) string {
	var b strings.Builder
	if d := e.Date(); d.Known() && (s.Published.IsZero() || d.Precision != PrecisionDay || !sameDay(d.Time(), s.Published)) {
		b.WriteString(FormatDay(d, now) + ": ")
	}
	name, title := s.subject(e, named, st)
	b.WriteString(statementSentence(e, name, title, digestQuoteMax, st))
	var vs []string
	for _, v := range e.Via {
		// "told TASS", "told the AP", "to ABC’s", "to Chris Wallace of Fox
		// News": not "(via TASS)", "(via Chris Wallace Fox News)" again
		if v != "" && !allWordsIn(v, e.Audience+" "+e.Cue) {
			vs = append(vs, st.esc(typographic(v, false)))
		}
	}
	if len(vs) > 0 {
		b.WriteString(" (via " + strings.Join(vs, ", ") + ")")
	}
	return b.String()
}

// allWordsIn reports whether every word of v is a word of s, in any order
// and case, a possessive's "'s" aside ("CNN Jake Tapper" in "CNN’s Jake
// Tapper").
func allWordsIn(v, s string) bool {
	have := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), notWordRune) {
		have[withoutPossessive(w)] = true
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(v), notWordRune) {
		if !have[withoutPossessive(w)] {
			return false
		}
	}
	return true
}

// withoutPossessive returns w without the "'s" or "’s" that ends it.
func withoutPossessive(w string) string {
	return strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
}

func notWordRune(r rune) bool { return !isWordRune(r) && r != '\'' && r != '’' && r != '.' }

// statementSentence renders e as a sentence with name (already escaped)
// as its subject and title (escaped, or "") as its role: the question it
// answers when it carries one, who, the cue where it carries meaning, and
// the quote or claim shortened to at most max runes. The digest, the
// timeline and search lines all read this way.
func statementSentence(e Entry, name, title string, max int, st style) string {
	var b strings.Builder
	if e.Question != "" { // "Asked whether ..., Peskov said: “It may well be.”"
		b.WriteString("Asked " + st.esc(typographic(e.Question, false)) + ", ")
	}
	verb, neutral := cueVerb(e.Cue)
	content := strayStop(strings.TrimRight(Shorten(FoldSpace(e.Content), max), ",;: "))
	audience := typographic(strings.TrimRight(e.Audience, ",;: "), false) // "to Bill O’Reilly of Fox News": not "News,:"
	if namesSpeaker(audience, e.Speaker) {
		audience = "" // "Hannity, to Hannity": no one speaks to themselves in a line
	}
	content = commaBeforeClose(content)
	if first, rest, ok := strings.Cut(content, " "); ok && e.Cue != "" && strings.EqualFold(first, firstWord(e.Cue)) {
		content = rest // "accused Putin of ...": the cue opens the content
	}
	if !e.Direct && strings.HasPrefix(strings.ToLower(e.Cue), "according") {
		content = dropSpeakerLead(content, e.Speaker) // "According to the report, $234 million ...": not "Report said report, ..."
	}
	if !e.Direct && e.Question == "" && restatesSpeaker(content, e.Speaker, e.Cue) {
		// "Russian officials have previously accused ...": the content is
		// the whole sentence already; naming them again would stutter.
		return st.esc(endSentence(typographic(upperFirst(content), false)))
	}
	if e.Question == "" {
		name = inTag(name, sentenceStart) // "officials said": "Officials said"
	} else {
		name = inTag(name, midSentence) // "Asked if ..., only 24 percent said", not "Only"
	}
	b.WriteString(name)
	if title != "" {
		b.WriteString(", " + title)
	}
	if e.Direct && !neutral && objectVerb(verb) {
		// "calling the claims 'false'" kept only “false”: "called: “false.”"
		// is no sentence, and the object is not known here.
		neutral = true
	}
	if colonCue(e.Cue) && e.Question == "" {
		// "Hillary Clinton: I support D.C. statehood" (a headline's colon):
		// the source's own form, neither said nor a quote.
		body := typographic(content, false)
		if e.Direct {
			body = "“" + innerQuote(content) + "”"
		}
		return b.String() + ": " + st.esc(endSentence(body))
	}
	if e.Direct {
		switch {
		case e.Question != "":
			if title != "" {
				b.WriteString(",")
			}
			b.WriteString(" said")
		case !neutral:
			if title != "" {
				b.WriteString(",")
			}
			if degreeWords[firstWord(verb)] {
				b.WriteString(" " + beVerb(&e))
			}
			b.WriteString(" " + verb)
		case audience != "":
			b.WriteString(", to " + st.esc(audience))
		}
		b.WriteString(": “" + st.esc(endSentence(innerQuote(content))) + "”")
	} else {
		if title != "" {
			b.WriteString(",")
		}
		switch {
		case !neutral && degreeWords[firstWord(verb)]:
			b.WriteString(" " + beVerb(&e) + " " + verb) // "Voters were more likely to say ..."
		case !neutral:
			b.WriteString(" " + verb)
		case audience != "":
			b.WriteString(" told " + st.esc(audience))
		default:
			b.WriteString(" said")
		}
		if unquotedQuestion(content, e.Cue) {
			// "A reporter asked: Did they talk about ...": the writer's
			// own words for a question put as it was asked
			return b.String() + ": " + st.esc(endQuestion(typographic(content, false)))
		}
		if e.CommonOpening {
			content = lowerInitial(content) // before the conjunction goes: the fact is the first word's
		}
		content = dropOpeningConjunction(content)
		b.WriteString(" " + st.esc(endSentence(typographic(lowerFirst(content), false))))
	}
	return b.String()
}

// dropSpeakerLead drops the speaker's name (or its last word) and the
// comma after it that open a content: the tail of an "according to"
// the content kept by mistake.
func dropSpeakerLead(content, speaker string) string {
	first, rest, ok := strings.Cut(content, ", ")
	if !ok || rest == "" || !namesSpeaker(first, speaker) {
		return content
	}
	return rest
}

// midSentence lower-cases a speaker's first word after "Asked ..., "
// when it is a function word, quantifier or number, never a name ("Only
// 24 percent", "The agency", "Twenty-four percent").
func midSentence(name string) string {
	w := firstWord(name)
	if lw := strings.ToLower(w); w != lw && w != "I" && (stopWords[lw] || clauseOpeners[lw] || numberWord(lw)) {
		return lw + name[len(w):]
	}
	return name
}

// namesSpeaker reports whether an audience is the speaker again: the
// whole name or its last word.
func namesSpeaker(audience, speaker string) bool {
	f := strings.Fields(speaker)
	return audience != "" && len(f) > 0 && (strings.EqualFold(audience, speaker) || strings.EqualFold(audience, f[len(f)-1]))
}

// strayStop drops a comma, semicolon or colon left before a content's
// final full stop ("come in legally,." -> "come in legally."), quotes
// closing after it kept.
func strayStop(s string) string {
	t := strings.TrimRight(s, "”’\"')")
	if !strings.HasSuffix(t, ".") || strings.HasSuffix(t, "..") {
		return s
	}
	u := strings.TrimRight(t[:len(t)-1], ",;: ")
	if len(u) == len(t)-1 {
		return s
	}
	return u + s[len(t)-1:]
}

// restatesSpeaker reports whether an indirect statement's content opens
// with its speaker and cue ("Russian officials have previously accused ..."
// by "Top Russian officials", cue "accused"): the speaker's last word comes
// within the few words before the cue's.
func restatesSpeaker(content, speaker, cue string) bool {
	sp := strings.Fields(strings.ToLower(speaker))
	c := strings.ToLower(firstWord(cue))
	if len(sp) == 0 || c == "" {
		return false
	}
	last := sp[len(sp)-1]
	f := strings.Fields(strings.ToLower(content))
	seen := false
	for i, w := range f {
		if i > 6 {
			break
		}
		w = strings.Trim(w, ",;:\"“”'’")
		if w == c {
			return seen
		}
		if w == last {
			seen = true
		}
	}
	return false
}

// objectVerbs are cues that need an object before their complement
// ("called the claims “false”"): without one, they cannot stand before a
// colon.
var objectVerbs = map[string]bool{
	"called": true, "labelled": true, "labeled": true, "dubbed": true,
	"branded": true, "termed": true, "described": true, "named": true,
}

func objectVerb(verb string) bool {
	f := strings.Fields(verb)
	// "called on" and "called for" have their object after.
	return len(f) > 0 && objectVerbs[f[0]] && (len(f) == 1 || f[1] == "as")
}

// colonCue reports whether a cue is punctuation only (the colon of
// "Clinton: I support ..."), no verb.
func colonCue(cue string) bool {
	cue = strings.TrimSpace(cue)
	return cue != "" && strings.IndexFunc(cue, unicode.IsLetter) < 0
}

// upperFirst capitalises s's first letter.
func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError || !unicode.IsLower(r) {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// subject names e's speaker and their role: in full with the role the
// first time in a story, by surname after. Both come escaped.
func (s *Story) subject(e Entry, named map[string]bool, st style) (string, string) {
	key := speakerKey(&e)
	name := FoldSpace(e.Speaker)
	if colonCue(e.Cue) {
		name = nameCase(name) // "TAPPER: ..." in a transcript
	}
	if named[key] {
		return st.strong(st.esc(withArticle(againName(&e, name), true))), ""
	}
	named[key] = true
	title, titleThe := e.SpeakerTitle, e.Form.TitleThe
	if title == "" {
		for _, l := range s.lines {
			if speakerKey(l.e) == key && l.e.SpeakerTitle != "" {
				title, titleThe = l.e.SpeakerTitle, l.e.Form.TitleThe
				break
			}
		}
	}
	if title = FoldSpace(title); title != "" && containsWord(strings.ToLower(name), strings.ToLower(title)) {
		title = "" // "French President François Hollande", not "..., French President"
	}
	if titleAbbr(title) || titleBefore(title) && !titleThe { // title_before.go: "Health Secretary Tom Ellis"
		// "Rep.", "Indiana Gov.": a title written before a name stands there
		// ("Indiana Gov. Mike Pence"), never after it as "Mike Pence, Indiana Gov.".
		name, title = oneTitle(title)+" "+name, ""
	}
	if titleThe && title != "" {
		title = "the " + title // "the Kremlin's chief spokesman", as written
	}
	return st.strong(st.esc(withArticle(theName(&e, name), false))), st.esc(theRole(title))
}

// commaBeforeClose drops the comma that ends a content inside its closing
// quote marks (`stages,"`, "its brain,’", or two apostrophes), the marks
// kept: the writer's sentence went on after it, the line's does not.
func commaBeforeClose(s string) string {
	t := strings.TrimRight(s, "”’\"'")
	if len(t) == len(s) || !strings.HasSuffix(t, ",") {
		return s
	}
	return t[:len(t)-1] + s[len(t):]
}

// lowerFirst lower-cases the first word of a reported clause when it is a
// common word ("Finding a way out ..." after "said"); names keep their
// capital.
func lowerFirst(s string) string {
	w := firstWord(s)
	lw := strings.ToLower(w)
	if w == lw || w == "I" || (len(w) > 1 && strings.ToUpper(w) == w) {
		return s // an acronym, "I"
	}
	if modals[lw] {
		return s // a reported clause opens with its subject, never a modal: "Will Smith", "May Lee"
	}
	if stopWords[lw] || anaphora[lw] || clauseOpeners[lw] || (strings.HasSuffix(lw, "ing") && len(lw) > 5) {
		return lw + s[len(w):]
	}
	return s
}

// modals are the modal verbs, which open a question but no reported
// clause: capitalised there, one is a first name.
var modals = map[string]bool{
	"will": true, "may": true, "can": true, "could": true, "would": true,
	"should": true, "might": true, "must": true, "shall": true,
}

// inTag applies f to the text of a name marked up as a whole
// ("<b>officials</b>", as a digest's HTML names a speaker), or to the name
// itself: the text a reader sees is the name, not its tags.
func inTag(name string, f func(string) string) string {
	open, inner, closing := "", name, ""
	if strings.HasPrefix(inner, "<") { // escaped text has no '<' of its own: a tag
		if i := strings.IndexByte(inner, '>'); i >= 0 {
			open, inner = inner[:i+1], inner[i+1:]
		}
	}
	if i := strings.LastIndex(inner, "</"); i >= 0 && strings.HasSuffix(inner, ">") {
		inner, closing = inner[:i], inner[i:]
	}
	return open + f(inner) + closing
}

// sentenceStart writes a name that opens a sentence with a capital when
// its first word is in lower case throughout ("officials", "a reporter");
// a name written with a capital inside ("eBay") is left as it is.
func sentenceStart(name string) string {
	w := firstWord(name)
	if pre, _, ok := strings.Cut(w, "-"); ok && pre != "" && strings.ToLower(pre) == pre {
		return upperFirst(name) // "then-Sen. Barack Obama": "Then-Sen. Barack Obama"
	}
	if w == "" || strings.ToLower(w) != w {
		return name
	}
	return upperFirst(name)
}

// clauseOpeners are conjunctions, quantifiers and pronouns that open a
// reported clause and are never a name: after a verb they read in lower
// case ("insisted whether they know it or not, ...", "said many voters").
var clauseOpeners = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`whether while whilst even many since despite though although because once until
		unless whatever whenever wherever whoever only both each every either neither another such much few several
		other others nobody everyone everybody someone somebody nothing everything something none without unlike
		if along aside apart amid among across already simply instead meanwhile`) {
		clauseOpeners[w] = true
	}
}

// questionOpeners are the words a direct question opens with.
var questionOpeners = map[string]bool{
	"did": true, "do": true, "does": true, "is": true, "are": true, "was": true, "were": true,
	"will": true, "would": true, "can": true, "could": true, "should": true, "has": true,
	"have": true, "had": true, "what": true, "why": true, "how": true, "when": true,
	"where": true, "who": true, "which": true,
}

// unquotedQuestion reports whether an indirect content is a question in
// the words it was asked in, not reported: asked (or ending in a question
// mark), it opens with a capitalised auxiliary or question word ("Did
// they talk about ..."), where a reported one opens in lower case
// ("whether they talked about ..."). "said Will Smith ..." is no question.
func unquotedQuestion(content, cue string) bool {
	w := firstWord(content)
	if w == "" || !unicode.IsUpper([]rune(w)[0]) || !questionOpeners[strings.ToLower(w)] {
		return false
	}
	return strings.HasSuffix(strings.TrimRight(content, "”’\"') "), "?") || strings.Contains(strings.ToLower(cue), "ask") || strings.Contains(strings.ToLower(cue), "wonder")
}

// endQuestion ends a question with a question mark unless it has its
// own end.
func endQuestion(s string) string { return endWith(s, "?") }

func sameDay(a, b time.Time) bool {
	ay, am, ad := a.Date()
	by, bm, bd := b.Date()
	return ay == by && am == bm && ad == bd
}

// firstWord returns s's first field, as strings.Fields would split it,
// without splitting the rest: speakerForm asks it of a clipping's whole
// text after each mention.
func firstWord(s string) string {
	s = strings.TrimLeftFunc(s, unicode.IsSpace)
	if i := strings.IndexFunc(s, unicode.IsSpace); i >= 0 {
		return s[:i]
	}
	return s
}

// noun returns one or many by n.
func noun(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// Count returns "1 story" or "5 stories": n and the noun by n.
func Count(n int, one, many string) string { return fmt.Sprintf("%d %s", n, noun(n, one, many)) }
