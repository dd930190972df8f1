// Verbs of speech that give no statement however their subject reads
// (cue_gates.go's speakerless asks): a subject that denies anyone spoke
// ("None of the aides said", "Nobody said"), the writer turning to the
// reader ("let’s say"), a noun after a name ("the Treasury note has
// risen"), a participle with its agent ("accused by the media of"), a
// passive command
// to the reader ("Be warned: ..."), "call X into question" (doubt cast,
// no words said) and a claim of responsibility or credit that names no
// deed ("no group claimed responsibility,").

package extract

import "strings"

// maxNoneSubject bounds the subject read back from the cue for a
// negative opening ("None of the senior aides in the room"), in tokens.
const maxNoneSubject = 10

// noStatement reports whether the cue at j, its subject ending at token
// k, says nothing anyone said.
func (s *sentence) noStatement(j, k int) bool {
	return s.noneSpeaks(k) || s.letUs(j) || s.nameNoun(j) || s.passiveBy(j) || s.is(k, "be") && !s.has(j, fPart) || s.callsIntoQuestion(j) || s.bareClaim(j) || s.nounFrom(j) || s.nounAfterVerb(j) ||
		s.possessedNoun(j) || s.gapObject(j, k) || s.offParticle(j) || s.recallsGoods(j) || s.afterHelp(j) || s.weekdaySubject(k) ||
		s.infinitiveGap(j) || s.unaskedName(0, j-1) // answer_name.go
}

// afterHelp reports whether the cue at j is a bare form right after a
// form of "help": an infinitive ("which helps explain why", "Aides who
// helped write the plan said"), whose doer the sentence does not name as
// a speaker. A past form ("who helped found the group") is left: it reads
// as "find" as often; so is a bare "help" that is a noun (helpNoun), and
// "say", which "help" does not take bare: "Neighbors who helped say the
// fire spread fast" ends the relative clause at "helped".
func (s *sentence) afterHelp(j int) bool {
	if j-1 < s.from || s.toks[j].cap || s.toks[j-1].k != kWord || pastForm(lowerASCII(s.word(j))) || s.is(j, "say") {
		return false
	}
	return s.is(j-1, "help") && !s.helpNoun(j-1) || s.is(j-1, "helps") || s.is(j-1, "helped") || s.is(j-1, "helping")
}

// helpNoun reports whether the bare "help" at h is a noun, the object
// of the word before it: a preposition or a determiner ("who asked for
// help", "with no help"), or a verb that takes it ("seeking help",
// "needed help", "families who need help say"). The phrase then ends at
// "help", and the verb of speech after it is its subject's own.
func (s *sentence) helpNoun(h int) bool {
	if h-1 < s.from || s.toks[h-1].k != kWord {
		return false
	}
	w := lowerASCII(s.word(h - 1))
	switch w {
	case "for", "of", "with", "without", "no", "more", "any", "some", "little", "extra", "their", "his", "her", "our", "its", "my", "your",
		"need", "needs", "sought", "get", "gets", "got", "want", "wants":
		return true
	}
	return len(w) > 4 && (strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed"))
}

// weekdaySubject reports whether the subject ending at k is a weekday on
// its own at the sentence's start: "Wednesday added one more twist to the
// race" makes the day the doer of what happened on it; no one spoke. (A
// weekday between a speaker and the verb, "Grant on Wednesday added", is
// stepped over before: cue_gates.go cueSubjectEnd.)
func (s *sentence) weekdaySubject(k int) bool {
	return k == s.from && k >= 0 && k < len(s.toks) && s.toks[k].k == kWord && s.has(k, fWeekday)
}

// possessedNoun reports whether a cue word at j that is also a noun of
// speech (nounOfSpeech) stands where the noun does: after a possessive
// and at most two lower-case modifiers ("her early-morning tweets
// attempting to ...", "his renewed call for"), after a past form and
// its modifiers in the plural ("showed subtle hints that"), or in the
// singular after an article and a modifier ("the vain hope that", "the
// congressional report said"): never a verb whose subject is the
// modifier. A verb after a noun ("Thursday's meeting says", "The board
// notes") stays a verb.
func (s *sentence) possessedNoun(j int) bool {
	if j-1 < s.from || s.toks[j].cap || s.has(j, fPart) || !s.nounOfSpeech(j) {
		return false
	}
	plural := s.presentForm(j)
	if !plural && s.verbAt(j) {
		return false // "reported", "claimed": a past form is a verb
	}
	for i := j - 1; i >= s.from && i >= j-3; i-- {
		tk := s.toks[i]
		if tk.k != kWord {
			return false
		}
		if possessivePronoun(lowerASCII(s.word(i))) || possessive(s.word(i)) {
			return true
		}
		if i < j-1 && (plural && pastForm(lowerASCII(s.word(i))) && !tk.cap && tk.w.f&(fAux|fPassive) == 0 ||
			!plural && (s.is(i, "a") || s.is(i, "an") || s.is(i, "the") || s.is(i, "this"))) {
			return true // "showed subtle hints", "the vain hope"
		}
		if tk.cap || i == j-3 || tk.w.f&^fMod != 0 || s.verbAt(i) && !strings.Contains(s.word(i), "-") || strings.HasSuffix(s.word(i), "s") || s.pluralNoun(i) {
			return false // "her spokesman tweets", "the board notes": a noun before the verb
		}
	}
	return false
}

// letUs reports whether the cue at j follows "let's", "let us" or "let
// me": the writer turning to the reader ("First, let’s say what the sale
// is not"), no one's statement.
func (s *sentence) letUs(j int) bool {
	before := s.t[max(0, s.toks[j].s-9):s.toks[j].s]
	for _, form := range [...]string{"let’s ", "let's ", "let us ", "let me "} {
		if hasSuffixFold(before, form) {
			rest := before[:len(before)-len(form)]
			return rest == "" || !isLetterByte(rest[len(rest)-1]) // not "the outlet’s say"
		}
	}
	return false
}

// nameNoun reports whether the cue word at j is a noun after a name that
// modifies it, with a finite auxiliary after it: "the yield on the
// 10-year Treasury note has risen". A singular name before a verb would
// take its -s form ("Treasury notes"), and a verb of speech is not
// followed by "has" or "will" unless a relative clause holds it ("a plan
// Democrats say will cost", whose subject is plural). Nor by a past form
// ("the 10-year Treasury note fell to 1.45 percent", "the White House
// note said the talks would wait", where the note speaks): a finite verb
// follows its subject, not another finite verb, and a content that opened
// on a verb would have lost its subject; only names joined by "and" or
// "or" take the bare form ("the bills Lee and Grant say passed"), and so
// does a plural that opens the sentence ("Police say armed men ...").
func (s *sentence) nameNoun(j int) bool {
	w := lowerASCII(s.word(j))
	if j-1 < s.from || j+1 >= len(s.toks) || s.toks[j].cap || strings.HasSuffix(w, "s") || pastForm(w) || strings.HasSuffix(w, "ed") || s.toks[j+1].k != kWord {
		return false
	}
	prev := s.word(j - 1)
	if !s.toks[j-1].cap || strings.HasSuffix(prev, "s") || s.has(j-1, fPronoun) {
		return false
	}
	next := lowerASCII(s.word(j + 1))
	return finiteAux(next) || negatedAux(next) ||
		!s.toks[j+1].cap && pastForm(next) && !s.is(j-2, "and") && !s.is(j-2, "or") && !s.opensSentence(j-1)
}

// opensSentence reports whether token i is the first word of the
// sentence, maybe after an opening quote mark: its capital is the
// sentence's, so it need not be a name ("Police say armed men stormed
// the bank": "Police" is the verb's plural subject, "armed" the
// content's adjective).
func (s *sentence) opensSentence(i int) bool {
	return i == s.from || i-1 == s.from && s.toks[i-1].k == kQuote
}

// passiveBy reports whether the cue at j is a participle with its agent
// after "by": "He was suspected of plotting murder, and accused by the news
// media of beating his wife" — the subject is the one accused, not the
// speaker. A medium after "by" ("said by phone", said_how.go) is no
// agent. The participle stands where no subject comes right before it:
// after "and", "or", "but", a comma or a form of "be" (an adverb between:
// "widely", "first"), or at the clause's start; a past verb after its subject
// ("“It will close,” the company said by way of explanation") is the
// subject's saying.
func (s *sentence) passiveBy(j int) bool {
	if !pastForm(lowerASCII(s.word(j))) || !s.is(j+1, "by") || j+2 >= len(s.toks) || s.toks[j+2].k != kWord || s.byMedium(j+1) {
		return false
	}
	b := j - 1
	for b >= s.from && (lyAdverb(s, b) || s.is(b, "first") || s.is(b, "also") || s.is(b, "later") || s.is(b, "then") || s.is(b, "once")) {
		b-- // "was widely accused by", ", first reported by the Globe,"
	}
	return b < s.from || s.punct(b, ",") || s.is(b, "and") || s.is(b, "or") || s.is(b, "but") || s.has(b, fPassive)
}

// nounAfterVerb reports whether a cue word in -s at j, with "that"
// after it, follows a lower-case past form right before it, whose object
// it is: "the bloodshed raised fears that militants ...", "sparked claims
// that ...": a noun and its clause, since a finite verb follows its
// subject, never another verb. (A form in -ing is as often a noun that
// speaks, "Recent polling shows that": train lost right statements; and
// without "that", the one such train statement, "after Lazar released
// notes from ...", gave the models' CV a statement less.)
func (s *sentence) nounAfterVerb(j int) bool {
	if j-1 < s.from || s.toks[j].cap || !strings.HasSuffix(s.word(j), "s") || !s.is(j+1, "that") || s.toks[j-1].k != kWord || s.toks[j-1].cap ||
		s.has(j-1, fAux|fPassive|fCue|fWeakCue|fRole|fSourceNoun) {
		return false
	}
	return pastForm(lowerASCII(s.word(j - 1)))
}

// nounFrom reports whether a cue word in -s at j, after a determiner and
// at most one lower-case word, is a plural noun with where it came from:
// "the new claims from the campaign", "the reports from the front" (a
// verb says "from" of no one).
func (s *sentence) nounFrom(j int) bool {
	if !s.is(j+1, "from") || !strings.HasSuffix(s.word(j), "s") || s.toks[j].cap {
		return false
	}
	return s.has(j-1, fDet) && !s.has(j-1, fPronoun) ||
		j-2 >= s.from && s.has(j-2, fDet) && !s.has(j-2, fPronoun) && s.toks[j-1].k == kWord && !s.toks[j-1].cap && !s.has(j-1, fRole|fSourceNoun)
}

// noneSpeaks reports whether the subject that ends at token k is a
// pronoun that denies it anyone: "none" ("None of the aides said"),
// "nobody", "no one", and "few" without "a" ("Few argue against the
// law": the writer's judgement that hardly anyone does). The pronoun must stand where a subject starts
// (subjectOpens). A negated noun phrase ("No senior aide said", "Neither
// Cruz nor Christie acknowledged") is left to the readings: PolNeAR marks
// those as attributions, and train CV lost four of them when they gave
// nothing.
func (s *sentence) noneSpeaks(k int) bool {
	if k < s.from || s.toks[k].k != kWord || s.is(k, "and") || s.is(k, "but") || s.is(k, "or") {
		return false
	}
	i := k
	for i > s.from && i > k-maxNoneSubject && s.toks[i-1].k == kWord && !s.has(i-1, fAux|fPassive|fCue|fWeakCue|fRelative) &&
		!(s.has(i-1, fSub) && !s.has(i-1, fPrep)) && !s.is(i-1, "and") && !s.is(i-1, "but") {
		i--
	}
	for ; i <= k; i++ {
		if s.toks[i].k != kWord || !s.subjectOpens(i) {
			continue
		}
		return s.is(i, "none") || s.is(i, "nobody") || s.is(i, "no") && s.is(i+1, "one") && i+1 <= k ||
			s.is(i, "few") && (i == s.from || !s.is(i-1, "a")) // "Few argue against it": hardly anyone; "a few" are some
	}
	return false
}

// callsIntoQuestion reports whether the verb of calling at j casts doubt
// on something: "calls that into question", "called into question the
// figures" (within a few words of the verb).
func (s *sentence) callsIntoQuestion(j int) bool {
	if !s.has(j, fCall) {
		return false
	}
	for i := j + 1; i < len(s.toks) && i <= j+maxDescribedObject && s.toks[i].k == kWord; i++ {
		if s.is(i, "into") && s.is(i+1, "question") {
			return true
		}
	}
	return false
}

// claimFor reports whether the verb at j, its object from p, claims
// responsibility or credit for something: the claim is for that thing,
// which is the content ("claimed responsibility for the attack"), and the
// cue runs to "for", as PolNeAR marks it.
func (s *sentence) claimFor(j, p int) bool {
	return p == j+1 && s.claimVerb(j) && (s.is(p, "responsibility") || s.is(p, "credit")) && s.is(p+1, "for") && p+2 < len(s.toks) && s.toks[p+2].k == kWord
}

// claimVerb reports whether token j is a form of "claim".
func (s *sentence) claimVerb(j int) bool {
	w := lowerASCII(s.word(j))
	return len(w) >= 5 && w[:5] == "claim"
}

// bareClaim reports whether the verb at j claims responsibility or
// credit with no "for" naming what for: "no group claimed
// responsibility," says nothing anyone said ("claimed responsibility for
// the attack" is read as a claim).
func (s *sentence) bareClaim(j int) bool {
	if !s.claimVerb(j) || !(s.is(j+1, "responsibility") || s.is(j+1, "credit")) {
		return false
	}
	return !s.is(j+2, "for")
}

// nounOfSpeech reports whether the cue word at j is also a noun of
// speech or of a document, in the plural or the singular: "tweets",
// "claims", "notes", "remarks", "reports", "hope", "report" ("says",
// "believes", "suggests" are verbs only).
func (s *sentence) nounOfSpeech(j int) bool {
	if s.has(j, fSpeechNoun|fSourceNoun|fComment) {
		return true
	}
	w := lowerASCII(s.word(j))
	var buf [64]byte
	if look(strings.TrimSuffix(w, "s"), &buf).f&(fSpeechNoun|fSourceNoun|fComment) != 0 {
		return true
	}
	switch strings.TrimSuffix(w, "s") {
	case "note", "hope", "fear", "estimate", "hint", "signal":
		return true
	}
	return w == "worries" || w == "worry"
}
