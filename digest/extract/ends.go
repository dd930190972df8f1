// Where a reported clause gives way to the writer's own: the comma after
// which a clause with a subject and a verb of its own goes on in the
// writer's voice.
//
// News prose reports speech inside longer sentences, and what follows
// the reported clause is often the writer's again:
//
//   - a coordinated clause with a subject of its own, after a comma or a
//     dash: "Protest groups say the rules are about visibility, and the
//     American Civil Liberties Union of Ohio has already sued",
//     "..., while China's foreign ministry also weighed in", "..., even
//     though many of the drivers backed Cruz";
//   - the main clause after a relative clause that holds the cue: "Sanders,
//     who said he would debate the front-runner, criticized Clinton";
//   - the main clause after a subordinate clause that opens the sentence
//     and holds the cue: "While the president said he opposes sending
//     troops, his administration carves out exceptions", "However, while
//     the committee says ..., it has ...", "..., and when X said ..., a
//     man yelled", "Among those who said ..., most backed ...", or that
//     stands between a subject and its verb: "Lee, though she praised the
//     plan and said ..., voted against it";
//   - a clause of its own after a comma, with no conjunction, after a
//     reported clause that holds a verb and no subordinate clause: "520
//     delegates have said they support Clinton, 39 have said ...", "...
//     was rigged, a charge that party leaders denied".
//
//   - after an object or an infinitive, "and" and a verb phrase of its
//     own: "claimed self-defense and was acquitted" (the subject's next
//     deed).
//
// "..., and that ..." goes on with what was said, and so do ", but not
// ...", ", but also ..." and a relative clause inside the reported clause's
// subject ("the talks, which began in 2009, remained ..."); ", but
// <subject>" is left alone (train's annotations run a reported clause on
// over it as often as they stop it). A connective opening a sentence whose
// attribution comes after it ("Still, ...") is the writer's. The clauses
// are read in clause.go. Measured on PolNeAR train folds:
// docs/extractor/cues.md, "Where reported clauses end".

package extract

import (
	"bytes"
	"strings"

	"github.com/whosaid/whosaid/digest"
)

// minReported is the fewest tokens a reported clause keeps before a cut.
const minReported = 3

// writersEnd returns where content tokens [a, b), which follow their cue,
// give way to a clause of the writer's own: the comma before it, else b.
func (s *sentence) writersEnd(a, b int) int {
	if b-a <= minReported || a <= 0 {
		return b
	}
	rel, sub := s.cueInRelative(a), s.cueInOpening(a)
	switch s.cueClause(a) {
	case clauseOpening:
		sub = true
	case clauseEmbedded:
		rel = true
	}
	aside := false // a dash seen: the next one may close an aside
	for i := a; i+2 < b; i++ {
		if i < a+minReported && s.toks[i].k != kQuote || s.toks[i].k != kPunct && s.toks[i].k != kQuote {
			continue // only a dash, a comma or a quotation is read below
		}
		if s.punct(i, "—") || s.punct(i, "–") || s.punct(i, "-") || s.punct(i, "--") {
			// "— he is", "- Republicans are": a clause of its own after a
			// dash that closes no aside
			if !aside && s.dashGloss(i, b) {
				return i // ends_dash.go: "... — asserting that ...", "... — though none ..."
			}
			if aside || s.punct(i+1, "-") {
				aside = true // "--" read as two dashes: one
				continue
			}
			aside = true
			if s.coordinateClause(i+1) || s.subjectVerb(i+1, 3) && !s.has(i+1, fDet) {
				for i > a && s.toks[i-1].k == kPunct {
					i-- // "--" read as two dashes
				}
				return i // "... in 2018 - though it is unclear whether ..."
			}
			continue
		}
		cut := i
		if s.toks[i].k == kQuote && (rel || sub) && quoteEndsComma(s.t, s.toks[i]) {
			cut = i + 1 // "... said he would “protect them,” the crowd applauded"
		} else if !s.punct(i, ",") {
			continue
		}
		if s.coordinateClause(i+1) && !s.whileGoesOn(a, i) || (rel || sub) && (s.verbAt(s.skipAdverb(i+1)) || s.mainClause(i+1)) {
			return cut
		}
		if cut == i && s.participleClause(i+1) {
			return cut // "vowed to block the nominee, meaning that the court ...": the writer's gloss
		}
		if !rel && !sub && cut == i && s.spliceClause(i+1) && s.clauseBefore(a, i) && !s.subordinateIn(a, i) && !(s.toks[i-1].cap && s.toks[i+1].cap) {
			return cut // "520 delegates have said they support Clinton, 39 have said ..."
		}
	}
	return b
}

// participleClause reports whether a participle clause opens at i, after
// a comma: an -ing form with its object or complement that is no
// preposition ("reversing its policy", "citing legal risks"; not
// "including the cost", "according to").
func (s *sentence) participleClause(i int) bool {
	if !s.ingForm(i) || s.toks[i].w.f != 0 {
		return false
	}
	return !s.prepositionIng(i)
}

// contrastConj reports whether token i is a conjunction that opens a
// clause set against the one before, with a subject of its own: "while",
// "whereas", "yet", "though", "although" (coordinateClause, subject.go
// clauseSpeaker).
func (s *sentence) contrastConj(i int) bool {
	return s.is(i, "while") || s.is(i, "whereas") || s.is(i, "yet") || s.is(i, "though") || s.is(i, "although")
}

// coordinateClause reports whether a conjunction at i opens a clause with
// a subject and a verb of its own: "and the ACLU has", "while China's
// ministry also weighed", "even though many backed".
func (s *sentence) coordinateClause(i int) bool {
	switch {
	case s.is(i, "even") && (s.is(i+1, "though") || s.is(i+1, "as")):
		i += 2
	case s.is(i, "and") || s.contrastConj(i):
		i++
	default:
		return false
	}
	return s.subjectVerb(i, 4)
}

// contrastWords go on a statement after "but" or "and": "..., but not
// women who seek them", "..., but also to bring stability", "not just the
// swing states, but only ...". Train's annotations run a reported clause
// on over ", but" or ", and" and such a word 21 times in 23 (over "but" or
// "and" and such a word without the comma, 36 times in 37).
var contrastWords = map[string]bool{
	"not": true, "also": true, "only": true, "rather": true, "instead": true, "even": true,
	"never": true, "just": true, "still": true, "more": true,
}

// contrast reports whether token i is one of contrastWords.
func (s *sentence) contrast(i int) bool {
	return i < len(s.toks) && s.toks[i].k == kWord && contrastWords[lowerASCII(s.word(i))]
}

// connectives are the words with which a writer links a sentence to the
// one before ("Still, ...", "In fact, ...", "What's more, ..."): not part
// of what a speaker said when the attribution comes after.
var connectives = map[string]bool{
	"however": true, "still": true, "meanwhile": true, "nevertheless": true, "nonetheless": true, "moreover": true,
	"furthermore": true, "indeed": true, "also": true, "separately": true, "additionally": true, "yet": true, "besides": true, "even so": true,
	"what's more": true, "what’s more": true, "in fact": true, "in contrast": true, "by contrast": true,
	"in particular": true, "in addition": true, "for example": true, "for instance": true, "of course": true,
	"after all": true, "in short": true,
}

// connective returns the number of words of a connective at token a, or 0.
func (s *sentence) connective(a int) int {
	var lb [32]byte
	for n := 3; n >= 1; n-- {
		if a+n > len(s.toks) {
			continue
		}
		words := true
		for k := a; k < a+n; k++ {
			words = words && s.toks[k].k == kWord
		}
		if words && connectives[string(lowerInto(&lb, s.t[s.toks[a].s:s.toks[a+n-1].e]))] {
			return n
		}
	}
	return 0
}

// subjectRelative reports whether the relative clause after the comma at
// i stands inside the subject of a reported clause whose verb comes after
// it: "the special entities, which hold his wealth, are ...", "Gov. Ann
// Lee, who took office in 2013, will sign ...". The last clause of
// content tokens [a, i) has no finite verb yet, and after the comma that
// closes the relative, a verb goes on.
func (s *sentence) subjectRelative(a, i int) bool {
	if !s.is(i+1, "which") && !s.is(i+1, "who") && !s.is(i+1, "where") && !s.is(i+1, "whose") {
		return false
	}
	for k := i - 1; k > a; k-- {
		if s.is(k, "that") || s.has(k, fQuestion) || subordinators[lowerASCII(s.word(k))] || s.toks[k].k != kWord {
			a = k + 1
			break
		}
	}
	if i <= a || s.hasVerb(a, i) {
		return false
	}
	for j := i + 2; j < len(s.toks) && j <= i+25; j++ {
		if s.toks[j].k == kStop {
			return false
		}
		// "the deal, which critics called “a giveaway,” would cost": a
		// quotation inside the relative clause, its comma within the marks
		if s.punct(j, ",") || s.dashEnding(j) >= 0 || s.toks[j].k == kQuote && quoteEndsComma(s.t, s.toks[j]) {
			return s.verbAt(s.skipAdverb(j + 1))
		}
	}
	return false
}

// quoteEndsComma reports whether quotation q ends with a comma inside its
// marks: "“... citizens,” the crowd".
func quoteEndsComma(t string, q token) bool {
	in := strings.TrimRight(t[q.is:q.ie], " '’\"”")
	return strings.HasSuffix(in, ",")
}

// attributive reports whether the verb of speech at cue is a participle
// that modifies the noun after it, not a verb with a subject: "271 pledged
// delegates", "the announced absence of Sen. McCain", "Clinton's pledged
// delegates". After an article, a possessive or a number, a form in -ed
// followed by a plain word is the noun phrase's, and says nothing.
func (s *sentence) attributive(cue digest.Span) bool {
	j := s.tokenAt(cue[0])
	if j <= 0 || j+1 >= len(s.toks) || s.toks[j].cap || !hasSuffixFold(s.word(j), "ed") {
		return false
	}
	p, n := s.word(j-1), s.toks[j+1]
	// "who's argued", "he’s predicted": has, not a possessive
	var lb [32]byte
	lp := lowerInto(&lb, p)
	stem, poss := bytes.CutSuffix(lp, []byte("'s"))
	if !poss {
		stem, poss = bytes.CutSuffix(lp, []byte("’s"))
	}
	switch string(stem) {
	case "he", "she", "it", "who", "that", "there", "what", "where", "here", "one", "everyone", "nobody":
		poss = false
	}
	if s.prepAttributive(j) {
		return true // "a combination of pledged and super delegates" (attributive_prep.go)
	}
	before := s.is(j-1, "the") || s.is(j-1, "a") || s.is(j-1, "an") || poss ||
		s.toks[j-1].k == kWord && p[0] >= '0' && p[0] <= '9'
	return before && n.k == kWord && !n.cap && n.w.f&(fPronoun|fDet|fPrep|fSub|fRelative|fQuant) == 0
}

// rubrics are the labels newsrooms put before a colon in a headline or at
// a paragraph's start to say what kind of item follows ("Breaking: ...",
// "UPDATE: ...", "Paid Notice: ..."): a kind of text, not its author.
var rubrics = map[string]bool{
	"breaking": true, "update": true, "updated": true, "correction": true, "clarification": true,
	"bombshell": true, "boom": true, "exclusive": true, "developing": true, "alert": true,
	"watch": true, "look": true, "video": true, "photos": true, "listen": true, "live": true,
	"notice": true, "editorial": true, "opinion": true, "analysis": true,
	// kinds of article: "Interview: The scientist who mapped the ocean floor"
	"interview": true, "review": true, "explainer": true, "profile": true, "obituary": true,
	"preview": true, "recap": true, "factbox": true, "timeline": true,
	"transcript": true, "podcast": true, "commentary": true, "comment": true, "column": true, "dispatch": true, "feature": true,
	// what befell the item, the participles of tabloid kickers: "Revealed:
	// What the videos contain", "BUSTED: ...", "Just Leaked: ..."
	"revealed": true, "busted": true, "leaked": true, "exposed": true, "caught": true,
}

// label reports whether the colon cue's speaker m is a label, not someone
// speaking: a rubric ("Breaking:", "Paid Notice:"), or the byline of an
// article a roundup quotes ("“...,” by Times’ Michael Paulson: “...”"),
// whose text is the article's, not something its writer said.
func (s *sentence) label(m mention, cue digest.Span) bool {
	if s.t[cue[0]:cue[1]] != ":" {
		return false
	}
	st, c := s.tokenAt(m.span[0]), s.tokenAt(cue[0])
	if st < 0 || c <= st {
		return false
	}
	// the outlet before the name: "by The Wall Street Journal’s Jo Lee:"
	k := st - 1
	for k >= 0 && st-k <= 5 && s.toks[k].k == kWord && s.toks[k].cap {
		k--
	}
	if s.is(k, "by") {
		return true
	}
	// a rubric alone ("Just Leaked:" too), or a kind of item after a topic
	// ("Delegate Update:")
	w := lowerASCII(s.word(c - 1))
	return s.toks[c-1].k == kWord && rubrics[w] && (c-1 == st || c-2 == st && (s.is(st, "just") || s.is(st, "now")) || w == "update" || w == "notice" || w == "correction")
}

// works are nouns for a work whose title a quotation may give.
var works = map[string]bool{
	"book": true, "memoir": true, "autobiography": true, "novel": true, "show": true, "program": true,
	"programme": true, "film": true, "movie": true, "documentary": true, "column": true, "essay": true,
	"song": true, "album": true, "series": true, "podcast": true, "titled": true, "entitled": true, "headlined": true,
}

// title reports whether the quotation at token q names a work, not what
// was said: it stands in apposition to a noun of a work or after an
// outlet's possessive ("in his 2012 book, ”An American Son.”", "on
// MSNBC’s “Morning Joe.”").
func (s *sentence) title(q int) bool {
	p := q - 1
	if s.punct(p, ",") {
		p--
	}
	if p < 0 || s.toks[p].k != kWord {
		return false
	}
	w := s.word(p)
	return works[lowerASCII(w)] || p == q-1 && s.toks[p].cap && (strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "'s"))
}

// topic reports whether tokens [a, e) after a colon are a phrase with no
// verb and no subject of its own ("Kasich: Now or never", "Christie: A
// closing surge"): a headline's topic for the name before the colon, not
// something the name said ("Trump: Clinton should have congratulated me",
// "Clinton: I support D.C. statehood" are).
func (s *sentence) topic(a, e int) bool {
	for k := a; k < e && k < len(s.toks); k++ {
		tk := s.toks[k]
		if tk.k == kQuote || tk.k == kStop && s.word(k) == "?" {
			return false
		}
		if tk.k != kWord {
			continue
		}
		w := lowerASCII(s.word(k))
		if s.finiteAt(k) || tk.w.f&(fPronoun|fQuestion) != 0 || strings.ContainsAny(w, "'’") || w == "cannot" ||
			tk.cap && k > a && (strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "ed")) {
			return false // a verb in a headline's capitals: "Trump Stirs ..."
		}
	}
	return true
}

// contrastClause returns where content tokens [b, e), which go on past a
// reported clause ending at b, open a contrast with a subject of its own
// that is no pronoun: ", but the turnout was higher", ", but Democrats
// have pushed ...". The rules end what was said there (contentEnd); the
// end model, which may carry an end further, does not carry it over such
// a clause, which tells of others than the speaker. It returns e when
// there is none.
func (s *sentence) contrastClause(b, e int) int {
	for i := b; i+3 < e; i++ {
		if s.punct(i, ",") && s.is(i+1, "but") && !s.has(i+2, fPronoun) && !s.contrast(i+2) && s.subjectVerb(i+2, 4) {
			return i
		}
	}
	return e
}
