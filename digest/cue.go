package digest

import "strings"

// neutralCues are the attribution verbs that say only that something was
// said: a line drops them before a quote and writes "said" before a claim.
var neutralCues = map[string]bool{
	"say": true, "says": true, "said": true, "saying": true,
	"tell": true, "tells": true, "told": true, "telling": true,
	"state": true, "states": true, "stated": true, "stating": true,
	"add": true, "adds": true, "added": true, "adding": true,
	"according": true, "was": true, "were": true, "is": true, "are": true, "has": true, "had": true,
	"quoted": true, "cited": true, "wrote": true, "writes": true, "write": true, "writing": true,
	"written": true, "statement": true, "per": true, "via": true,
	"put": true, // "As one official put it, ...": how it was put, no verb of its own in a line
}

// irregularPast gives the past tense of cue verbs that do not take -ed,
// by their plain form ("find" -> "found"; "finds" and "finding" reach it).
var irregularPast = map[string]string{
	"speak": "spoke", "give": "gave", "think": "thought", "make": "made", "hold": "held",
	"put": "put", "set": "set", "find": "found", "know": "knew", "read": "read",
	"mean": "meant", "hear": "heard", "swear": "swore", "feel": "felt", "see": "saw",
	"foresee": "foresaw", "forecast": "forecast", "lead": "led", "tell": "told",
	"write": "wrote", "say": "said", "teach": "taught", "bet": "bet",
}

// pastForms are irregular past tenses: a cue in one is kept as it is.
var pastForms = func() map[string]bool {
	m := map[string]bool{}
	for _, p := range irregularPast {
		m[p] = true
	}
	return m
}()

// doubledFinal are plain forms whose last consonant doubles before -ed
// ("admits" -> "admitted", not "admited").
var doubledFinal = map[string]bool{
	"admit": true, "commit": true, "submit": true, "omit": true, "permit": true, "regret": true,
	"refer": true, "prefer": true, "confer": true, "concur": true, "rebut": true, "quip": true,
	"stop": true, "plan": true,
}

// nounCues are cues that are a noun of saying ("Sanders' insistence
// that ..."): a line writes the verb they come from.
var nounCues = map[string]string{
	"suggestion": "suggested", "insistence": "insisted", "contention": "contended",
	"assertion": "asserted", "announcement": "announced", "claim": "claimed",
	"warning": "warned", "prediction": "predicted", "admission": "admitted",
	"acknowledgment": "acknowledged", "acknowledgement": "acknowledged", "promise": "promised",
}

// cueVerb returns the cue as a verb in the past tense for a sentence
// ("urging" -> "urged", "warns" -> "warned", "called on" -> "called on"),
// and whether it is neutral: it only says that something was said.
func cueVerb(cue string) (string, bool) {
	f := strings.Fields(strings.ToLower(cue))
	if len(f) > 1 {
		f = dropCueDay(f) // cue_date.go: "called Wednesday for" -> "called for"
	}
	if len(f) >= 3 && (f[1] == "and" || f[1] == "or") {
		return pairVerb(f)
	}
	if len(f) == 0 || neutralCues[f[0]] || colonCue(cue) {
		return "", true
	}
	if degreeWords[f[0]] {
		return strings.Join(f, " "), false // "more likely to say": no verb to put in the past ("mored")
	}
	if v, ok := nounCues[f[0]]; ok {
		f[0] = v // "insistence" -> "insisted"
	} else {
		f[0] = pastTense(f[0])
	}
	return strings.Join(f, " "), false
}

// pairVerb is cueVerb for two verbs that share one content ("said and
// urged", "argued and later wrote", f in lower case): the verbs that say
// more than that something was said, in the past tense ("urged",
// "argued"), both joined as the cue joins them.
func pairVerb(f []string) (string, bool) {
	second := f[2:]
	for len(second) > 1 && (strings.HasSuffix(second[0], "ly") || second[0] == "later" || second[0] == "then" || second[0] == "also") {
		second = second[1:] // "and later wrote"
	}
	a, an := cueVerb(f[0])
	b, bn := cueVerb(strings.Join(second, " "))
	switch {
	case an && bn:
		return "", true
	case an:
		return b, false
	case bn:
		return a, false
	}
	return a + " " + f[1] + " " + b, false
}

// LineVerb returns the verb a line about s writes before its content, as
// the digest's sentence does: the cue in the past tense ("confirmed",
// "accused", "called on") for an indirect statement whose cue says more
// than that something was said, and "" for a neutral cue ("said",
// "told", "according to"), a quotation, or a content that opens with
// the cue's own verb already ("urged residents to ...").
func LineVerb(s Statement) string {
	verb, neutral := cueVerb(s.Cue)
	if neutral || s.Direct || strings.EqualFold(firstWord(s.Content), firstWord(s.Cue)) {
		return ""
	}
	return verb
}

// pastTense turns a verb's -ing, -s or plain form into its past tense
// ("urging", "urges", "urge" -> "urged"); a form already past is kept.
func pastTense(w string) string {
	if pastForms[w] || strings.HasSuffix(w, "ed") || !isWord(w) {
		return w
	}
	base := w
	switch {
	case strings.HasSuffix(w, "ing") && len(w) > 5:
		stem := w[:len(w)-3]
		for _, b := range []string{stem, stem + "e", stem[:len(stem)-1]} { // making, putting
			if p, ok := irregularPast[b]; ok {
				return p
			}
		}
		if !strings.HasSuffix(stem, "y") {
			return stem + "ed" // urging -> urged, calling -> called, admitting -> admitted
		}
		base = stem // denying -> deny
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		base = w[:len(w)-3] + "y" // denies -> deny
	case strings.HasSuffix(w, "sses"), strings.HasSuffix(w, "shes"), strings.HasSuffix(w, "ches"), strings.HasSuffix(w, "xes"):
		base = w[:len(w)-2] // dismisses -> dismiss
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && len(w) > 3:
		base = w[:len(w)-1] // warns -> warn, urges -> urge
	}
	if p, ok := irregularPast[base]; ok {
		return p
	}
	switch n := len(base); {
	case n < 3:
		return w
	case doubledFinal[base]:
		return base + base[n-1:] + "ed"
	case base[n-1] == 'e':
		return base + "d"
	case base[n-1] == 'y' && !strings.ContainsRune("aeiou", rune(base[n-2])):
		return base[:n-1] + "ied" // deny -> denied
	}
	return base + "ed"
}

// isWord reports whether w is letters only (a cue like "per" or ":" is no
// plain verb to put in the past).
func isWord(w string) bool {
	return w != "" && strings.IndexFunc(w, func(r rune) bool { return r < 'a' || r > 'z' }) < 0
}

// degreeWords open a cue that is an adjective's frame, not a verb ("more
// likely to say", "quick to point out"): a line writes "was" or "were"
// before it.
var degreeWords = map[string]bool{
	"more": true, "less": true, "most": true, "least": true, "likely": true, "unlikely": true,
	"quick": true, "quicker": true, "eager": true, "willing": true, "reluctant": true, "ready": true,
}

// beVerb returns the past of "be" that agrees with a speaker: "were" for
// a plural ("voters", "people", "Democrats", "52 percent"), "was" else,
// and for one the clipping shows is a person or a body or gives a title:
// "Sanders was quick to point out", "Goldman Sachs was" (an -s that ends
// a name makes no plural).
func beVerb(e *Entry) string {
	if e.Form.Person || e.Form.Org || e.SpeakerTitle != "" {
		return "was"
	}
	f := strings.Fields(strings.ToLower(e.Speaker))
	if len(f) == 0 {
		return "was"
	}
	last := f[len(f)-1]
	switch {
	case last == "people" || last == "police" || last == "percent" || strings.HasSuffix(f[0], "%"):
		return "were"
	case strings.HasSuffix(last, "s") && !strings.HasSuffix(last, "ss") && !strings.HasSuffix(last, "us") && !strings.HasSuffix(last, "'s") && !strings.HasSuffix(last, "’s"):
		return "were"
	}
	return "was"
}
