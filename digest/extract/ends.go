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
// "..., and that ..." goes on with what was said, and "but" is left alone
// (train's annotations run a reported clause on over ", but <subject>" as
// often as they stop it). Measured on PolNeAR train folds: docs/extractor.md,
// "Which statements exist", "Where reported clauses end".

package extract

import (
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
		if i < a+minReported && s.toks[i].k != kQuote {
			continue
		}
		if s.punct(i, "—") || s.punct(i, "–") || s.punct(i, "-") || s.punct(i, "--") {
			// "— he is", "- Republicans are": a clause of its own after a
			// dash that closes no aside
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
		if s.coordinateClause(i+1) || (rel || sub) && (s.verbAt(s.skipAdverb(i+1)) || s.mainClause(i+1)) {
			return cut
		}
		if !rel && !sub && cut == i && s.spliceClause(i+1) && s.clauseBefore(a, i) && !s.subordinateIn(a, i) && !(s.toks[i-1].cap && s.toks[i+1].cap) {
			return cut // "520 delegates have said they support Clinton, 39 have said ..."
		}
	}
	return b
}

// coordinateClause reports whether a conjunction at i opens a clause with
// a subject and a verb of its own: "and the ACLU has", "while China's
// ministry also weighed", "even though many backed".
func (s *sentence) coordinateClause(i int) bool {
	switch {
	case s.is(i, "even") && (s.is(i+1, "though") || s.is(i+1, "as")):
		i += 2
	case s.is(i, "and") || s.is(i, "while") || s.is(i, "whereas") || s.is(i, "yet") || s.is(i, "though") || s.is(i, "although"):
		i++
	default:
		return false
	}
	return s.subjectVerb(i, 4)
}

// subjectVerb reports whether a subject starts at i and a finite verb
// follows it within span words: "the ACLU of Ohio has", "he continued",
// "Johnson has risen". "that" opens no subject here ("and that ...": what
// was said goes on).
func (s *sentence) subjectVerb(i, span int) bool {
	if i >= len(s.toks) || s.toks[i].k != kWord || s.is(i, "that") || s.is(i, "and") || s.is(i, "but") || s.is(i, "or") ||
		s.is(i, "which") || s.is(i, "who") || s.is(i, "as") {
		return false
	}
	tk := s.toks[i]
	if !tk.cap && tk.w.f&(fPronoun|fDet|fQuant) == 0 && !s.is(i, "there") {
		return false
	}
	// the words of a name count as one: "the American Civil Liberties
	// Union of Ohio has"
	for k, n := i+1, 1; k < len(s.toks) && n <= span && k <= i+maxNP; k++ {
		if s.toks[k].k != kWord {
			return false
		}
		if s.finiteAt(s.skipAdverb(k)) {
			return true
		}
		if !s.toks[k].cap && !(s.is(k, "of") && s.toks[k-1].cap) {
			n++
		}
	}
	return false
}

// skipAdverb returns the token after an adverb at i ("still", "quickly"),
// else i.
func (s *sentence) skipAdverb(i int) int {
	if i < len(s.toks) && s.toks[i].k == kWord && !s.toks[i].cap {
		w := lowerASCII(s.word(i))
		if len(w) > 4 && strings.HasSuffix(w, "ly") && w != "only" && w != "family" || s.has(i, fNeg) ||
			w == "still" || w == "also" || w == "already" || w == "now" || w == "then" || w == "later" || w == "soon" || w == "just" || w == "often" {
			return i + 1
		}
	}
	return i
}

// finiteAt reports whether token i reads as a finite verb: an auxiliary
// or a lower-case form in -ed or -s ("has", "continued", "carves").
func (s *sentence) finiteAt(i int) bool {
	if i >= len(s.toks) || s.toks[i].k != kWord || s.toks[i].cap {
		return false
	}
	w := lowerASCII(s.word(i))
	switch w {
	case "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "should", "may", "might", "must", "did", "does", "do":
		return true
	}
	return len(w) > 3 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"))
}

// How the clause that holds a cue sits in its sentence (cueClause).
const (
	clauseMain     = iota // the sentence's own clause, or one not told apart
	clauseOpening         // a subordinate clause opening the sentence: its main clause comes after a comma
	clauseEmbedded        // a clause between a subject and its verb: the verb comes after a comma
)

// cueClause tells where the clause of the cue before content token a sits:
// the stretch of words back to the last punctuation is that clause, and
// it is subordinate when it opens with a subordinating conjunction ("When
// Trump said ...", "However, while the committee says ...", "Now that
// Jones has claimed ...") or opens the sentence with a preposition and
// holds a relative or a subordinator ("Among those who said ...", "In a
// year in which most voters say ..."). After a comma that follows a
// subject, a relative or a subordinate clause stands between the subject
// and its verb ("Lee, though she praised the plan and said ..., voted
// against it", "Roffman, who estimates that ..., described ...").
func (s *sentence) cueClause(a int) int {
	if a < 2 || a > len(s.toks) || s.toks[a-1].k != kWord {
		return clauseMain // "As Lee noted, ...": what was said is the main clause
	}
	st := a - 1
	for st > 0 && a-st < 30 && s.toks[st-1].k == kWord {
		st--
	}
	if st > 0 && s.toks[st-1].k == kWord {
		return clauseMain
	}
	k := st
	for s.is(k, "but") || s.is(k, "and") || s.is(k, "yet") || s.is(k, "so") || s.is(k, "even") || s.is(k, "just") || s.is(k, "only") {
		k++
	}
	if s.is(k, "now") && s.is(k+1, "that") {
		k++ // "Now that ..."
	}
	sub := k < a-1 && subordinators[lowerASCII(s.word(k))]
	// the sentence opens here, or after one to three words and a comma ("However, while ...")
	opening := st == 0
	if !opening && st >= 2 && st <= 4 && s.punct(st-1, ",") && s.toks[0].cap {
		opening = true
		for j := 0; j < st-1; j++ {
			if s.toks[j].k != kWord {
				opening = false
			}
		}
	}
	if opening && sub {
		return clauseOpening
	}
	if opening && (s.has(st, fPrep) || openingPreps[lowerASCII(s.word(st))]) {
		for j := st + 1; j < a-1; j++ {
			w := lowerASCII(s.word(j))
			if w == "who" || w == "which" || w == "whom" || w == "whose" || subordinators[w] && w != "as" {
				return clauseOpening // "Among those who said ...", "In the months since announcing ..."
			}
		}
	}
	if st >= 2 && s.punct(st-1, ",") && s.toks[st-2].k == kWord && (sub || s.is(k, "who") || s.is(k, "which")) {
		return clauseEmbedded
	}
	return clauseMain
}

// openingPreps are prepositions beyond the lexicon's fPrep that open a
// phrase before a sentence's main clause.
var openingPreps = map[string]bool{"among": true, "for": true, "of": true, "by": true, "under": true, "unlike": true, "like": true, "within": true, "without": true, "against": true, "about": true, "since": true}

// spliceClause reports whether a clause of its own starts at i after a
// comma, its subject no list ("39 have said", "a charge that leaders
// denied"; not "Hispanic and young voters who came").
func (s *sentence) spliceClause(i int) bool {
	if i < len(s.toks) && s.toks[i].k == kWord && isDigit(s.t[s.toks[i].s]) {
		return s.verbAt(s.skipAdverb(i + 1)) // "39 have said"
	}
	if !s.subjectVerb(i, 3) {
		return false
	}
	for k := i + 1; k < len(s.toks) && k <= i+maxNP; k++ {
		if s.is(k, "and") || s.is(k, "or") {
			return false
		}
		if s.finiteAt(s.skipAdverb(k)) {
			return true
		}
	}
	return false
}

// clauseBefore reports whether tokens [a, e) read as a clause of their
// own, not a phrase that opens one ("by the end of the month,", "despite
// the limits,"): they open with no preposition or subordinator and hold
// a verb.
func (s *sentence) clauseBefore(a, e int) bool {
	for k := e - 1; k > a; k-- {
		if s.toks[k].k != kWord || s.is(k, "that") || s.is(k, "and") || s.is(k, "but") {
			a = k + 1 // the last clause: "..., and in addition to a meeting,"
			break
		}
	}
	if a >= e || s.toks[a].k != kWord || s.has(a, fPrep|fQuestion) || subordinators[lowerASCII(s.word(a))] || openingPreps[lowerASCII(s.word(a))] {
		return false
	}
	if w := lowerASCII(s.word(a)); strings.HasSuffix(w, "ly") || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed") {
		return false
	}
	if s.has(a, fPronoun) && a+1 < e && !s.toks[a+1].cap {
		return true // "they support Clinton"
	}
	for k := a + 1; k < e; k++ {
		if s.verbAt(k) {
			return true
		}
	}
	return false
}

// objectContent reports whether content tokens [a, e) are the cue's
// object or an infinitive, not a clause: no "that", subject pronoun or
// quotation opens them and they hold no finite verb ("self-defense",
// "to keep abortion legal", "Sanders of being inactive").
func (s *sentence) objectContent(a, e int) bool {
	if a >= e || s.toks[a].k != kWord || s.is(a, "that") || s.has(a, fPronoun|fQuestion) || s.punct(a-1, ":") || s.is(a-1, "that") {
		return false
	}
	return !s.hasQuote(a, e) && !s.hasVerb(a, e)
}

var auxiliaries = map[string]bool{"is": true, "was": true, "has": true, "does": true}

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
		if s.toks[j].k == kStop || s.toks[j].k == kQuote {
			return false
		}
		if s.punct(j, ",") || s.dashEnding(j) >= 0 {
			return s.verbAt(s.skipAdverb(j + 1))
		}
	}
	return false
}

// hasVerb reports whether tokens [a, e) hold a finite verb: an auxiliary,
// a past form, a negated auxiliary, or a form in -s after its subject
// ("Clinton wants"; not the plural in "new bus lanes").
func (s *sentence) hasVerb(a, e int) bool {
	for k := a; k < e; k++ {
		if s.toks[k].k != kWord || s.toks[k].cap || !s.verbAt(k) {
			continue
		}
		if w := lowerASCII(s.word(k)); strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "'s") && !auxiliaries[w] && k > a && !s.toks[k-1].cap && !s.has(k-1, fPronoun) {
			continue
		}
		return true
	}
	return false
}

// deedAt reports whether a verb phrase of its own starts at i: an
// auxiliary ("was acquitted", "has repeatedly characterized"), a past
// form with its object ("defended Trump", "spiked it") or a participle
// with its object ("making his pitch"); not an adjective ("tired and
// frustrated voters").
func (s *sentence) deedAt(i int) bool {
	if i+1 >= len(s.toks) || s.toks[i].k != kWord || s.toks[i].cap {
		return false
	}
	switch lowerASCII(s.word(i)) {
	case "has", "have", "had", "was", "were", "is", "are", "will", "would":
		return true
	}
	n := s.toks[i+1]
	object := n.k == kQuote || n.k == kWord && (n.cap || n.w.f&(fPronoun|fDet|fObject) != 0)
	w := lowerASCII(s.word(i))
	return object && (pastForms[w] || len(w) > 4 && strings.HasSuffix(w, "ed")) || s.ingForm(i)
}

// subordinateIn reports whether tokens [a, e) hold a subordinator, whose
// clause a comma may close before the main clause goes on.
func (s *sentence) subordinateIn(a, e int) bool {
	for k := a; k < e; k++ {
		if s.toks[k].k == kWord && (subordinators[lowerASCII(s.word(k))] || s.has(k, fQuestion) || s.is(k, "however") || s.is(k, "given") || s.is(k, "even")) {
			return true
		}
	}
	return false
}

// subordinators open a clause that cannot stand alone.
var subordinators = map[string]bool{
	"although": true, "though": true, "while": true, "if": true, "when": true, "as": true, "because": true,
	"since": true, "after": true, "before": true, "whereas": true, "once": true, "until": true, "unless": true,
}

// mainClause reports whether a main clause starts at i: a subject, then
// within a few words a verb ("the council voted", "most in both states
// supported", "employee benefits aren't").
func (s *sentence) mainClause(i int) bool {
	if s.subjectVerb(i, 5) {
		return true
	}
	if i >= len(s.toks) || s.toks[i].k != kWord || s.has(i, fPrep|fSub|fRelative|fClauseEnd) || s.is(i, "and") || s.is(i, "or") {
		return false
	}
	if w := lowerASCII(s.word(i)); strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ly") {
		return false
	}
	for k := i + 1; k < len(s.toks) && k <= i+6; k++ {
		if s.toks[k].k != kWord || s.has(k, fSub|fRelative) {
			return false
		}
		if s.verbAt(s.skipAdverb(k)) {
			return true
		}
	}
	return false
}

// pastForms are verbs in the past whose form does not end in -ed.
var pastForms = map[string]bool{
	"said": true, "told": true, "made": true, "took": true, "came": true, "went": true, "gave": true, "found": true,
	"thought": true, "knew": true, "held": true, "kept": true, "brought": true, "felt": true, "led": true, "met": true,
	"paid": true, "sent": true, "spent": true, "stood": true, "got": true, "became": true, "began": true, "saw": true,
	"wrote": true, "spoke": true, "chose": true, "drew": true, "grew": true, "fell": true, "rose": true, "ran": true,
	"won": true, "heard": true, "built": true, "sold": true, "put": true, "yelled": true,
}

// verbAt reports whether token i reads as a finite verb: finiteAt's forms,
// a past form of its own ("said", "put") or a negated auxiliary ("aren't").
func (s *sentence) verbAt(i int) bool {
	if s.finiteAt(i) {
		return true
	}
	if i >= len(s.toks) || s.toks[i].k != kWord || s.toks[i].cap {
		return false
	}
	w := lowerASCII(s.word(i))
	return pastForms[w] || strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t")
}

// quoteEndsComma reports whether quotation q ends with a comma inside its
// marks: "“... citizens,” the crowd".
func quoteEndsComma(t string, q token) bool {
	in := strings.TrimRight(t[q.is:q.ie], " '’\"”")
	return strings.HasSuffix(in, ",")
}

// cueInRelative reports whether the cue before content token a sits in a
// relative clause: "Sanders, who said ...", "who has long said ...".
func (s *sentence) cueInRelative(a int) bool {
	for k := a - 1; k >= 0 && k >= a-6; k-- {
		if s.is(k, "who") || s.is(k, "which") {
			return true
		}
		if s.toks[k].k != kWord {
			return false
		}
	}
	return false
}

// cueInOpening reports whether the cue before content token a sits in a
// subordinate clause that opens the sentence: "While the president said
// ...", "Even as he said ...", with no comma before it.
func (s *sentence) cueInOpening(a int) bool {
	if len(s.toks) == 0 || s.toks[0].k != kWord || !s.toks[0].cap {
		return false
	}
	f := 0
	if s.is(0, "but") || s.is(0, "and") || s.is(0, "yet") {
		f = 1 // "But while ..."
	}
	switch lowerASCII(s.word(f)) {
	case "although", "though", "while", "if", "when", "as", "because", "since", "after", "before", "whereas", "once", "until", "unless":
	case "even":
		if !s.is(f+1, "though") && !s.is(f+1, "as") && !s.is(f+1, "if") && !s.is(f+1, "after") && !s.is(f+1, "when") && !s.is(f+1, "before") {
			return false
		}
	default:
		return false
	}
	for k := f + 1; k < a; k++ {
		if s.toks[k].k != kWord {
			return false
		}
	}
	return true
}

// attributive reports whether the verb of speech at cue is a participle
// that modifies the noun after it, not a verb with a subject: "271 pledged
// delegates", "the announced absence of Sen. McCain", "Clinton's pledged
// delegates". After an article, a possessive or a number, a form in -ed
// followed by a plain word is the noun phrase's, and says nothing.
func (s *sentence) attributive(cue digest.Span) bool {
	j := s.tokenAt(cue[0])
	if j <= 0 || j+1 >= len(s.toks) || s.toks[j].cap || !strings.HasSuffix(lowerASCII(s.word(j)), "ed") {
		return false
	}
	p, n := s.word(j-1), s.toks[j+1]
	// "who's argued", "he’s predicted": has, not a possessive
	stem, poss := strings.CutSuffix(lowerASCII(p), "'s")
	if !poss {
		stem, poss = strings.CutSuffix(lowerASCII(p), "’s")
	}
	switch stem {
	case "he", "she", "it", "who", "that", "there", "what", "where", "here", "one", "everyone", "nobody":
		poss = false
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
	// a rubric alone, or a kind of item after a topic ("Delegate Update:")
	w := lowerASCII(s.word(c - 1))
	return s.toks[c-1].k == kWord && rubrics[w] && (c-1 == st || w == "update" || w == "notice" || w == "correction")
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
