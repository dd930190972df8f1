package digest

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"
)

// MaxMessageLen is Telegram's limit on a message's text: 4096 UTF-16 code
// units of the text after its HTML entities are parsed.
const MaxMessageLen = 4096

// htmlEscaper escapes the characters Telegram's HTML parse mode requires
// escaped, plus the double quote so that the result is safe in attributes.
var htmlEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;")

// EscapeHTML returns s with &, <, > and " replaced by the entities Telegram's
// HTML parse mode understands, so any text can go into a message or an
// attribute. Like every renderer here it first makes s safe to show (see
// CleanText).
func EscapeHTML(s string) string { return htmlEscaper.Replace(CleanText(s)) }

// CleanText returns s as valid UTF-8 (invalid bytes become U+FFFD, which
// Telegram would otherwise refuse) without control characters other than
// newline and tab (which could drive a terminal or reach Telegram as
// garbage), including the Entry.Snippet marks.
func CleanText(s string) string {
	clean := true
	for _, r := range s {
		if r == utf8.RuneError || (unicode.IsControl(r) && r != '\n' && r != '\t') {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	return strings.Map(func(r rune) rune {
		if unicode.IsControl(r) && r != '\n' && r != '\t' {
			return -1
		}
		return r
	}, strings.ToValidUTF8(s, "\uFFFD"))
}

// TelegramLen returns the length of the Telegram HTML message html as
// Telegram counts it against MaxMessageLen: the UTF-16 code units of the text
// left after tags are removed and entities decoded. Text that Telegram would
// reject (a stray "<") is counted as it stands.
func TelegramLen(html string) int {
	n := 0
	for i := 0; i < len(html); {
		switch html[i] {
		case '<':
			if j := strings.IndexByte(html[i:], '>'); j > 0 {
				i += j + 1
				continue
			}
		case '&':
			if r, size := decodeEntity(html[i:]); size > 0 {
				n += utf16Len(r)
				i += size
				continue
			}
		}
		r, size := utf8.DecodeRuneInString(html[i:])
		n += utf16Len(r)
		i += size
	}
	return n
}

// utf16Len returns how many UTF-16 code units r takes: 2 outside the Basic
// Multilingual Plane (most emoji), else 1.
func utf16Len(r rune) int {
	if n := utf16.RuneLen(r); n > 0 {
		return n
	}
	return 1 // invalid UTF-8 reaches Telegram as U+FFFD
}

// decodeEntity decodes the entity at the start of s as Telegram does: the
// four named entities it supports and every numeric one. It returns the rune
// and the entity's length in bytes, or size 0 when s does not start with an
// entity Telegram knows.
func decodeEntity(s string) (r rune, size int) {
	end := strings.IndexByte(s, ';')
	if end < 2 || end > 10 {
		return 0, 0
	}
	name := s[1:end]
	switch name {
	case "lt":
		return '<', end + 1
	case "gt":
		return '>', end + 1
	case "amp":
		return '&', end + 1
	case "quot":
		return '"', end + 1
	}
	if name[0] != '#' || len(name) < 2 {
		return 0, 0
	}
	base, digits := 10, name[1:]
	if digits[0] == 'x' || digits[0] == 'X' {
		base, digits = 16, digits[1:]
	}
	if digits == "" {
		return 0, 0
	}
	v := 0
	for _, c := range digits {
		d := strings.IndexRune("0123456789abcdef", unicode.ToLower(c))
		if d < 0 || d >= base {
			return 0, 0
		}
		v = v*base + d
		if v > unicode.MaxRune {
			return utf8.RuneError, end + 1
		}
	}
	return rune(v), end + 1
}

// PackMessages joins rendered parts with newlines into as few messages as
// fit within limit (by TelegramLen; MaxMessageLen when limit <= 0). Messages
// are split only between parts, so never inside a tag or an entity. A single
// part longer than the limit is cut at word boundaries outside tags, and the
// tags open at a cut are closed at its end and opened again after it.
// Leading and trailing blank lines of a message are dropped, and so are
// messages left empty.
func PackMessages(parts []string, limit int) []string {
	p := newPacker(limit)
	for _, part := range parts {
		p.add(part, "")
	}
	return p.finish()
}

// packer accumulates parts into messages within a limit.
type packer struct {
	limit  int
	msgs   []string
	cur    strings.Builder
	curLen int
}

func newPacker(limit int) *packer {
	if limit <= 0 {
		limit = MaxMessageLen
	}
	return &packer{limit: limit}
}

// add appends part to the current message, or starts a new message with it
// when it does not fit. A new message started in the middle of a group
// begins with cont (a repeated header, "" for none); add reports whether a
// new message was started.
func (p *packer) add(part, cont string) bool {
	n := TelegramLen(part)
	if p.curLen > 0 && p.curLen+1+n <= p.limit {
		p.cur.WriteByte('\n')
		p.cur.WriteString(part)
		p.curLen += 1 + n
		return false
	}
	started := p.curLen > 0
	p.flush()
	if cont != "" {
		if cn := TelegramLen(cont); cn+1+n <= p.limit {
			part, n = cont+"\n"+part, cn+1+n
		}
	}
	if n > p.limit {
		chunks := splitHTML(part, p.limit)
		for _, c := range chunks[:len(chunks)-1] {
			p.msgs = append(p.msgs, c)
		}
		part = chunks[len(chunks)-1]
		n = TelegramLen(part)
	}
	p.cur.WriteString(part)
	p.curLen = n
	return started
}

// flush ends the current message.
func (p *packer) flush() {
	if s := strings.Trim(p.cur.String(), "\n"); strings.TrimSpace(s) != "" {
		p.msgs = append(p.msgs, s)
	}
	p.cur.Reset()
	p.curLen = 0
}

// finish ends the last message and returns them all.
func (p *packer) finish() []string {
	p.flush()
	return p.msgs
}

// htmlToken is one piece of Telegram HTML: a tag, an entity, or one rune of
// text.
type htmlToken struct {
	s     string
	tag   bool
	len   int  // UTF-16 length once parsed: 0 for tags
	space bool // a white-space rune: a place to cut
}

// tokenize splits Telegram HTML into tags, entities and runes.
func tokenize(html string) []htmlToken {
	var toks []htmlToken
	for i := 0; i < len(html); {
		if html[i] == '<' {
			if j := strings.IndexByte(html[i:], '>'); j > 0 {
				toks = append(toks, htmlToken{s: html[i : i+j+1], tag: true})
				i += j + 1
				continue
			}
		}
		if html[i] == '&' {
			if r, size := decodeEntity(html[i:]); size > 0 {
				toks = append(toks, htmlToken{s: html[i : i+size], len: utf16Len(r)})
				i += size
				continue
			}
		}
		r, size := utf8.DecodeRuneInString(html[i:])
		toks = append(toks, htmlToken{s: html[i : i+size], len: utf16Len(r), space: unicode.IsSpace(r)})
		i += size
	}
	return toks
}

// tagName returns the name of an opening or closing tag and whether it
// closes: "<a href=...>" is ("a", false), "</b>" is ("b", true).
func tagName(tag string) (name string, closing bool) {
	t := strings.TrimSuffix(strings.TrimPrefix(tag, "<"), ">")
	if strings.HasPrefix(t, "/") {
		closing, t = true, t[1:]
	}
	if i := strings.IndexFunc(t, unicode.IsSpace); i >= 0 {
		t = t[:i]
	}
	return strings.ToLower(t), closing
}

// splitHTML cuts html into pieces of at most limit (by TelegramLen), at
// white space where there is any, never inside a tag or an entity. Tags open
// at a cut are closed before it and reopened after it so that every piece is
// well-formed on its own.
func splitHTML(html string, limit int) []string {
	toks := tokenize(html)
	var pieces []string
	var open []string // opening tags in force at position i
	for i := 0; i < len(toks); {
		for i < len(toks) && toks[i].space { // no piece starts with white space
			i++
		}
		if i == len(toks) {
			break
		}
		reopen := append([]string(nil), open...)
		n, cut, cutOpen := 0, -1, []string(nil)
		j := i
		for ; j < len(toks); j++ {
			t := toks[j]
			if t.tag {
				open = applyTag(open, t.s)
				continue
			}
			if n+t.len > limit {
				break
			}
			if t.space {
				cut, cutOpen = j, append([]string(nil), open...)
			}
			n += t.len
		}
		if j < len(toks) && cut > i {
			j, open = cut, cutOpen
		} else if j == i { // a single token longer than the limit: cannot happen for limit >= 2
			j++
		}
		var b strings.Builder
		for _, t := range reopen {
			b.WriteString(t)
		}
		for _, t := range toks[i:j] {
			b.WriteString(t.s)
		}
		for k := len(open) - 1; k >= 0; k-- {
			name, _ := tagName(open[k])
			b.WriteString("</" + name + ">")
		}
		if s := strings.TrimRightFunc(b.String(), unicode.IsSpace); TelegramLen(s) > 0 {
			pieces = append(pieces, s)
		}
		i = j
	}
	if len(pieces) == 0 {
		pieces = append(pieces, "")
	}
	return pieces
}

// applyTag returns the stack of open tags after tag.
func applyTag(open []string, tag string) []string {
	name, closing := tagName(tag)
	if !closing {
		return append(open, tag)
	}
	for k := len(open) - 1; k >= 0; k-- {
		if n, _ := tagName(open[k]); n == name {
			return append(open[:k:k], open[k+1:]...)
		}
	}
	return open
}

// danglingWords are words a shortened text should not end on: they promise
// something the cut took away.
var danglingWords = map[string]bool{
	"a": true, "an": true, "the": true, "and": true, "or": true, "but": true,
	"of": true, "to": true, "in": true, "on": true, "at": true, "for": true,
	"with": true, "by": true, "from": true, "that": true, "as": true,
	"is": true, "was": true, "are": true, "were": true, "be": true, "its": true,
	"their": true, "his": true, "her": true, "our": true, "not": true,
	"has": true, "have": true, "had": true, "been": true, "will": true,
	"would": true, "can": true, "could": true, "this": true, "which": true,
}

// titleAbbrs are the abbreviated titles written before a name ("Sen.
// Marco Rubio", "Mr. Trump"): a cut after one leaves the name behind.
var titleAbbrs = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "sen": true, "sens": true,
	"rep": true, "reps": true, "gov": true, "govs": true, "gen": true, "lt": true, "col": true,
	"maj": true, "sgt": true, "capt": true, "adm": true, "cmdr": true, "rev": true, "fr": true,
	"st": true, "atty": true, "pres": true, "supt": true, "det": true, "cpl": true, "pvt": true,
}

// titleAbbr reports whether s ends with an abbreviated title and its full
// stop: "... with Florida Sen.".
func titleAbbr(s string) bool {
	if !strings.HasSuffix(s, ".") {
		return false
	}
	w := s[strings.LastIndexFunc(s, unicode.IsSpace)+1 : len(s)-1]
	w = w[strings.LastIndexByte(w, '-')+1:] // "then-Sen."
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) && titleAbbrs[strings.ToLower(w)]
}

// Shorten returns s when it has at most max runes; otherwise it cuts s at a
// word boundary (never inside a word, unless a single word is longer than
// max), preferring a clause boundary (a comma, a full stop) in the last
// quarter of the room, drops the punctuation and small words (articles, prepositions) that
// would dangle at the cut, and ends it with "…", within max runes in all.
func Shorten(s string, max int) string {
	if max <= 0 {
		return ""
	}
	rs := []rune(s)
	if len(rs) <= max {
		return s
	}
	if max == 1 {
		return "…"
	}
	room := max - 1 // keep one rune for the ellipsis
	cut := room
	if !unicode.IsSpace(rs[room]) {
		for cut > 0 && !unicode.IsSpace(rs[cut-1]) {
			cut--
		}
		if cut == 0 { // one word longer than max
			cut = room
		}
	}
	head := string(rs[:cut])
	// A clause boundary near the end of the room reads better than any word.
	if i := clauseEnd(head, room*3/4); i > 0 {
		head = head[:i]
	}
	head = strings.TrimRightFunc(head, trimAtCut)
	for {
		i := strings.LastIndexFunc(head, unicode.IsSpace)
		if i < 0 || !danglingWords[strings.ToLower(head[i+1:])] && !titleAbbr(head) {
			break
		}
		shorter := strings.TrimRightFunc(head[:i], trimAtCut)
		if utf8.RuneCountInString(shorter) < room/3 {
			break
		}
		head = shorter
	}
	return head + "…" + unclosedQuote(head)
}

// unclosedQuote returns the quote mark that closes the one a cut left
// open in s ("an option to “refuse to vote for …" gets its ”), or "".
func unclosedQuote(s string) string {
	switch {
	case strings.Count(s, "“") > strings.Count(s, "”"):
		return "”"
	case strings.Count(s, "\"")%2 == 1:
		return "\""
	}
	return ""
}

// innerQuote returns a direct quote's text as it reads inside “ ”: its
// own quote marks single and curly, and the quotation it ends in closed. A
// quotation that ends where the quote does (yell, 'China bad, Muslims
// bad.' and the quote's mark) loses its closing mark to the quote's, so
// a line read "‘China bad, Muslims bad.”".
func innerQuote(s string) string {
	s = typographic(s, true)
	open := false // the last quotation opened is still open
	prev := ' '
	for i, r := range s {
		rest := s[i+utf8.RuneLen(r):]
		next, _ := utf8.DecodeRuneInString(rest)
		switch {
		case r != '‘' && r != '’':
		case r == '‘' && !isWordRune(prev) && unicode.IsLetter(next) && !elision(rest):
			open = true // not "don‘t" nor the ‘90s or ‘em of an elision
		case !unicode.IsLetter(next) || strings.ContainsRune(".,!?…", prev):
			open = false // not the apostrophe of "don’t"
		}
		prev = r
	}
	if open {
		return s + "’"
	}
	return s
}

// elision reports whether s, after an apostrophe, is the rest of a word
// it shortens: ‘em, ‘til, ‘cause, ‘n’.
func elision(s string) bool {
	i := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
	if i < 0 {
		i = len(s)
	}
	switch strings.ToLower(s[:i]) {
	case "em", "til", "cause", "n":
		return true
	}
	return false
}

// clauseEnd returns the byte offset of the last clause-ending mark in s (a
// comma, semicolon, colon, or a full stop, question or exclamation mark
// that is not part of an abbreviation like "U.S.") followed by a space, with
// at least minRunes runes before it; 0 when there is none.
func clauseEnd(s string, minRunes int) int {
	for i := len(s) - 2; i > 0; i-- {
		if s[i+1] != ' ' || !strings.ContainsRune(",;:.!?", rune(s[i])) {
			continue
		}
		if utf8.RuneCountInString(s[:i]) < minRunes {
			return 0
		}
		if prev, _ := utf8.DecodeLastRuneInString(s[:i]); s[i] == '.' && (unicode.IsUpper(prev) || titleAbbr(s[:i+1])) {
			continue // "U.S. officials", "Vladimir V. Putin", "Florida Sen. Marco Rubio"
		}
		return i
	}
	return 0
}

// trimAtCut reports whether r should not be the last rune before "…":
// white space, and punctuation that opens or joins rather than ends.
func trimAtCut(r rune) bool {
	return unicode.IsSpace(r) || strings.ContainsRune(",;:-–—([{“‘\"'/&", r)
}

// FormatDay returns d for a reader: "Tue 29 Jul" for a day in now's year,
// "Tue 29 Jul 2017" for a day in another year, "Jul 2025" for a month,
// "2025" for a year and "" for an unknown date.
func FormatDay(d Date, now time.Time) string {
	switch {
	case !d.Known():
		return ""
	case d.Precision == PrecisionYear:
		return d.Time().Format("2006")
	case d.Precision == PrecisionMonth:
		return d.Time().Format("Jan 2006")
	case d.Year == now.Year():
		return d.Time().Format("Mon 2 Jan")
	default:
		return d.Time().Format("Mon 2 Jan 2006")
	}
}

// SearchDay returns the day a search result shows for e: the day it was
// said (or its article published), or for a statement with neither,
// "undated, added D": the day since: and before: count it by.
func SearchDay(e *Entry, now time.Time) string {
	if d := FormatDay(e.When(), now); d != "" || e.Added.IsZero() {
		return d
	}
	a := e.Added.UTC()
	if a.Year() == now.Year() {
		return "undated, added " + a.Format("Mon 2 Jan")
	}
	return "undated, added " + a.Format("Mon 2 Jan 2006")
}
