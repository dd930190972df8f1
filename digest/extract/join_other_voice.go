package extract

import (
	"strings"

	"github.com/whosaid/whosaid/digest"
)

// contrastOpeners open a clause set against the one before.
var contrastOpeners = wordSet(`but though although yet whereas while`)

// stanceVerbs are finite verbs of disagreeing that report another's view
// the way a verb of speech does, though no lexicon cue reads them so.
var stanceVerbs = wordSet(`disagree disagrees disagreed differ differs differed doubt doubts doubted dispute disputes disputed`)

// otherVoice reports whether the clause at sp, the rest of a sentence
// after an attribution set aside ("The plan will work, Lee said, | but
// critics disagree": joinTail), is the writer's report of someone else's view: it opens
// with a word of contrast, then a subject of its own that is no pronoun
// (a noun, maybe after a determiner or a quantity, or a name), then a
// verb of speech or of disagreeing ("but critics disagree", "though
// opponents argued otherwise", "but Reed says the plan will fail"). The
// speaker's own clause after the aside goes on ("but only if the council
// agrees", "but the city will save money").
func otherVoice(t string, sp digest.Span) bool {
	var buf [64]byte
	if first, _, _ := strings.Cut(t[sp[0]:sp[1]], " "); !contrastOpeners[string(lowerInto((*[32]byte)(buf[:32]), first))] {
		return false // (before the words are split: most tails open otherwise)
	}
	words := strings.Fields(t[sp[0]:min(sp[1], sp[0]+120)])
	if len(words) < 3 {
		return false
	}
	i := 1
	if f := look(strings.ToLower(words[i]), &buf).f; f&(fDet|fQuant) != 0 && f&fPronoun == 0 {
		i++ // "but the critics", "but many economists"
	}
	// the subject: one or two words, no pronoun, no verb of its own
	n := 0
	for ; i < len(words) && n < 2; i, n = i+1, n+1 {
		w := strings.Trim(words[i], ",.;:")
		if w != words[i] || look(strings.ToLower(w), &buf).f&(fPronoun|fAux|fCue|fWeakCue|fNeg|fPrep|fSub|fDet) != 0 || stanceVerbs[strings.ToLower(w)] {
			break
		}
	}
	if n == 0 || i >= len(words) {
		return false
	}
	v := strings.ToLower(strings.Trim(words[i], ",.;:"))
	if strings.HasSuffix(v, "ing") {
		return false
	}
	return stanceVerbs[v] || look(v, &buf).f&(fCue|fWeakCue) != 0 && look(v, &buf).f&fPart == 0
}
