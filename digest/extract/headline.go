// A headline's statement stands only where the body does not carry the
// same one: "Kremlin Says Russia Proposed Full Normalization With U.S." is
// the title of the story whose body reports "The Kremlin's chief spokesman
// said Russian officials made direct proposals to Washington about full
// normalization ...". A reader wants that statement once, from the body,
// where it has its speaker, its words and its date.

package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/whosaid/whosaid/digest"
)

// minHeadWords and headShared say when a body statement carries a
// headline's: the headline's content has at least minHeadWords content
// words, and at least headShared of them (three in four) are in the body
// statement's content.
const (
	minHeadWords = 2
	headShared   = 0.75
)

// stemLen is how much of a word two forms must share to count as one:
// "proposed" and "proposals", "Russia" and "Russian".
const stemLen = 5

// dropHeadlineEchoes marks dropped each headline statement whose content
// words a body statement's content repeats.
func (x *extractor) dropHeadlineEchoes() {
	var heads []int
	for i := range x.raws {
		if !x.raws[i].drop && x.isHeadline(x.raws[i].block) {
			heads = append(heads, i)
		}
	}
	if len(heads) == 0 {
		return
	}
	body := make([][]uint64, 0, len(x.raws))
	who := make([]*mention, 0, len(x.raws))
	var all []uint64 // every body statement's stems, one array
	for i := range x.raws {
		r := &x.raws[i]
		if !r.drop && !x.isHeadline(r.block) {
			n := len(all)
			all = contentStems(all, x.t, r)
			body = append(body, all[n:len(all):len(all)])
			who = append(who, &r.speaker)
		}
	}
	for _, i := range heads {
		r := &x.raws[i]
		head := contentStems(nil, x.t, r)
		if len(head) < minHeadWords {
			continue
		}
		for k, b := range body {
			if otherPerson(&r.speaker, who[k]) {
				continue // "Howard Dean" said it, not the delegate whose words echo it
			}
			if shared(head, b) >= headShared*float64(len(head)) {
				r.drop = true
				break
			}
		}
	}
}

// otherPerson reports whether a and b both name a person and the names'
// last words differ: two people, whatever words their statements share. A
// pronoun, a role or an organisation ("Kremlin Says ...", echoed by the
// Kremlin's spokesman) may be the same speaker.
func otherPerson(a, b *mention) bool {
	if a.kind != mName || b.kind != mName || len(a.words) == 0 || len(b.words) == 0 {
		return false
	}
	return !strings.EqualFold(a.words[len(a.words)-1], b.words[len(b.words)-1])
}

// isHeadline reports whether block b is a headline.
func (x *extractor) isHeadline(b int) bool {
	return b >= 0 && b < len(x.labels) && x.labels[b].head
}

// shared counts the stems of head that b holds.
func shared(head, b []uint64) float64 {
	n := 0
	for _, h := range head {
		if slices.Contains(b, h) {
			n++
		}
	}
	return float64(n)
}

// contentStems returns the stems of the content words of r's content (all
// its parts): words of three letters or more that the lexicon gives no
// grammatical role, lower-cased and cut to stemLen bytes, each packed in a
// number (no allocation per word), appended to out.
func contentStems(out []uint64, t string, r *raw) []uint64 {
	parts := r.parts
	if parts == nil {
		parts = []digest.Span{r.content}
	}
	var buf [64]byte
	for _, p := range parts {
		s := t[p[0]:p[1]]
		for i := 0; i < len(s); {
			c, n := utf8.DecodeRuneInString(s[i:])
			if !unicode.IsLetter(c) && !unicode.IsDigit(c) {
				i += n
				continue
			}
			j := i
			for j < len(s) {
				c, n := utf8.DecodeRuneInString(s[j:])
				if !unicode.IsLetter(c) && !unicode.IsDigit(c) && c != '.' {
					break
				}
				j += n
			}
			w := strings.TrimRight(s[i:j], ".")
			i = j
			if len(w) < 3 || look(w, &buf).f&grammatical != 0 {
				continue
			}
			var stem uint64
			for k := 0; k < len(w) && k < stemLen; k++ {
				stem = stem<<8 | uint64(lowerByte(w[k]))
			}
			out = append(out, stem)
		}
	}
	return out
}

// grammatical are the lexicon's roles of words that carry no topic.
const grammatical = fPronoun | fRelative | fDet | fAux | fNeg | fPrep | fClauseEnd | fSub | fPassive | fStarter | fObject | fQuant | fDateLead | fCue | fWeakCue

// headlineColon reads a headline's speaker before a colon that the
// roundup forms of colon (patterns.go) leave alone: a speaker and the
// ones addressed, the place or the topic ("Clinton to Planned Parenthood:
// Trump will reverse Roe v. Wade", "Former AG Mukasey at RNC: ...", "CNN
// President On Trump: ‘...’"), or a group or a text named by its kind
// ("Clinton camp: ...", "Historians: ...", "WSJ editorial: ‘...’"). What
// follows the colon must read as a statement, not a topic ("Kasich: Now
// or never"). It reports whether it built a statement.
func (s *sentence) headlineColon() bool {
	if !s.headline || len(s.x.raws) > s.first {
		return false
	}
	c := 1
	for c < len(s.toks) && c <= maxNP+4 && !s.punct(c, ":") {
		c++
	}
	if !s.punct(c, ":") || c+1 >= len(s.toks) {
		return false
	}
	st := 0
	for d := c - 1; d > 0; d-- {
		if s.punct(d, "-") || s.punct(d, "—") || s.punct(d, "–") {
			st = d + 1 // "EXCLUSIVE – Roger Stone: ..."
			break
		}
	}
	head := c
	for k := st + 1; k < c; k++ {
		if s.is(k, "to") || s.is(k, "at") || s.is(k, "on") {
			head = k
			break
		}
	}
	for k := st; k < head; k++ {
		if s.toks[k].k != kWord || s.has(k, fPrep|fStarter|fCue|fPart) && !s.has(k, fDet) {
			return false
		}
	}
	if head-st >= 2 && gerundOpens(s.word(st)) {
		return false // "Saving Data: Reducing the size of updates": a gerund's topic, no speaker
	}
	m := s.mention(st, head)
	switch {
	case head < c && (m.kind == mName || m.kind == mOrg || m.kind == mRole):
	case head == c && head-st <= 3 && s.has(head-1, fRole|fSourceNoun|fOrgHead|fComment|fAudience) && !s.has(head-1, fPronoun):
	default:
		return false
	}
	ce := s.contentEnd(c + 1)
	if ce-(c+1) < 3 && !s.hasQuote(c+1, ce) || s.label(m, s.span(c, c+1)) || s.topic(c+1, ce) {
		return false
	}
	s.emit(m, s.span(c, c+1), c+1, ce, afterCue{})
	return len(s.x.raws) > s.first
}
