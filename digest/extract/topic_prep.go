package extract

import "strings"

// A preposition right after a verb of speech may open the verb's topic
// rather than a phrase of where or when it was said: "warned about the
// risks", "argued against intervention", "remarked upon the fact that",
// "argued in favor of leaving", "asked for anonymity". The preposition
// reads with the verb (PolNeAR's cue holds it: "talk about", "railed
// against", "commented on"; train's contents start after it some 1,600
// times against some 60 that hold it), and what was said is its object.

// topicParticles are the prepositions that may open a verb's topic.
var topicParticles = map[string]bool{"about": true, "against": true, "upon": true, "of": true}

// notTopic are words after such a preposition that make it no topic's: an
// amount ("about half", "about 40 percent"), a stretch of time ("said for
// weeks he was", "for years"), or a set phrase ("of course", "for example").
var notTopic = map[string]bool{
	"half": true, "twice": true, "a": true, "an": true, "one": true, "all": true, "once": true, "now": true,
	"weeks": true, "months": true, "years": true, "decades": true, "days": true, "hours": true, "ages": true, "long": true,
	"course": true, "example": true, "instance": true, "sure": true, "record": true, "condition": true, "behalf": true, "background": true,
}

// topicParticle returns the number of tokens of the preposition at p,
// right after the verb of speech at j, that opens the verb's topic, or 0:
// when the word after it is an amount, a time or a set phrase, when the
// phrase runs into a clause, "that", a colon or a quotation ("said of the
// plan, “...”": of what it was said, the words after are what was said),
// or when the verb accuses ("accused of lying" names a charge, content.go
// keeps it whole). "on" is left out: after a verb it names where as often
// as what ("announced on her Facebook page", "said on stage").
// The phrase may hold a quotation ("joked about her “friendship”").
func (s *sentence) topicParticle(j, p int) int {
	if !s.has(j, fCue|fAsk) || s.toks[j].cap && j > 0 && !s.headline || s.accuses(j) || p != j+1 || p >= len(s.toks) || s.toks[p].k != kWord || s.toks[p].cap && !s.headline {
		return 0 // a capital is a name's, but for the sentence's first word ("Responding to ...") and a headline's ("Obama Responds To ...")
	}
	n := 0
	if p+1 < len(s.toks) && s.toks[p+1].k == kWord && (lyAdverb(s, p) || s.is(p, "little")) {
		// how or how much it was said: "spoke bitterly about", "said little
		// about" ("said much of his talk was ..." opens a clause's subject)
		p, n = p+1, 1 // the verb's manner, then its topic
	}
	switch w := lowerASCII(s.word(p)); {
	case w == "for":
		if !s.has(j, fAsk) {
			return 0 // "asked for anonymity" asks for a thing; "declared for president", "writing for the majority" do not
		}
		n++
	case topicParticles[w]:
		n++
	case w == "to" || w == "with":
		// "responded to requests", "admitted to hacking", "countered with
		// a breakfast": what is answered or owned up to ("vowed to stay"
		// is an infinitive, "wrote to her" and "argued with the host" name
		// whom)
		if !answers(lowerASCII(s.word(j)), w) {
			return 0
		}
		n++
	case w == "in" && s.is(p+1, "favor") && s.is(p+2, "of"):
		n += 3
	default:
		return 0
	}
	o := p + 1
	if s.is(p, "in") {
		o = p + 3
	}
	if o >= len(s.toks) || s.toks[o].k != kWord || isDigit(s.t[s.toks[o].s]) || notTopic[lowerASCII(s.word(o))] {
		return 0
	}
	if r := s.clauseInPhrase(p); r > 0 && !(s.is(r, "that") && complementNoun(s.word(r-1))) {
		return 0 // "said for weeks he was": the clause is what was said
	}
	for q := o; q < len(s.toks) && !s.isEnd(q); q++ {
		if s.punct(q, ":") || s.is(q, "that") && s.clauseOpens(q+1) && !s.has(q-1, fCue) && !complementNoun(s.word(q-1)) {
			return 0 // "said of the plan that it ...": what was said is the clause (not "remarked upon the fact that ...": the noun's own clause)
		}
		if s.punct(q, ",") && s.quoteNext(q) {
			return 0 // "said of the plan, “...”"
		}
		if s.punct(q, ",") || s.punct(q, ";") || s.has(q, fCue) {
			break
		}
	}
	return n
}

// answers reports whether verb v takes what it answers or owns up to
// after preposition p: "respond to", "reply to", "react to", "admit to",
// "object to"; "respond with", "reply with", "counter with", "conclude
// with".
func answers(v, p string) bool {
	for _, stem := range []string{"respond", "repl", "react"} {
		if strings.HasPrefix(v, stem) {
			return true
		}
	}
	if p == "to" {
		return strings.HasPrefix(v, "admit") || strings.HasPrefix(v, "object")
	}
	return strings.HasPrefix(v, "counter") || strings.HasPrefix(v, "conclud")
}

// complementNoun reports whether w is a noun that takes a clause of its
// own after "that" ("the fact that", "the claim that", "the idea that"),
// which the noun phrase keeps.
func complementNoun(w string) bool {
	switch lowerASCII(w) {
	case "fact", "claim", "claims", "idea", "notion", "possibility", "belief", "assertion", "argument", "suggestion", "allegation", "allegations", "charge", "charges", "fear", "fears", "hope", "concern", "concerns", "theory":
		return true
	}
	return false
}
