package clip

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/whosaid/whosaid/digest"
)

// A unit is one paragraph candidate: a line of the text (or, in hard-wrapped
// text, a run of lines), trimmed of white space at both ends.
type unit struct {
	start, end  int    // trimmed span in the clipping's Text
	blankBefore bool   // a blank line (or the start of the body) precedes it
	s           string // Text[start:end]
	words       int    // its words, counted up to maxWords
	marker      bool   // a list, quote or heading mark was skipped before start
	header      bool   // an aggregator's header line or a byline: furniture that belongs over an article
}

// maxWords is where word counts stop: every rule about short lines asks
// about fewer words.
const maxWords = 41

// The roles the cleaner gives units.
const (
	roleBody = iota
	roleHeadline
	roleFurniture
	roleContinued // body joined to the block before it
)

// cleaned is what cleaning found besides the blocks.
type cleaned struct {
	blocks    []digest.Block
	headline  string // text of the headline block, folded
	outlet    string // publisher named by page furniture
	author    string // byline
	published string // the date text of a "Published on ..." line
}

// clean splits text[from:] into units, classifies each as headline, article
// prose or page furniture, and returns the blocks of what is kept.
func clean(text string, from int) cleaned {
	units := splitUnits(text, from)
	roles := make([]int, len(units))
	var out cleaned
	st := cleanState{units: units, roles: roles, out: &out, lastKept: -1}
	for i := range units {
		roles[i] = st.classify(i)
		if roles[i] != roleFurniture {
			st.lastKept = i
		}
	}
	captionsOverCredits(units, roles)
	pageDecision(units, roles)
	out.blocks = make([]digest.Block, 0, len(units))
	for i, u := range units {
		switch roles[i] {
		case roleFurniture:
			continue
		case roleContinued:
			if n := len(out.blocks); n > 0 {
				out.blocks[n-1].Span[1] = u.end
				continue
			}
		case roleHeadline:
			out.blocks = append(out.blocks, digest.Block{Span: digest.Span{u.start, u.end}, Kind: digest.BlockHeadline})
			if out.headline == "" {
				out.headline = digest.FoldSpace(strings.TrimLeft(u.s, "# "))
			}
			continue
		}
		out.blocks = append(out.blocks, digest.Block{Span: digest.Span{u.start, u.end}, Kind: digest.BlockBody})
	}
	return out
}

// cleanState carries what classification has seen so far.
type cleanState struct {
	units    []unit
	roles    []int
	out      *cleaned
	lastKept int  // index of the last unit not thrown out; -1 before any
	seenBody bool // the headline or prose has been seen
	prose    bool // a paragraph of prose has been seen
	appeal   bool // inside a donation appeal
	signup   bool // inside a newsletter sign-up
	related  bool // under a label over links to other stories ("Related:")
	header   bool // the last line furniture took was an aggregator's header line
}

// classify returns the role of unit i given the units before it.
func (st *cleanState) classify(i int) int {
	u := st.units[i]
	s := u.s
	if st.continues(i) {
		return roleContinued
	}
	// A line printed twice in a row is a caption and its copy, except that
	// a long paragraph or a title printed twice keeps its first copy.
	if i > 0 && st.units[i-1].s == s {
		return roleFurniture
	}
	if i+1 < len(st.units) && st.units[i+1].s == s && u.words < maxWords && (st.seenBody || !titleLike(s, u.words)) {
		return roleFurniture
	}
	if i == 0 && st.shortHeadline() {
		st.seenBody = true // "Strike looms" over the story: a headline of two words
		return roleHeadline
	}
	if st.furniture(s, u.words, u.marker) {
		st.units[i].header = st.header
		return roleFurniture
	}
	if !st.seenBody && st.headline(i) {
		st.seenBody, st.appeal, st.signup = true, false, false
		return roleHeadline
	}
	if st.appeal {
		if appealLike(s, u.words) {
			return roleFurniture
		}
		st.appeal = false
	}
	if st.signup {
		if signupLike(s) {
			return roleFurniture
		}
		st.signup = false
	}
	if st.prose && relatedLabel(s, u.words) {
		st.related = true
		return roleFurniture
	}
	if st.related && headlineItem(s, u.words) || st.prose && headlineRun(st.units, i) {
		return roleFurniture // related.go
	}
	st.related = false
	if standalone(st.units, i) && (creditLike(s, u.words) || st.seenBody && captionLike(s, u.words)) {
		return roleFurniture
	}
	if buttonLike(s, u.words) {
		return roleFurniture
	}
	st.seenBody, st.prose = true, true
	return roleBody
}

// continues reports whether unit i carries on the sentence of the last kept
// unit: that one stops without sentence punctuation and this one starts in
// lower case, as when a clipper breaks a sentence over a blank line.
func (st *cleanState) continues(i int) bool {
	if st.lastKept < 0 || st.roles[st.lastKept] == roleHeadline {
		return false
	}
	// Only across blank lines or line breaks, not across furniture.
	if st.lastKept != i-1 {
		return false
	}
	prev := st.units[st.lastKept].s
	if endsSentence(prev) || strings.HasSuffix(prev, ":") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(st.units[i].s)
	return unicode.IsLower(r) || st.wrapped(st.lastKept) && unicode.IsLetter(r)
}

// wrapped reports whether unit i is a line of a paragraph hard-wrapped
// line by line with blank lines between (a page's preformatted text
// copied): it continues the line before it, is as long as such lines are,
// and stops in the middle of a sentence, after a word or a comma. The line
// after it carries on the sentence whatever its first letter: "... and
// having random" / "RCS files lying around ...".
func (st *cleanState) wrapped(i int) bool {
	u := st.units[i]
	if st.roles[i] != roleContinued || len(u.s) < wrapMin || len(u.s) > wrapMax {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(u.s)
	return unicode.IsLetter(r) || r == ','
}

// wrapMin and wrapMax bound the length in bytes of a hard-wrapped line:
// text wrapped at 60 to 80 columns.
const (
	wrapMin = 40
	wrapMax = 100
)
