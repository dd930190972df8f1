package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/whosaid/whosaid/digest"
)

// mkind is what a speaker mention is.
type mkind uint8

const (
	mName    mkind = iota // a person's name, maybe with a title: "Kremlin spokesman Dmitry Peskov", "Peskov"
	mOrg                  // an organisation or place speaking: "The Kremlin", "Russia’s Foreign Ministry"
	mRole                 // a title standing for its holder: "the Russian president"
	mPronoun              // he, she, they; relative pronouns carry their antecedent
	mNoun                 // a common noun phrase: "officials", "the report"
)

// mention is a speaker as the text names it, analysed for resolution.
type mention struct {
	span  digest.Span
	kind  mkind
	text  string   // the phrase without a leading determiner
	name  string   // mName, mOrg: the name words, possessive dropped
	words []string // mName: the words of name
	title string   // the title words as written, when the phrase has one
	role  string   // mRole: the normalised role word
	quals []string // mRole: lower-case qualifiers ("russian", "kremlin")
	pron  string   // mPronoun: the lower-case pronoun
	sex   sex      // what a courtesy title or a role word says ("Mrs.", "spokeswoman")
	ante  *mention // a relative pronoun's antecedent
	// members: the speakers of a coordinated mention ("Bob Corker and
	// Lindsey Graham"), each analysed; nil for one speaker
	members []mention
}

// sex is what the text tells of a person's sex, for he and she.
type sex uint8

const (
	unknownSex sex = iota
	male
	female
)

// sexOf returns the sex a lower-case pronoun implies.
func sexOf(pron string) sex {
	switch pron {
	case "he", "him", "his":
		return male
	case "she", "her":
		return female
	}
	return unknownSex
}

// compatibleSex reports whether a and b may be the same person.
func compatibleSex(a, b sex) bool {
	return a == unknownSex || b == unknownSex || a == b
}

// possessive reports whether a word ends in ’s, 's or s’.
func possessive(w string) bool {
	// strings.HasSuffix with "’s", "'s", "s’" and "s'", sorted by the last
	// byte so that most words are answered by one comparison
	n := len(w)
	if n < 2 {
		return false
	}
	switch w[n-1] {
	case 's':
		return w[n-2] == '\'' || n >= 4 && w[n-4:n-1] == "’"
	case '\'':
		return w[n-2] == 's'
	case 0x99: // the last byte of "’"
		return n >= 4 && w[n-3:] == "’" && w[n-4] == 's'
	}
	return false
}

// contraction reports whether w is a pronoun with a verb run into it:
// "She's", "It’s", "That's".
func contraction(w string) bool {
	c := stripAuxiliary(w)
	if c == w {
		return false
	}
	var buf [64]byte
	return look(c, &buf).f&(fPronoun|fRelative) != 0
}

// stripAuxiliary removes a contracted auxiliary or possessive: "he’s",
// "they've", "she'd" -> "he", "they", "she".
func stripAuxiliary(w string) string {
	if n := len(w); n == 0 || w[n-1] != 'e' && w[n-1] != 'd' {
		return stripPossessive(w) // no contracted auxiliary ends so
	}
	for _, suf := range []string{"’ve", "'ve", "’d", "'d"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf) {
			return w[:len(w)-len(suf)]
		}
	}
	return stripPossessive(w)
}

// stripPossessive removes a possessive ending.
func stripPossessive(w string) string {
	if w == "" || !possessiveLast[w[len(w)-1]] {
		return w // no possessive ends so
	}
	return stripPossessiveEnd(w) // out of line, so that the test above inlines
}

// possessiveLast marks the bytes a possessive ends in: s, an apostrophe
// or the last byte of a curly one.
var possessiveLast = [256]bool{'s': true, '\'': true, 0x99: true} // 0x99: the last byte of ’

// stripPossessiveEnd is stripPossessive past its first test.
func stripPossessiveEnd(w string) string {
	for _, suf := range []string{"’s", "'s"} {
		if strings.HasSuffix(w, suf) {
			return w[:len(w)-len(suf)]
		}
	}
	if strings.HasSuffix(w, "s’") || strings.HasSuffix(w, "s'") {
		_, n := utf8.DecodeLastRuneInString(w)
		return w[:len(w)-n]
	}
	return w
}

// mention analyses the speaker phrase of tokens [a, b).
func (s *sentence) mention(a, b int) mention {
	if b > a && b < len(s.toks) && s.monthSurname(b) {
		b++ // "Theresa May said": a month after a first name is a surname
	}
	toks := s.dropParens(a, b) // "Harry M. Reid (D-Nev.)": the parenthesis is neither name nor title (speaker_coord.go)
	if n := len(toks); n > 1 && toks[n-1].k == kWord && reflexive(s.t[toks[n-1].s:toks[n-1].e]) {
		toks = toks[:n-1] // "The senator herself said": the pronoun stresses the speaker, it names no one
	}
	var lb [32]byte
	for i := 1; i+1 < len(toks); i++ {
		if w := string(lowerInto(&lb, s.t[toks[i].s:toks[i].e])); (w == "close" || w == "familiar" || w == "privy") && toks[i+1].k == kWord {
			if n := string(lowerInto(&lb, s.t[toks[i+1].s:toks[i+1].e])); n == "to" || n == "with" {
				toks = toks[:i] // "a source close to him": the source
				break
			}
		}
	}
	m := analyseIn(s.t, toks, &s.x.ents.words)
	if len(toks) > 0 {
		m.span = s.span(a, b)
	}
	s.sentenceCaseTitle(a, &m) // "Press secretary Maria Cruz" (speaker_title_case.go)
	if m.kind != mPronoun || s.is(a, "all") || s.is(a, "both") {
		if members, first := s.coordinate(a, b); members != nil {
			m.members = members
			m.span = s.span(first, b)
		}
	}
	var buf [64]byte
	if m.kind == mPronoun && m.pron != "" && (s.toks[a].w.f&fRelative != 0 || look(m.pron, &buf).f&fRelative != 0) && !s.toks[a].cap {
		// "BuzzFeed, which said" and "the outlet BuzzFeed that said": the
		// relative pronoun speaks for the phrase before it
		k := a - 1
		if s.punct(k, ",") {
			k--
		}
		if np, ok := s.leftNP(k); ok && k >= 0 && s.toks[k].w.f&(fPronoun|fRelative) == 0 {
			np = s.antecedentStart(np, k) // "echoing security experts who say" (subject_inner.go)
			if m.pron == "which" || m.pron == "that" {
				np, k = s.thingBefore(np, k) // "a legal analysis, first reported by the Globe, which concluded" (speaker_which.go)
			}
			ante := analyse(s.t, s.toks[np:k+1])
			m.ante = &ante
			m.span = digest.Span{s.toks[np].s, s.toks[a].e}
		}
	}
	return m
}

// analyse classifies a speaker phrase and splits it into title and name.
func analyse(t string, toks []token) mention {
	return analyseIn(t, toks, nil)
}

// analyseIn is analyse keeping a name's words in ar (nil: a new array).
func analyseIn(t string, toks []token, ar *wordArena) mention {
	m := mention{}
	if len(toks) == 0 {
		return m
	}
	m.span = digest.Span{toks[0].s, toks[len(toks)-1].e}
	for len(toks) > 1 && !isArticle(t[toks[0].s:toks[0].e]) {
		// "Cruz long": a modifier after a name belongs to what follows it
		// (not in a noun phrase an article opens: "the Israeli military")
		l := toks[len(toks)-1]
		if l.k != kWord || l.cap || l.w.f&fMod == 0 || l.w.f&(fRole|fOrgHead|fSourceNoun) != 0 || !toks[len(toks)-2].cap {
			break
		}
		toks = toks[:len(toks)-1]
	}
	if len(toks) == 1 && (toks[0].w.f&(fPronoun|fRelative) != 0 || contraction(t[toks[0].s:toks[0].e])) {
		m.kind = mPronoun
		m.pron = lowerASCII(stripAuxiliary(t[toks[0].s:toks[0].e]))
		m.text = t[toks[0].s:toks[0].e]
		m.sex = sexOf(m.pron)
		return m
	}
	for _, tk := range toks {
		switch {
		case tk.k != kWord:
		case tk.w.f&fMale != 0:
			m.sex = male
		case tk.w.f&fFemale != 0:
			m.sex = female
		}
	}
	a := 0
	for a < len(toks) && toks[a].w.f&fDet != 0 {
		a++
	}
	if a == len(toks) {
		return mention{span: m.span, kind: mNoun, text: fold(t[m.span[0]:m.span[1]])}
	}
	m.text = fold(t[toks[a].s:toks[len(toks)-1].e])
	// the head part follows the last possessive: "President Vladimir Putin’s
	// spokesman"; not a possessive inside a body's name after "of", which
	// a capital goes on with ("Mark Zandi of Moody's Analytics")
	h := a
	of := false // an "of" before: "Mark Zandi of Moody's Analytics"
	for i := a; i < len(toks)-1; i++ {
		if equalFold(t[toks[i].s:toks[i].e], "of") {
			of = true
		}
		if possessive(t[toks[i].s:toks[i].e]) && !(of && toks[i+1].cap && toks[i+1].w.f&(fRole|fMod) == 0) {
			h = i + 1
		}
	}
	last := toks[len(toks)-1]
	lw := stripPossessive(t[last.s:last.e])
	// the last role word splits title from name
	r := -1
	for i := h; i < len(toks); i++ {
		if i == len(toks)-1 && i-2 >= h && (orgNameLinkIn(t, toks, i-1) || orgNameLinkIn(t, toks, i-2)) {
			break // "the Brennan Center for Justice": what the body is for ends its name, no role (speaker_org_name.go)
		}
		if toks[i].cap && i-2 >= a && equalFold(t[toks[i-1].s:toks[i-1].e], "of") && toks[i-2].cap && toks[i-2].w.f&fOrgHead != 0 {
			continue // "the Department of Justice": a body's name after its head, no role "justice"
		}
		if (toks[i].w.f&fRole != 0 || pluralTitle(t, toks[i])) && !roleSurname(t, toks, a, i) && !bareAbbrFirst(t, toks, i) {
			r = i
		}
	}
	if r >= 0 && (r == len(toks)-1 || r == len(toks)-3 && (equalFold(t[toks[r+1].s:toks[r+1].e], "of") || equalFold(t[toks[r+1].s:toks[r+1].e], "from")) ||
		roleForPerson(t, toks, &r)) { // "a lawyer for Tom Aske" (speaker_role_of.go)
		m.kind = mRole
		end := len(toks)
		for i := a + 1; i < r; i++ {
			if equalFold(t[toks[i].s:toks[i].e], "and") && toks[i-1].w.f&fRole != 0 {
				// "the Florida senator and Republican presidential
				// candidate": the first role, with its own qualifiers
				r, end = i-1, i
				break
			}
		}
		m.role = roleKey(t[toks[r].s:toks[r].e])
		var qb [8]string // the qualifiers gathered on the stack, then kept in ar
		quals := qb[:0]
		for i := a; i < end; i++ {
			if i != r && toks[i].w.f&fDet == 0 {
				quals = append(quals, lowerASCII(stripPossessive(t[toks[i].s:toks[i].e])))
			}
		}
		if len(quals) > 0 {
			m.quals = ar.keep(quals)
		}
		m.title = m.text
		first := lowerASCII(t[toks[0].s:toks[0].e])
		if isPlural(t[toks[r].s:toks[r].e]) || first == "a" || first == "an" || first == "one" || first == "another" {
			m.kind = mNoun // "officials", "a senior official": described, not one known holder
		}
		return m
	}
	nameStart := h
	if r >= 0 {
		nameStart = r + 1
		if nameStart+1 < len(toks) && equalFold(t[toks[nameStart].s:toks[nameStart].e], "of") {
			nameStart += 2
		} else {
			nameStart = roleForWhat(t, toks, r) // speaker_role_of.go: "Special Envoy for Climate John Kerry"
		}
		ts := a
		m.title = fold(t[toks[ts].s:toks[nameStart-1].e])
	}
	// the name's words, copied to the heap only when the mention keeps
	// them, and the byte offset of the first
	var wbuf [maxNP]string
	words, from := wbuf[:0], 0
	var run []string // the last run of capitals, when lower-case words follow it
	orgOf := false   // "the Federal Bureau of Prisons": a body's name goes on past "of"
	var buf [64]byte
	hon := false // the current run follows a courtesy title
	for i := nameStart; i < len(toks); i++ {
		if toks[i].w.f&fHon != 0 {
			hon = len(words) == 0
			continue
		}
		if len(words) > 0 && orgNameLinkIn(t, toks, i) {
			orgOf = true // "the Center for Responsive Politics" (speaker_org_name.go)
			if w := t[toks[i+1].s:toks[i+1].e]; w == "the" || w == "a" {
				i++
			}
			continue
		}
		if len(words) > 0 && equalFold(t[toks[i].s:toks[i].e], "of") {
			if look(words[len(words)-1], &buf).f&fOrgHead != 0 && i+1 < len(toks) && toks[i+1].cap {
				orgOf = true
				continue
			}
			// "Senator John McCain of Arizona", "Alicia Moreno of the
			// Fair Vote Coalition": the name ends here, and its last word
			// tells what it names
			if len(words) > 1 || hon {
				lw, last = words[len(words)-1], toks[i-1] // a person's full name, not "Polling of union voters"
			}
			break
		}
		if !toks[i].cap && toks[i].w.f&fMod == 0 && !(toks[i].w.f&fParticle != 0 && len(words) > 0) && !(len(words) > 0 && particleCap(t[toks[i].s:toks[i].e], &buf)) {
			if len(words) > 0 && hon && capsOnlyWords(words) {
				run = append(run[:0], words...)
			}
			words = words[:0]
			hon = false
			continue
		}
		if len(words) == 0 {
			from = toks[i].s
		}
		words = append(words, stripPossessive(t[toks[i].s:toks[i].e]))
	}
	if orgOf && len(words) > 0 {
		m.kind = mOrg
		m.name = m.text
		return m
	}
	if len(words) == 0 && len(run) > 0 && toks[nameStart].w.f&fDet == 0 && !toks[nameStart].cap {
		// "speech Mrs. Clinton delivered": a phrase cut wrong around a
		// name with a courtesy title; the name is the speaker
		m.words = run
		m.name = strings.Join(run, " ")
		m.kind = mName
		return m
	}
	if len(words) == 0 {
		m.kind = mNoun
		return m
	}
	m.words = ar.keep(words) // entities_reuse.go
	m.name = joinedIn(t, from, words)
	if h > a && r < 0 && ownedPerson(t, toks, h, words) {
		// "CNN's Dana Bash", "Apple's Tim Cook": a person the possessive
		// places, not a body; the owner is the title
		m.title = stripPossessive(fold(t[toks[a].s:toks[h-1].e]))
		m.kind = mName
		return m
	}
	if look(lw, &buf).f&fOrgHead != 0 || allCaps(lw) && utf8.RuneCountInString(lw) > 1 || h > a && r < 0 {
		m.kind = mOrg
		m.name = m.text
		if len(words) == 1 && r >= 0 && toks[r].cap {
			m.title = "" // "the Justice Department": a role word before a body's head is part of its name, no title
		}
		if h > a {
			m.name = fold(t[toks[a].s:last.e])
			if k := ownedName(toks, h); k > h {
				m.name = fold(t[toks[k].s:last.e]) // "China's state-run Global Times" (speaker_org_name.go)
			}
		}
		return m
	}
	if !last.cap && !particleCap(t[last.s:last.e], &buf) { // speaker_particle.go: "Mohammed Shia al-Sudani"
		m.kind = mNoun
		return m
	}
	m.kind = mName
	return m
}

// joinedIn returns words joined by single spaces: the text t itself from
// byte from when it writes them so, else a new string.
func joinedIn(t string, from int, words []string) string {
	p := from
	for k, w := range words {
		if k > 0 {
			if p >= len(t) || t[p] != ' ' {
				return strings.Join(words, " ")
			}
			p++
		}
		if !strings.HasPrefix(t[p:], w) {
			return strings.Join(words, " ")
		}
		p += len(w)
	}
	return t[from:p]
}

// fold returns text with its white space folded, without copying when it
// is already folded.
func fold(text string) string {
	if spaceFolded(text) {
		return text
	}
	return digest.FoldSpace(text)
}

// spaceFolded reports whether text has no white space but single spaces
// between other bytes: no space at either end, no two in a row and no \t,
// \n, \v, \f or \r. fold asks it of every statement's content and every
// name analysed, so it reads eight bytes at a time: a space is a zero byte
// of w^0x20…, marked exactly in sp, and two in a row are two marks side by
// side (sp&(sp<<8)), or the last of the eight before and the first of
// these; a byte below 0x0e sends the eight to a test one by one.
func spaceFolded(text string) bool {
	n := len(text)
	if n == 0 {
		return true
	}
	if text[0] == ' ' || text[n-1] == ' ' {
		return false
	}
	const ones, lows, highs = 0x0101010101010101, 0x7f7f7f7f7f7f7f7f, 0x8080808080808080
	prev := false // the byte before i is a space
	i := 0
	for ; i+8 <= n; i += 8 {
		b := text[i : i+8] // eight bytes of known length: one load, no bounds check between them
		w := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
			uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
		if (w-0x0e*ones)&^w&highs != 0 { // a byte below 0x0e (a borrow sets a bit only where one is)
			for k := i; k < i+8; k++ {
				if c := text[k]; c-'\t' <= '\r'-'\t' {
					return false
				}
			}
		}
		x := w ^ 0x20*ones
		sp := ^(x&lows + lows | x | lows) // 0x80 in each byte that is a space: no carry crosses a byte
		if sp&(sp<<8) != 0 || prev && sp&0x80 != 0 {
			return false
		}
		prev = sp>>63 != 0
	}
	for ; i < n; i++ {
		c := text[i]
		if c-'\t' <= '\r'-'\t' || c == ' ' && prev {
			return false
		}
		prev = c == ' '
	}
	return true
}

// roleKey folds the variants of a role word together.
func roleKey(w string) string {
	w = strings.TrimSuffix(lowerASCII(stripPossessive(w)), ".") // "Sen.", "Gov."
	switch {
	case strings.HasPrefix(w, "spokes"):
		return "spokes"
	case w == "sen":
		return "senator"
	case w == "gov":
		return "governor"
	case w == "rep":
		return "representative"
	case strings.HasSuffix(w, "s") && w != "press" && w != "boss":
		return w[:len(w)-1]
	}
	return w
}

func isPlural(w string) bool {
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "men") || strings.HasSuffix(w, "people")
}

// capsOnly joins the capitalised words of toks: "the state-run TASS news
// agency" -> "TASS".
func capsOnly(t string, toks []token) string {
	var b strings.Builder
	for _, tk := range toks {
		if tk.k != kWord || !tk.cap || tk.w.f&fDet != 0 {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(stripPossessive(t[tk.s:tk.e]))
	}
	return b.String()
}

// allCaps reports whether w has two or more letters, all upper case.
func allCaps(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n > 1
}

// pluralTitle reports whether a capitalised word is the plural of a role
// that stands before several names: "Senators", "Sens.", "Reps.".
func pluralTitle(t string, tk token) bool {
	if tk.k != kWord || !tk.cap {
		return false
	}
	w := strings.TrimSuffix(t[tk.s:tk.e], ".")
	if len(w) < 4 || w[len(w)-1] != 's' {
		return false
	}
	var buf [64]byte
	return look(w[:len(w)-1], &buf).f&fRole != 0
}

// capsOnlyWords reports whether every word starts with an upper-case letter.
func capsOnlyWords(words []string) bool {
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// roleSurname reports whether the capitalised role word at i is a surname:
// after a first name or a courtesy title ("Charlie King", "Mr. King",
// "Angus King"), not a title ("the King", "Prince Charles").
func roleSurname(t string, toks []token, a, i int) bool {
	if i <= a || !toks[i].cap || !toks[i-1].cap || toks[i-1].k != kWord {
		return false
	}
	return toks[i-1].w.f&fHon != 0 || toks[i-1].w.f&fRole == 0 && knownFirstName(t[toks[i-1].s:toks[i-1].e])
}

// bareAbbrFirst reports whether token i, a title's abbreviation written
// without its period, is a first name instead: one capitalised word
// follows it and ends the phrase, and a full title comes before it
// ("Defence Minister Gen Nakatani"), where a title would keep its period
// ("Minister Gen. Nakatani") or precede a full name ("Gen Mark Dalton").
func bareAbbrFirst(t string, toks []token, i int) bool {
	tk := toks[i]
	if tk.k != kWord || !tk.cap || tk.w.f&fAbbr == 0 || i != len(toks)-2 || !toks[i+1].cap || toks[i+1].k != kWord {
		return false
	}
	if tk.e < len(t) && (t[tk.e] == '.' || t[tk.e-1] == '.') {
		return false
	}
	for j := 0; j < i; j++ {
		if toks[j].w.f&fRole != 0 {
			return true // a full title before it: "Defence Minister", not "OK Gov Fallin"
		}
	}
	return false
}

// isArticle reports whether w is "the", "a" or "an", in any case.
func isArticle(w string) bool {
	return equalFold(w, "the") || equalFold(w, "a") || equalFold(w, "an")
}
