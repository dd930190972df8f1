// The outlets that carried what was said (a statement's via list) and
// whom it was said to, read from the words around the attribution: "...,
// according to the Las Vegas Sun.", "..., the TASS news agency reported.",
// "in comments carried by RIA", "in an interview with CNN", "Speaking to
// Rossiya-1 television".

package extract

import (
	"math"
	"slices"
	"sort"

	"github.com/whosaid/whosaid/digest"
)

// viaAccording reads "“...,” O’Malley said, according to the Las Vegas
// Sun." at the end of a sentence: the outlet carried what the sentence's
// statements before it report, so it joins their via list. (PolNeAR marks
// the outlet as a second source of the same words; a reader wants one
// statement, the speaker's, with the outlet it came through.)
func (s *sentence) viaAccording() {
	for j := 1; j+2 < len(s.toks); j++ {
		if !s.punct(j-1, ",") || !s.according(j) { // the comma first: the cheaper test
			continue
		}
		e := j + 2
		for e < len(s.toks) && s.toks[e].k == kWord && (s.toks[e].cap || s.has(e, fDet)) {
			e++
		}
		if e < len(s.toks) && s.toks[e].k != kStop {
			return // "according to her lawyers in a court filing": not an outlet's name alone
		}
		if name := s.outletName(j+2, e); name != "" {
			s.viaBefore(name, s.toks[j].s)
		}
		return
	}
}

// viaReported reads "Peskov told reporters that ..., the TASS news agency
// reported." at the end of a sentence: an outlet that reported what the
// sentence's statements before it say carried them, so it joins their via
// list, as "according to Interfax" does (viaAccording). Only an outlet's
// name ("TASS", "the state news agency RIA Novosti", "Interfax") and only
// "reported": "..., the agency said" is the agency's own word.
func (s *sentence) viaReported() {
	n := len(s.toks)
	v := n - 1
	for v > 0 && s.toks[v].k != kWord {
		v--
	}
	if v < 2 || !s.is(v, "reported") || v+1 < n && !s.isEnd(v+1) {
		return
	}
	c := v - 1
	for c > 0 && c > v-7 && s.toks[c].k == kWord {
		c--
	}
	if !s.punct(c, ",") || c+1 == v {
		return
	}
	if name := s.outletName(c+1, v); name != "" {
		s.viaBefore(name, s.toks[c].s)
	}
}

// outletName returns the capitalised words of tokens [a, e) when they
// name an outlet (a word of the media's, or all in capitals: "TASS"),
// else "".
func (s *sentence) outletName(a, e int) string {
	name := capsOnly(s.t, s.toks[a:e])
	if name == "" || !isMedia(name) && !allCaps(name) {
		return ""
	}
	return name
}

// viaBefore adds the outlet name to the via list of the sentence's
// statements whose cue and content end by byte pos, the comma before the
// phrase that names it.
func (s *sentence) viaBefore(name string, pos int) {
	for k := s.first; k < len(s.x.raws); k++ {
		r := &s.x.raws[k]
		if r.cue[1] <= pos && r.content[1] <= pos && !slices.Contains(r.via, name) {
			r.via = append(r.via, name)
		}
	}
}

// viaPhrases reads an outlet named in the attribution's own words, on the
// cue's side of what was said: "in comments carried by RIA", "in an
// interview published by Kommersant", "in an interview with CNN",
// "Speaking to Rossiya-1 television", "told in an interview on Fox News".
// The outlet joins the statement's via list; one spoken to ("interview
// with", "speaking to") is its audience too when none is told. Only the
// words of the statement's own attribution are read: a clause that runs
// to the sentence's end ("“...,” Lee said, but Aske, speaking to CNN,
// said ...") holds the attributions of the statements after it too, and
// their outlets are theirs.
func (s *sentence) viaPhrases() {
	rs := s.x.raws[s.first:]
	bounds := s.x.attribs.of(rs)
	for k := range rs {
		r := &rs[k]
		lo, hi := bounds.around(r.cue)
		lo, hi = max(lo, r.clause[0]), min(hi, r.clause[1])
		for i := s.tokenFrom(lo); i < len(s.toks) && s.toks[i].s < hi; i++ {
			tk := s.toks[i]
			if tk.k != kWord || tk.e > hi || tk.s >= r.content[0] && tk.e <= r.content[1] {
				continue
			}
			p, spoken := s.outletOpener(i)
			if p == 0 {
				continue
			}
			e := p
			if s.has(e, fDet) {
				e++
			}
			media := false
			for e < len(s.toks) && e < p+6 && s.toks[e].k == kWord && (s.toks[e].cap || s.has(e, fMedia|fMod)) && !s.has(e, fWeekday|fMonth|fRole) {
				if media && !s.mediaWord(e) && !s.mediaAhead(e) {
					break // "NBC News Senior Investigative Correspondent": a title follows the outlet
				}
				media = s.mediaWord(e)
				e++
				if possessive(s.word(e - 1)) {
					break // "Fox News’ Sean Hannity": the outlet's host follows
				}
			}
			name := capsOnly(s.t, s.toks[p:e])
			if name == "" || !isMedia(s.text(p, e)) && !allCaps(name) || insideAny(s.span(p, e), s.x.raws[s.first:]) {
				continue
			}
			if !slices.Contains(r.via, name) {
				r.via = append(r.via, name)
			}
			if spoken && r.audience == "" {
				r.audience = stripPossessive(s.textNoDet(p, e)) // "on CNN’s “State of the Union”": CNN
			}
		}
	}
}

// outletOpener returns the token after the words at i that open an
// outlet's name in an attribution, and whether the outlet was spoken to:
// "carried by", "published by", "broadcast by", "aired by", "interview
// with", "interview on", "speaking to", "talking to". It returns 0 when
// none opens at i.
func (s *sentence) outletOpener(i int) (int, bool) {
	// this runs for every word of every attribution: every opener is a
	// word of five to ten letters before one of two to four, and the word
	// is lowered once into a buffer (no copy made) for one switch
	if i+1 >= len(s.toks) || s.toks[i].e-s.toks[i].s < 5 || s.toks[i].e-s.toks[i].s > 10 || s.toks[i+1].e-s.toks[i+1].s > 4 {
		return 0, false
	}
	var lb [32]byte
	switch string(lowerInto(&lb, s.word(i))) {
	case "carried", "published", "broadcast", "aired", "released":
		if s.is(i+1, "by") {
			return i + 2, false
		}
	case "interview", "interviews":
		if s.is(i+1, "with") || s.is(i+1, "on") {
			return i + 2, true
		}
	case "speaking", "talking":
		if s.is(i+1, "to") || s.is(i+1, "with") {
			return i + 2, true
		}
	}
	return 0, false
}

// mediaWord reports whether token i is a word of an outlet's name
// ("News", "Post", "television"), a possessive ending read off.
func (s *sentence) mediaWord(i int) bool {
	return isMedia(stripPossessive(s.word(i)))
}

// mediaAhead reports whether capitalised words from token i on lead to
// another word of an outlet's name before any role: "FOX Business
// Network", not "NBC News Senior Investigative Correspondent".
func (s *sentence) mediaAhead(i int) bool {
	for ; i < len(s.toks) && s.toks[i].k == kWord && s.toks[i].cap && !s.has(i, fRole); i++ {
		if s.mediaWord(i) {
			return true
		}
	}
	return false
}

// attribSpans holds where the attributions (speaker and cue) of a
// sentence's statements start and end, each list sorted, so that the
// attribution before and after a cue is found without a pass over all
// statements for each (a paragraph with no full stop can hold thousands).
type attribSpans struct{ starts, ends []int }

// of fills b with the attribution spans of rs, reusing its arrays, and
// returns it.
func (b *attribSpans) of(rs []raw) attribSpans {
	b.starts, b.ends = b.starts[:0], b.ends[:0]
	if len(rs) < 2 {
		return *b
	}
	b.starts, b.ends = slices.Grow(b.starts, len(rs))[:len(rs)], slices.Grow(b.ends, len(rs))[:len(rs)]
	for i := range rs {
		r := &rs[i]
		b.starts[i], b.ends[i] = r.cue[0], r.cue[1]
		if sp := r.speaker.span; sp[1] > sp[0] {
			b.starts[i], b.ends[i] = min(b.starts[i], sp[0]), max(b.ends[i], sp[1])
		}
	}
	slices.Sort(b.starts)
	slices.Sort(b.ends)
	return *b
}

// around returns the bytes [lo, hi) between the end of the last
// attribution that ends before the cue and the start of the first that
// starts after it; the cue's own statement, whose attribution holds the
// cue, is neither.
func (b attribSpans) around(cue digest.Span) (lo, hi int) {
	lo, hi = 0, math.MaxInt
	if i := sort.SearchInts(b.ends, cue[0]+1); i > 0 {
		lo = b.ends[i-1] // the last end <= cue[0]
	}
	if i := sort.SearchInts(b.starts, cue[1]); i < len(b.starts) {
		hi = b.starts[i] // the first start >= cue[1]
	}
	return lo, hi
}
