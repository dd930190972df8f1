// What was said as a clause after "about" or "of": "Karadsheh spoke
// about how the consulate had been looted", "Sanders talked about what he
// does next", "She wrote about why the plan failed". A topic after such a
// preposition tells what was talked about, not what was said ("spoke
// about the budget", "warned of new sanctions": content.go refuses them),
// but a clause opened by "how", "what", "why" or "whether" carries a
// proposition the speaker put, as "explained how" does. PolNeAR marks it
// so: 18 of the 19 such clauses outside quotations in train are annotated
// (cue "spoke about", content from the question word).
//
// "speak" and "talk" are no verbs of speech of the lexicon ("talked to
// reporters", "spoke at the rally" report nothing): they are cues here
// only right before such a clause, finite ("spoke", "talks") or a
// progressive after a form of "be" ("was talking about why").

package extract

// aboutVerbs are the verbs whose "about" or "of" may open what was said:
// speaking and talking, and verbs of speech that take a topic after
// "about" (writing, joking, complaining, boasting, testifying, posting).
var aboutVerbs = map[string]bool{
	"spoke": true, "speaks": true, "speak": true, "speaking": true,
	"talked": true, "talks": true, "talk": true, "talking": true,
	"wrote": true, "writes": true, "write": true, "written": true,
	"joked": true, "jokes": true, "complained": true, "complains": true,
	"boasted": true, "boasts": true, "bragged": true, "brags": true,
	"testified": true, "tweeted": true, "posted": true, "reminisced": true,
}

// aboutClause returns the question word that opens what was said after
// the verb at j, when an -ly adverb or none, then "about" or "of", stand
// between them at p: "spoke (passionately) about how ...", "boasted of
// how ...". Else it returns p.
func (s *sentence) aboutClause(j, p int) int {
	if j >= len(s.toks) || s.toks[j].k != kWord || s.toks[j].cap || !aboutVerbs[lowerASCII(s.word(j))] {
		return p
	}
	q := p
	if q < len(s.toks) && lyAdverb(s, q) {
		q++ // "spoke passionately about how"
	}
	if !s.is(q, "about") && !s.is(q, "of") {
		return p
	}
	w := q + 1
	if !(s.is(w, "how") || s.is(w, "what") || s.is(w, "why") || s.is(w, "whether")) || s.toks[w].cap {
		return p
	}
	if w+1 >= len(s.toks) || s.toks[w+1].k != kWord {
		return p // "talked about what?": no clause
	}
	if s.is(w+1, "to") {
		return p // "spoke about how to fix the roads": an infinitive names a topic, as "the roads" does; no one's claim
	}
	return w
}

// talkAbout reports whether the word at j is a form of "speak" or "talk"
// that reads as a verb of speech: finite, or in -ing after a form of
// "be", with a clause after "about" or "of" (aboutClause).
func (s *sentence) talkAbout(j int) bool {
	if !talkShape(s.t, &s.toks[j]) {
		return false
	}
	switch lowerASCII(s.word(j)) {
	case "spoke", "speaks", "talked", "talks":
	case "speak", "talk":
		if !s.has(j-1, fPronoun) && !s.has(j-1, fAux) {
			return false // "to talk about how", "a talk about how": no finite verb
		}
	case "speaking", "talking":
		if !s.has(j-1, fPassive) {
			return false
		}
	default:
		return false
	}
	return s.aboutClause(j, j+1) > j+1
}

// talkShape is talkAbout's first test, small enough to inline where the
// cue scan asks it of every word: a lower-case word of four to eight
// letters opening with s or t ("spoke" .. "talking").
func talkShape(t string, tk *token) bool {
	return !tk.cap && tk.e-tk.s >= 4 && tk.e-tk.s <= 8 && (t[tk.s] == 's' || t[tk.s] == 't')
}
