// What a cue's noun-phrase object covers. Some verbs of speech take a
// thing said rather than a clause: "denied the charges", "reiterated
// them", "predicted an overwhelming victory", "asserted responsibility
// for the attack". Such an object ends where the noun phrase does, and
// the words after it are the writer's: where or when it was said ("on
// his radio show Thursday", "through his lawyer"), an appositive about
// it (", the worst bloodshed in decades"), or the subject's next deed
// ("and was acquitted"). A reported clause ("said the relocation will
// draw visitors") has a verb of its own and goes on.

package extract

import "strings"

// objectEnd returns where content tokens [a, b) end when they follow the
// cue at j as its noun-phrase object: before the first date, preposition
// of circumstance or "and"/"but" with a verb after the noun phrase, else
// before its first comma, dash or bracket. It returns b when the content
// reads as a clause (a subject pronoun, a finite verb before the first
// comma, "that" or a quotation further on: "wrote the paper, The Chief,
// that ..."), when it opens with a quotation, an adverb or a preposition,
// after "that" or a colon, or when the cue names, asks, tells or requests
// (their objects have readings of their own: "called him a liar", "urged
// the Council to ..."). It reports false when the object is a thing
// added, no words: "the economy added 292,000 jobs", "adds another
// element to the mix" ("add" says something only with a clause or a
// quotation: "added that ...", "added a caveat: “...”"), and when it is a
// thing written with no words in it: "wrote a children's book"
// (object_made.go).
func (s *sentence) objectEnd(j, a, b int) (int, bool) {
	if s.punct(j, ":") {
		return b, true // "OKAFOR: At least twelve more.": a colon's words are what was said, whatever they open with
	}
	if j >= 0 && a > j && !s.headline && s.adjunctsOnly(j, a, b) {
		return b, false // "testified voluntarily in 1998", "said pleasantly into the phone"
	}
	if j >= 0 && !s.headline && s.addsParticle(j, a) {
		return b, false // addthing.go: "those promises add up to $8.5 million"
	}
	infinitive := a == j+1 && s.infinitiveNoun(a) // "announced plans to cut jobs"
	if j < 0 || a <= j || s.headline || !s.objectOpensForm(a, infinitive) {
		return b, true // (a verb's form right after the cue, before "to", is a noun and its infinitive: no subject stands before it)
	}
	if s.toks[j].w.f&(fCall|fAsk|fTell|fDirective|fQuoted) != 0 || s.is(a-1, "that") || s.punct(a-1, ":") || s.punct(a-1, ",") {
		return b, true
	}
	if s.is(a-1, "as") && a-1 > j {
		return b, true // "described it as a stable but declining resource": a description, whole (cue_described.go)
	}
	cut, np := s.nounObject(a, b, sayForm(lowerASCII(s.word(j))))
	if !np {
		return b, true
	}
	if s.handsOver(j) && !s.hasQuote(a, b) && !s.colonSays(a, b) {
		return b, false
	}
	if cut < 0 || b-a < 2 {
		return b, !s.madeThing(j, a, b) // object_made.go: "wrote a children's book"
	}
	if infinitive && s.toks[cut].k == kPunct {
		return b, true // "reiterated plans to try to win delegates, including those ..., to back him": the infinitive's words go on past a comma
	}
	for i := cut; i < b; i++ {
		if s.is(i, "that") && s.clauseOpens(i+1) || s.toks[i].k == kQuote {
			return b, true // what was said comes later: "acknowledged for the first time Friday that ..."
		}
	}
	return cut, !s.madeThing(j, a, cut)
}

// infinitiveNoun reports whether token a is a plural noun with its
// infinitive after it ("plans to cut", "moves to retire"): a form in -s,
// then "to" and a plain lower-case word, not a number or a noun phrase
// ("rose to 4 percent", "talks to the press").
func (s *sentence) infinitiveNoun(a int) bool {
	if a+2 >= len(s.toks) || !s.is(a+1, "to") || s.toks[a].k != kWord || s.toks[a].cap {
		return false
	}
	var lb [32]byte
	if w := lowerInto(&lb, s.word(a)); len(w) < 4 || !sForm(string(w)) {
		return false
	}
	v := s.toks[a+2]
	return v.k == kWord && !v.cap && v.w.f&(fDet|fPronoun|fObject|fPrep|fNumber|fQuant) == 0 && !isDigit(s.t[v.s])
}

// adjunctsOnly reports whether the words [a, b) after cue j tell only how,
// when or where something was said: they open with a date, an adverb in
// -ly or a preposition or subordinator of circumstance, and hold no finite
// verb, quotation, colon, "that" or topic ("insisted Thursday during a tour of
// morning shows", "said as she turned around", "testified voluntarily in
// 1998"); the verb reports nothing. An infinitive or a preposition a verb
// takes ("pledged to", "called for", "talked about") is left alone.
// objectCut's prepositions differ: "on" after the verb is as often its
// topic ("commented on the ruling"; with it here, train CV lost 4 correct
// statements); "in", "from", "by" and "as" inside an object's noun phrase
// mostly belong to the noun ("the charges in the case"; one list for both
// lost 11).
func (s *sentence) adjunctsOnly(j, a, b int) bool {
	if s.toks[j].w.f&(fCall|fAsk|fTell|fDirective|fQuoted) != 0 || s.toks[a].k != kWord {
		return false
	}
	if l, _ := s.dateAt(a); l == 0 && (s.toks[a].cap || !lyAdverb(s, a)) {
		var lb [32]byte
		switch string(lowerInto(&lb, s.word(a))) {
		case "in", "at", "during", "after", "before", "through", "as", "while", "from", "into", "by":
		default:
			return false
		}
	}
	for i := a; i < b; i++ {
		if s.toks[i].k == kQuote || s.punct(i, ":") || s.is(i, "that") || s.is(i, "about") || s.is(i, "favor") {
			return false // "testify before the committee about the decision", "argued in favor of"
		}
	}
	if lyAdverb(s, a) && (s.is(a+1, "on") || s.is(a+1, "of") || s.is(a+1, "for") || s.is(a+1, "to") || s.is(a+1, "against")) {
		return false // "written extensively on ...": the verb's own preposition
	}
	return !s.hasVerb(a, b)
}

// nounObject reports whether content tokens [a, b) read as a noun phrase
// up to its first comma, dash or bracket (no finite verb before it, and
// none after an aside: "the teacher, Jo Roe, was earning"), and where the
// noun phrase ends before that: at a date, a preposition of circumstance
// or "and"/"but" with a verb (-1 when nothing cuts it).
func (s *sentence) nounObject(a, b int, say bool) (int, bool) {
	cut := -1
	for i := a + 1; i < b; i++ {
		if s.objectVerb(i) {
			return -1, false // "said the relocation will draw", "said Trump wants a ..."
		}
		if s.objectBreak(i) && !(s.punct(i, ",") && (s.year(i+1) || s.listComma(i))) {
			if s.asideVerb(i) {
				return -1, false
			}
			if cut < 0 {
				cut = i
			}
			break
		}
		if cut < 0 && s.objectCut(i, say) {
			cut = i
			if s.is(i, "and") || s.is(i, "but") {
				break // the verb after it is the subject's next deed
			}
		}
	}
	return cut, true
}

// adds reports whether token j is a form of "add".
func (s *sentence) adds(j int) bool {
	switch lowerASCII(s.word(j)) {
	case "add", "adds", "added", "adding":
		return true
	}
	return false
}

// objectOpens reports whether a noun phrase can open at token i: a
// determiner, an object pronoun, a number, a name or a plain word that is
// neither an adverb nor a preposition ("denied the charges", "reiterated
// them", "declared war"; not "said little", "tweeted back", "said of the
// senator").
func (s *sentence) objectOpens(i int) bool {
	return s.objectOpensForm(i, false)
}

// objectOpensForm is objectOpens; anyForm reads a word of a verb's form
// ("meters", "parking", "built") as a noun too, where no verb can stand:
// after a modal's bare verb ("will add meters").
func (s *sentence) objectOpensForm(i int, anyForm bool) bool {
	tk := s.toks[i]
	if tk.k != kWord {
		return false
	}
	var lb [32]byte
	w := string(lowerInto(&lb, s.word(i))) // no copy of its own for a word of 32 bytes or fewer
	if subjectPronoun(stripAuxiliary(w)) || strings.ContainsAny(w, "'’") && !possessive(w) || s.has(i, fQuestion|fSub|fRelative|fPrep|fAux|fNeg) ||
		!anyForm && (s.finiteAt(i) || irregularPast(w) || s.ingForm(i)) || lyAdverb(s, i) || s.timeAdverb(i) {
		return false
	}
	switch w {
	case "it", "there", "of", "for", "about", "back", "soon", "little", "much", "more", "less", "well", "instead", "here", "up", "out",
		"off", "down", "away", "ahead", "yes": // the lexicon flags above hold the rest
		return false
	}
	return true
}

// objectBreak reports whether punctuation at i closes the noun phrase of
// an object: a comma, dash, semicolon or bracket.
func (s *sentence) objectBreak(i int) bool {
	if s.toks[i].k != kPunct {
		return false
	}
	switch s.word(i) {
	case ",", ";", "—", "–", "-", "--", "(":
		return true
	}
	return false
}

// asideVerb reports whether the comma or dash at i opens an aside of up
// to eight words, closed by a second comma or dash, that a finite verb
// follows: "the teacher, Akif Camizci, was earning", "state and local
// authorities – and not the federal government – are". A relative clause
// may run to 24 words: "the agency, which was founded in 1970 and
// employs 15,000 people, would lead". An amount's sign may stand in it.
func (s *sentence) asideVerb(i int) bool {
	open := s.word(i)
	if s.toks[i].k != kPunct || open != "," && open != "—" && open != "–" && open != "-" && open != "--" {
		return false
	}
	limit := i + 9
	if s.is(i+1, "which") || s.is(i+1, "who") || s.is(i+1, "whose") {
		limit = i + 25
	}
	for k := i + 1; k < len(s.toks) && k <= limit; k++ {
		if s.toks[k].k == kPunct && s.word(k) == open {
			return k > i+1 && s.objectVerb(s.skipAdverb(k+1))
		}
		if s.toks[k].k != kWord && !s.amountSign(k) {
			return false
		}
	}
	return false
}

// amountSign reports whether token k is the sign of an amount that stands
// among words: "$2 million", "€40", "12 %" ("the plan, which costs $2
// million, was sound" is an aside like "which costs 2 million dollars").
func (s *sentence) amountSign(k int) bool {
	if s.toks[k].k != kPunct {
		return false
	}
	switch s.word(k) {
	case "$", "€", "£", "¥", "%":
		return true
	}
	return false
}

// listComma reports whether the comma at i joins the items of a list
// that "and" or "or" closes within a few words: "in China, Europe and in
// developing markets", "on women, Hispanics, and political rivals".
func (s *sentence) listComma(i int) bool {
	for k := i + 1; k < len(s.toks) && k <= i+6; k++ {
		if s.is(k, "and") || s.is(k, "or") {
			return k > i+1 && !s.verbForm(k+1) && !s.finiteAt(k+1)
		}
		if s.toks[k].k != kWord && !s.punct(k, ",") {
			return false
		}
	}
	return false
}

// year reports whether token i is a year ("2001" in "Sept. 11, 2001,").
func (s *sentence) year(i int) bool {
	n, ok := s.number(i)
	return ok && n > 1900 && n < 2200
}

// objectCut reports whether the noun phrase of an object ends before
// token i: a date ("Thursday", "last week"), a preposition of
// circumstance ("on", "through", "during", "after") or "and"/"but" before
// a verb ("and was acquitted"). The verb is any finite form or one in -ed
// or -ing, wider than deedAt's next deed, which wants a past form's object:
// with deedAt here, train CV lost 6 correct statements of 10,556 (though
// exact content matches rose 9,474 -> 9,488).
func (s *sentence) objectCut(i int, say bool) bool {
	tk := s.toks[i]
	if tk.k != kWord || tk.cap && tk.w.f&fWeekday == 0 {
		return false
	}
	if l, _ := s.dateAt(i); l > 0 {
		// not after an article: "described the Friday deal as", "the
		// March vote": the day or month names the noun that follows, and a
		// noun phrase ends at no article
		return !s.is(i-1, "the") && !s.is(i-1, "a") && !s.is(i-1, "an")
	}
	switch lowerASCII(s.word(i)) {
	case "on":
		return !s.restrictionOn(i) // object_restriction.go: "announced a freeze on fuel duty"
	case "at", "through", "during", "after", "before", "when", "while", "because", "since", "until", "amid", "despite":
		return true
	case "and", "but":
		if s.is(i, "and") && s.compoundSubject(i+1, say) {
			return false // "said the heat and unsettled weather could last": a second noun of the clause's subject
		}
		return s.verbForm(i+1) || s.finiteAt(s.skipAdverb(i+1)) || i+1 < len(s.toks) && irregularPast(lowerASCII(s.word(i+1)))
	case "in":
		h := i + 1
		if s.has(h, fDet) {
			h++
		}
		return h < len(s.toks) && !s.toks[h].cap && saidInNouns[lowerASCII(s.word(h))] // "confirmed the layoffs in a statement"
	}
	return false
}

// saidInNouns are where words are said, after "in": the medium, not a
// part of the object before it ("denied the report in an interview";
// not "the charges in the indictment", the charges it holds).
var saidInNouns = map[string]bool{
	"statement": true, "interview": true, "briefing": true, "speech": true, "letter": true, "tweet": true,
	"post": true, "email": true, "video": true, "podcast": true, "address": true, "op-ed": true,
	"press": true, // "in a press release", "in a press conference"
}

// objectVerb reports whether token i reads as the finite verb of a
// clause rather than a word of a noun phrase: an auxiliary, a form in -ed
// or an irregular past that does not follow a determiner or possessive
// ("the announced"), or a form in -s that takes an object or a clause
// ("wants a", "suggests it", "says that"; not "the charges through").
func (s *sentence) objectVerb(i int) bool {
	if i >= len(s.toks) {
		return false // the aside closed the sentence
	}
	tk := s.toks[i]
	if tk.k != kWord || tk.cap {
		return false
	}
	w := lowerASCII(s.word(i))
	if negatedAux(w) {
		return true // "can't", "doesn’t"
	}
	if k := strings.IndexAny(w, "'’"); k > 0 && !possessive(w) {
		return true // "he’ll", "she'd": a pronoun and its auxiliary
	}
	if finiteAux(w) {
		return true
	}
	afterDet := s.has(i-1, fDet) || i > 0 && s.toks[i-1].k == kWord && possessive(s.word(i-1))
	if afterDet || s.is(i-1, "to") && irregularPast(w) {
		return false // "to cut 500 jobs": a bare infinitive of a verb whose past is the same
	}
	if pastForm(w) {
		return true
	}
	n := i + 1
	if len(w) > 3 && sForm(w) {
		// a form in -s before its object: "wants a", "suggests it",
		// "deserves respect"; a plural noun goes on with a preposition, a
		// conjunction or a relative ("the charges through", "votes and")
		return n < len(s.toks) && s.toks[n].k == kWord && !s.toks[n].cap && (s.is(n, "to") || !s.objectLink(n))
	}
	// a plain present after a plural subject: "the attacks highlight the
	// threat", "strategists plan to secure"
	prev := i > 0 && s.toks[i-1].k == kWord && !s.toks[i-1].cap && len(s.word(i-1)) > 3 && strings.HasSuffix(lowerASCII(s.word(i-1)), "s")
	return prev && !s.objectLink(i) && (s.has(n, fDet|fPronoun|fObject) || s.is(n, "to") || s.is(n, "that"))
}

// objectLink reports whether token i is a word that goes on a noun
// phrase rather than starting a verb's object: a preposition, a
// conjunction, a relative or "than".
func (s *sentence) objectLink(i int) bool {
	if s.has(i, fPrep|fRelative|fSub) {
		return true
	}
	switch w := lowerASCII(s.word(i)); w {
	case "or", "than", "into", "whose": // the lexicon flags above and openingPreps hold the rest
		return true
	default:
		return openingPreps[w]
	}
}

// compoundSubject reports whether token k, after "and", is a noun that
// looks like a verb (a form in -ed or -s) and goes on with the noun
// phrase before "and": a plural before "of", "between" or "among" ("the
// costs and benefits of the plan"), or, after a form of "say" (say is
// true), a second noun of a compound subject whose finite auxiliary or
// modal comes within two plain words, or three with an adverb among them
// ("the heat and unsettled weather could last", "the city and allies
// should pay", "the heat and storms still could last", "cannot" as
// "can't"). "Say" takes a clause,
// seldom a noun phrase for its object; after "denied the report and
// officials would not comment" a clause of its own follows the object.
func (s *sentence) compoundSubject(k int, say bool) bool {
	const verbish = fCue | fWeakCue | fPart | fTell | fCall | fAsk | fAux | fPassive | fDerived | fDirective | fQuoted | fPrep | fDet | fPronoun | fSub | fRelative | fClauseEnd | fNeg
	if k >= len(s.toks) || s.toks[k].k != kWord || s.toks[k].cap || s.toks[k].w.f&verbish != 0 {
		return false
	}
	if w := lowerASCII(s.word(k)); len(w) > 3 && presentS(w) && !finiteAux(w) && (s.is(k+1, "of") || s.is(k+1, "between") || s.is(k+1, "among")) {
		return true // a plural before a noun's preposition (a verb in -s seldom takes "of")
	}
	if !say {
		return false
	}
	limit := k + 2
	for m := k + 1; m < len(s.toks) && m <= limit; m++ {
		tk := s.toks[m]
		if tk.k != kWord || tk.cap {
			return false
		}
		w := lowerASCII(s.word(m))
		if finiteAux(w) || negatedAux(w) || w == "cannot" {
			return true
		}
		if limit == k+2 && (verbAdverb(w) || w == "never") {
			limit++ // "the heat and storms still could last": one adverb before the modal
			continue
		}
		if tk.w.f != 0 || s.verbForm(m) {
			return false
		}
	}
	return false
}

// sayForm reports whether lower-case w is a form of "say", its participle
// "saying" too: the package's one test for the verb; a caller that reads a
// token lowers its word (lowerASCII(s.word(j))).
func sayForm(w string) bool {
	switch w {
	case "say", "says", "said", "saying":
		return true
	}
	return false
}
