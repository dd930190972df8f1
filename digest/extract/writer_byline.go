// Where the clipping names its own writer. A byline read with the
// clipping (front matter's author, an HTML page's, "By Ann Lee" above the
// text: digest.Clipping.Author) comes first. Without one, an opinion
// piece names its writer in its tagline, the short paragraph that ends it
// and says who the writer is: "Ann Lee is a lecturer in history at Yale.",
// "Rep. Tom Hale, D-Ore., was an early backer of the bill.", "Lee is a
// Washington-based reporter for the Gazette." The tagline's name is no one
// the story is about: it appears nowhere before it.
//
// A book's excerpt is its author's first person: the note that opens it
// says whose ("The following is excerpted from Ann Lee's new book ...",
// "Adapted from Ann Lee's memoir"), and so may its headline ("Excerpt:
// Ann Lee's 'Harbor Days'").

package extract

import "strings"

// maxTaglineWords bounds a tagline's paragraph: a sentence or three.
const maxTaglineWords = 70

// writerName returns the name of the clipping's writer (see above), or
// "". It reads the text once per clipping.
func (x *extractor) writerName() string {
	if x.author != "" {
		return x.author
	}
	if !x.taglineRead {
		x.taglineRead = true
		x.tagline = x.readTagline()
		if x.tagline == "" {
			x.tagline = x.excerptAuthor()
		}
	}
	return x.tagline
}

// readTagline returns the writer a tagline names (the names of each of
// its sentences that gives one, "Ann Lee and Tom Hale"), or "".
func (x *extractor) readTagline() string {
	last := len(x.labels) - 1
	for last >= 0 && (x.labels[last].head || strings.TrimSpace(x.t[x.labels[last].span[0]:x.labels[last].span[1]]) == "") {
		last--
	}
	if last < 1 {
		return ""
	}
	sp := x.labels[last].span
	text := strings.TrimSpace(x.t[sp[0]:sp[1]])
	if wordCount(text) > maxTaglineWords {
		return ""
	}
	var names []string
	for _, sent := range taglineSentences(text) {
		name := taglineName(sent)
		if name == "" {
			break
		}
		surname := name[strings.LastIndexByte(name, ' ')+1:]
		if x.namedInBody(surname, sp[0]) {
			return "" // "Sanders is scheduled to speak Monday.": the story's own person
		}
		names = append(names, name)
	}
	switch len(names) {
	case 0:
		return ""
	case 1:
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}

// taglineSentences splits a tagline's paragraph at its full stops that
// end a sentence: a stop after a word of two letters or more that is not
// an abbreviation's ("Rep.", "Ph.D."), followed by a space and a capital.
func taglineSentences(t string) []string {
	var out []string
	st := 0
	for i := 0; i+2 < len(t); i++ {
		if t[i] != '.' || t[i+1] != ' ' || !startsUpper(t[i+2:]) {
			continue
		}
		w := t[strings.LastIndexAny(t[:i], " \t\n")+1 : i]
		var buf [64]byte
		if len(w) < 3 || strings.Contains(w, ".") || look(w, &buf).f&(fAbbr|fHon|fRole) != 0 && startsUpper(w) {
			continue
		}
		out = append(out, t[st:i+1])
		st = i + 2
	}
	return append(out, t[st:])
}

// taglineName returns the name a tagline's sentence opens with, when the
// sentence says who the person is: "Ann Lee is a ...", "Lee is the ...",
// "Tom Hale, D-Ore., was ...", "Mr. Hale is Director of ...", "M. Tom
// Hale, a retired officer, taught history at ...". A title or a courtesy
// title before the name is left out. "" for any other sentence.
func taglineName(sent string) string {
	words := strings.Fields(sent)
	var buf [64]byte
	i := 0
	for i < len(words)-1 && strings.HasSuffix(words[i], ".") && len(words[i]) > 2 && look(strings.TrimSuffix(words[i], "."), &buf).f&(fAbbr|fHon|fRole) != 0 {
		i++ // "Rep.", "Mr.", "Dr."
	}
	st := i
	for i < len(words) && i-st < 4 && startsUpper(words[i]) && !strings.ContainsAny(words[i], "0123456789@") {
		w := strings.TrimSuffix(words[i], ",")
		if look(w, &buf).f&(fDet|fPronoun|fPrep|fSub|fStarter) != 0 {
			return "" // "The senator is ...", "He is ...", "In 2016 ..."
		}
		i++
		if w != words[i-1] {
			break // "Tom Hale, D-Ore., was": the comma ends the name
		}
	}
	if i == st || i >= len(words) {
		return ""
	}
	name := make([]string, 0, i-st)
	for _, w := range words[st:i] {
		name = append(name, strings.TrimSuffix(w, ","))
	}
	if len(name) == 1 && len(name[0]) == 2 && name[0][1] == '.' {
		return "" // an initial alone
	}
	rest := words[i:]
	if strings.HasSuffix(words[i-1], ",") {
		// an appositive or a party and state between commas: "Tom Hale,
		// D-Ore., was", "M. Tom Hale, a retired officer, taught"
		k := 0
		for k < len(rest) && k < 25 && !strings.HasSuffix(rest[k], ",") {
			k++
		}
		if k >= len(rest)-1 || k >= 25 {
			return ""
		}
		rest = rest[k+1:]
		if len(rest) < 2 {
			return ""
		}
		switch rest[0] {
		case "is", "was", "teaches", "taught", "writes", "served", "serves":
			return strings.Join(name, " ")
		}
		return ""
	}
	if len(rest) < 2 || rest[0] != "is" && rest[0] != "was" {
		return ""
	}
	// what the person is: a noun phrase ("a lecturer", "the author",
	// "co-author", "senior media editor", "Director of")
	next := rest[1]
	f := look(next, &buf).f
	if f&fDet != 0 && next != "no" || startsUpper(next) || f&fRole != 0 || strings.HasPrefix(next, "co-") || taglineRole(next) {
		return strings.Join(name, " ")
	}
	return ""
}

// taglineRole reports whether w is a word of a writer's role a lexicon of
// speakers' titles may lack: "senior", "founder", "editor".
func taglineRole(w string) bool {
	switch w {
	case "senior", "founder", "editor", "author", "professor", "lecturer", "columnist", "director", "president", "chair", "executive", "fellow", "writer", "contributor", "publisher":
		return true
	}
	return false
}

// namedInBody reports whether the text before byte end names surname as a
// word outside the headlines.
func (x *extractor) namedInBody(surname string, end int) bool {
	for _, l := range x.labels {
		if l.span[0] >= end {
			break
		}
		if l.head {
			continue
		}
		if indexWord(x.t[l.span[0]:min(l.span[1], end)], surname) >= 0 {
			return true
		}
	}
	return false
}

// indexWord returns where t holds w between word boundaries, case
// counting, or -1.
func indexWord(t, w string) int {
	for off := 0; ; {
		k := strings.Index(t[off:], w)
		if k < 0 {
			return -1
		}
		a, b := off+k, off+k+len(w)
		if (a == 0 || !wordByte(t[a-1])) && (b == len(t) || !wordByte(t[b])) {
			return a
		}
		off = b
	}
}

// excerptAuthor returns the author of the book an excerpt is from, as
// the headline or the note opening the text (its first paragraph after
// the headlines) names them after "excerpt" or "adapted from": the first
// name of two words or more in the possessive that follows, or "".
func (x *extractor) excerptAuthor() string {
	body := 0
	for _, l := range x.labels {
		if !l.head {
			if body++; body > 1 {
				break
			}
		}
		t := x.t[l.span[0]:l.span[1]]
		at := -1
		for _, w := range []string{"excerpt", "Excerpt", "EXCERPT", "adapted from", "Adapted from"} {
			if k := strings.Index(t, w); k >= 0 && (at < 0 || k < at) {
				at = k
			}
		}
		if at < 0 {
			continue
		}
		if name := possessiveName(t[at:]); name != "" {
			return name
		}
	}
	return ""
}

// possessiveName returns the first name of two to four capitalised words
// in t, after its first word (the word "excerpt" or "adapted"), that ends
// in a possessive ("Ann Lee’s", "Dan O’Neil's"), without the possessive,
// or "". Dashes and colons part words: "Excerpt–Ann Lee’s ...".
func possessiveName(t string) string {
	words := strings.Fields(strings.NewReplacer("–", " ", "—", " ", ":", " ").Replace(t))
	var buf [64]byte
	for i := 1; i < len(words); i++ {
		w := strings.TrimLeft(words[i], "“‘\"'")
		base := stripPossessive(w)
		if base == w || !startsUpper(base) {
			continue
		}
		name := []string{base}
		for k := i - 1; k >= 1 && len(name) < 4; k-- {
			p := words[k]
			if !startsUpper(p) || strings.ContainsAny(p, ",;") || look(p, &buf).f&(fDet|fPrep|fRole) != 0 {
				break // "from bestselling author Ann Lee’s", "Exclusive Excerpt"
			}
			name = append([]string{p}, name...)
		}
		if len(name) < 2 {
			return ""
		}
		return strings.Join(name, " ")
	}
	return ""
}
