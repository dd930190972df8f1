package clip

import (
	"math"
	"sort"
	"strings"
)

// A page's paragraphs and what the page decision (page.go) reads of them:
// their words and function words, whether they read as prose or end like
// a sentence, and the short lines a page repeats to separate the items of
// a list (separators), its teasers and its contact lines.

// paragraphsOf groups units into paragraphs and computes their features
// given the units' roles so far: furniture counts for nothing, and a unit
// continuing the sentence of the one before it joins that one's paragraph.
func paragraphsOf(units []unit, roles []int) []para {
	paras := make([]para, 0, len(units))
	var stop int
	for i, u := range units {
		if n := len(paras); n == 0 || u.blankBefore && roles[i] != roleContinued {
			paras = append(paras, para{first: i})
			stop = 0
		}
		p := &paras[len(paras)-1]
		p.last = i
		if p.first == i {
			p.label = listLabel(u.s, u.words)
			p.comments = commentsLabel(u.s, u.words)
		}
		if roles[i] == roleFurniture {
			continue
		}
		// The share of function words shows in a paragraph's first
		// words; counting only those keeps cleaning at memory speed.
		st := statsOf(u.s[:sampleEnd(u.s)])
		words := countWords(u.s, math.MaxInt)
		p.words += words
		stop += st.stop * words / max(st.words, 1)
		p.colon = strings.HasSuffix(u.s, ":")
		// A line reporting speech in the past reads as a sentence
		// that lost its full stop (caption.go's reportsSaying).
		p.sentence = endsSentence(u.s) || p.colon || reportsSaying(u.s)
		p.stop = stop
		p.prose = p.words >= proseWords && stop*10 >= p.words && (p.sentence || p.words >= 3*proseWords)
		if contactLike(u.s, u.words) {
			// A line giving an address ("Name: 206-555-0100 or
			// name@example.com; on Twitter: @name") ends an article
			// without being part of its prose.
			p.prose, p.sentence = false, false
		}
	}
	teasers(units, paras)
	// A separator is a short line the page repeats, or a line that starts
	// with a slide counter, when the page has several ("3/50 Star Wars
	// boosts economy": a gallery's captions, not numbered sections).
	shapes := map[string]int{}
	keys := make([]string, 2*len(paras))
	for i, p := range paras {
		if p.prose || p.first != p.last {
			continue
		}
		s := units[p.first].s
		if countWords(s, separatorWords+1) <= separatorWords {
			keys[2*i] = shape(s)
			shapes[keys[2*i]]++
		}
		if first, _, _ := strings.Cut(s, " "); slideCounter(first) {
			keys[2*i+1] = "0/0"
			shapes["0/0"]++
		}
	}
	for i := range paras {
		switch {
		case keys[2*i] != "" && shapes[keys[2*i]] >= separatorRepeats:
			paras[i].sep, paras[i].mark = true, keys[2*i]
		case keys[2*i+1] != "" && shapes[keys[2*i+1]] >= separatorRepeats:
			paras[i].sep, paras[i].mark = true, keys[2*i+1]
		}
	}
	return paras
}

// teasers marks as neither prose nor sentences the excerpts of a list of
// other stories or posts: paragraphs cut short with an ellipsis ("... the
// size of App Updates by 6..."), several of them, of about the same length,
// since a list cuts its excerpts at a fixed length. An article ends a
// paragraph with an ellipsis now and then, at no fixed length. A headline
// in title case cut short the same way is never a sentence either.
func teasers(units []unit, paras []para) {
	var cut []int // paragraphs cut short
	for i, p := range paras {
		if p.words == 0 || !truncated(units[p.last].s) {
			continue
		}
		cut = append(cut, i)
		if p.first == p.last && titleCase(units[p.first].s) {
			paras[i].sentence = false
			paras[i].prose = p.prose && p.words >= 3*proseWords
		}
	}
	if len(cut) < separatorRepeats {
		return
	}
	size := func(i int) int { return units[paras[i].last].end - units[paras[i].first].start }
	sort.Slice(cut, func(a, b int) bool { return size(cut[a]) < size(cut[b]) })
	// Sizes within a fifth of each other, separatorRepeats of them in a
	// row of the sorted sizes, mark the list.
	excerpt := make([]bool, len(cut))
	for a := 0; a+separatorRepeats <= len(cut); a++ {
		b := a + separatorRepeats - 1
		if 5*(size(cut[b])-size(cut[a])) <= size(cut[b]) {
			for k := a; k <= b; k++ {
				excerpt[k] = true
			}
		}
	}
	for k, i := range cut {
		if excerpt[k] {
			paras[i].prose, paras[i].sentence = false, false
		}
	}
}

// truncated reports a line that stops with an ellipsis right after its
// last word, not closing a quote.
func truncated(s string) bool {
	for _, e := range []string{"...", "…"} {
		if strings.HasSuffix(s, e) {
			s = s[:len(s)-len(e)]
			return s != "" && !isSpaceByte(s[len(s)-1])
		}
	}
	return false
}

// contactLike reports a short line that gives an e-mail address, or is
// made of handles and web addresses (two or more, a quarter of its words):
// a reporter's contact line, a "follow us" line. A tweet that answers two
// people names them but says something.
func contactLike(s string, words int) bool {
	if words > 20 || strings.IndexByte(s, '@') < 0 && !strings.Contains(s, "http") && !strings.Contains(s, "www.") {
		return false // most lines: no need to look at the words
	}
	links := 0
	for _, w := range strings.Fields(s) {
		w = strings.TrimRight(w, ".,;:)")
		at := strings.IndexByte(w, '@')
		switch {
		case at > 0 && strings.IndexByte(w[at:], '.') > 1:
			return true // an e-mail address
		case at == 0 && len(w) > 1, hasPrefixFold(w, "http://"), hasPrefixFold(w, "https://"), hasPrefixFold(w, "www."):
			links++
		}
	}
	return links >= 2 && 4*links >= words
}

// shape is a short line folded so that list separators compare equal: lower
// case, each run of digits one "0" ("3/50" and "12/50" are "0/0").
func shape(s string) string {
	plain := true
	for i := 0; i < len(s) && plain; i++ {
		plain = (s[i] < '0' || s[i] > '9') && (s[i] < 'A' || s[i] > 'Z')
	}
	if plain {
		return s // nothing to fold: the line's own bytes, no copy
	}
	var b strings.Builder
	b.Grow(len(s))
	digit := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			if !digit {
				b.WriteByte('0')
			}
			digit = true
			continue
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		}
		digit = false
		b.WriteByte(c)
	}
	return b.String()
}

// slideCounter reports whether shape(s) is "0/0" without building it: digits,
// a slash, digits ("3/50").
func slideCounter(s string) bool {
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i == 0 || i == len(s) || s[i] != '/' {
		return false
	}
	j := i + 1
	for j < len(s) && s[j] >= '0' && s[j] <= '9' {
		j++
	}
	return j > i+1 && j == len(s)
}

// sampleBytes is how much of a paragraph its function words are counted in.
const sampleBytes = 100

// sampleEnd returns where the sample of s ends: after sampleBytes, at a
// space.
func sampleEnd(s string) int {
	if len(s) <= sampleBytes {
		return len(s)
	}
	if i := strings.IndexByte(s[sampleBytes:], ' '); i >= 0 {
		return sampleBytes + i
	}
	return len(s)
}
