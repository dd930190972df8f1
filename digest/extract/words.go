// Closed word lists that predicates in several files read, each kept once
// here with what it is for. The lexicon (lexicon.go) gives words roles as
// flags; these are the lists a predicate switches on by itself.

package extract

import "strings"

// irregularPast reports whether lower-case w is the past form of a common
// irregular verb ("struck", "won", "sought"): a finite verb though it does
// not end in -ed, which a clause may hold as its only verb (clause.go
// verbAt and deedAt, object.go, coord.go finiteVerb, speaker_valid.go).
// "shot" is left out: as often a noun ("a shot at"), and as a verb it made
// coordSubject read "Doe (left) shot and killed ..., but claimed" with
// "(left)" in the speaker. "lost" too, as often an adjective ("lost
// jobs"): as a verb in verbAt it made "X lost Ohio to Y, who added to her
// lead" a statement of Y's. Pasts spelled as their base ("hurt", "cut",
// "set", "cost", "split") are listed too: "the drought hurt them" has its
// verb, and "voters who said X split evenly" ends X before "split".
// "let" is left out: a causative with a bare verb after its object ("let
// him go", "let us"), read as a finite past it gave a relative clause
// ("MSNBC, which let him go, and said") the verb of speech after it.
func irregularPast(w string) bool {
	switch w {
	case "said", "told", "made", "took", "went", "won", "got", "gave", "came", "saw", "knew", "thought", "felt", "kept", "left",
		"led", "ran", "sent", "spent", "built", "bought", "brought", "fell", "found", "held", "met", "paid", "became", "began", "broke",
		"chose", "drew", "drove", "flew", "grew", "hid", "meant", "rose", "sold", "spoke", "stole", "swore", "threw", "understood",
		"wrote", "struck", "shut", "sought", "taught", "fought", "caught", "stood", "sat", "hung", "lay", "ate", "forgot", "forgave", "withdrew",
		"overcame", "undertook", "slid", "sank", "shook", "woke", "wore", "bore", "tore", "dealt", "fled", "lent", "bent", "dug",
		"heard", "put", "hit", "hurt", "cut", "set", "cost", "quit", "spread", "bet", "split":
		return true
	}
	return false
}

// pastForm reports whether lower-case w is a past form: an irregular one
// or a word of more than four letters in -ed ("started", "met").
func pastForm(w string) bool {
	return irregularPast(w) || len(w) > 4 && strings.HasSuffix(w, "ed")
}

// pastVerbNotSaid reports whether lower-case w is a past form other than
// "said" or "told": the verb that makes two words a clause ("sales fell",
// pastClause; "Prices rose, the owner said", twoWordClause), where those
// two would be a speaker and a verb of speech of their own.
func pastVerbNotSaid(w string) bool {
	return pastForm(w) && w != "said" && w != "told"
}

// subordinators open a clause that cannot stand alone ("although", "when",
// "because"): where a sentence's opening clause or an embedded one starts
// (clause.go cueClause, clauseBefore, subordinateIn, cueInOpening; ends.go)
// and what opens a clause before a sentence's main one
// (speaker_described.go). Some are prepositions or adverbs as often ("as
// a senator", "since 2010", "after the vote", "once", "until then"):
// subordinatorOnly leaves them out.
var subordinators = map[string]bool{
	"although": true, "though": true, "while": true, "if": true, "when": true, "as": true, "because": true,
	"since": true, "after": true, "before": true, "whereas": true, "once": true, "until": true, "unless": true,
}

// subordinatorOnly reports whether lower-case w is a subordinator that is
// hardly ever a preposition or an adverb, so that a subject follows it
// ("when", "because", "although"; subject_long.go subordinator).
func subordinatorOnly(w string) bool {
	switch w {
	case "as", "since", "after", "before", "once", "until":
		return false
	}
	return subordinators[w]
}

// openingPreps are prepositions and adverbs beyond the lexicon's fPrep
// that open a phrase before a clause's subject ("Among those who said",
// "Inside the hall, Trump ...", "Like his father, he ..."): no subject and
// no clause of its own starts with one (clause.go cueClause and
// clauseBefore, subject.go subjectLike, forms.go leftClause); after a
// noun, one goes on its phrase (object.go objectLink).
var openingPreps = map[string]bool{
	"among": true, "for": true, "of": true, "by": true, "under": true, "unlike": true, "like": true, "within": true,
	"without": true, "against": true, "about": true, "since": true, "inside": true, "outside": true, "beyond": true,
	"across": true, "around": true, "behind": true, "between": true, "above": true, "below": true, "near": true,
	"throughout": true, "toward": true, "towards": true, "amid": true, "upon": true, "once": true, "shortly": true, "soon": true,
}

// verbAdverb reports whether lower-case w is an adverb of time or manner
// that stands beside a verb without changing what the clause says: between
// a subject and its verb ("he still wants", clause.go skipAdverb), between
// "and" and a verb of speech it joins ("and then tweeted", coord.go
// coordAdverb), or between a verb of speech and what was said ("said
// earlier", forms.go timeAdverb). Adverbs in -ly are read by their form.
func verbAdverb(w string) bool {
	switch w {
	case "then", "later", "also", "again", "once", "often", "still", "already", "now", "soon", "just", "even", "earlier",
		"finally", "eventually", "quickly", "recently", "previously", "repeatedly":
		return true
	}
	return false
}

// wordSet returns the set of the space-separated words of list.
func wordSet(list string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(list) {
		m[w] = true
	}
	return m
}
