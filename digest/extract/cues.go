// Verbs of speech derived from PolNeAR train (cues.txt), beside the
// hand-written ones in lexicon.go: a regular past form ("-ed"), unknown to
// the hand-written lexicon, that annotators marked as the whole cue of at
// least minCueCount attributions (after auxiliaries: "has blasted") and of
// at least half of its occurrences in the texts ("blasted", "lamented"),
// with its "-ing" form as a participle. `go run ./digest/extract/train` derives the list again and
// rewrites cues.txt when it changed.

package extract

import (
	_ "embed"
	"maps"
	"sort"
	"strings"
)

//go:embed cues.txt
var cuesTxt string

// minCueCount is how many annotated cues a derived verb needs.
const minCueCount = 3

// handLexicon is the hand-written lexicon, before the derived verbs.
var handLexicon map[string]word

// addDerivedCues adds cues.txt to the lexicon; lexicon.go's init calls it
// after the hand-written words.
func addDerivedCues() {
	handLexicon = maps.Clone(lexicon)
	for _, w := range strings.Fields(cuesTxt) {
		addDerivedCue(w)
	}
}

// addDerivedCue adds a past form and its participle to the lexicon.
func addDerivedCue(past string) {
	if lexicon[past].f&(fCue|fWeakCue|fCall|fAsk) != 0 {
		return
	}
	add(fDerived, past)
}

// DeriveCues returns the verbs of speech that exs' annotations support, in
// the form cues.txt holds: one past form a line, sorted.
func DeriveCues(exs []Example) string {
	cue := map[string]int{}  // annotated cues holding the word
	seen := map[string]int{} // occurrences in the texts
	for _, ex := range exs {
		for _, g := range ex.Gold {
			// a cue of one verb, maybe after auxiliaries: "blasted", "has blasted"
			var verb []string
			for _, w := range strings.Fields(strings.ToLower(g.Cue)) {
				w = strings.Trim(w, ".,;:\"'“”‘’()")
				if handLexicon[w].f&fAux == 0 {
					verb = append(verb, w)
				}
			}
			if len(verb) == 1 {
				if w := verb[0]; len(w) > 4 && strings.HasSuffix(w, "ed") && isLowerASCII(w) {
					cue[w]++
				}
			}
		}
		for _, w := range strings.Fields(strings.ToLower(ex.Clip.Text)) {
			w = strings.Trim(w, ".,;:\"'“”‘’()!?—")
			if _, ok := cue[w]; ok || strings.HasSuffix(w, "ed") {
				seen[w]++
			}
		}
	}
	var out []string
	for w, n := range cue {
		if n >= minCueCount && 2*n >= seen[w] && handLexicon[w].f == 0 {
			out = append(out, w)
		}
	}
	sort.Strings(out)
	return strings.Join(out, "\n") + "\n"
}

func isLowerASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

// EmbeddedCues returns cues.txt as the extractor was built with it.
func EmbeddedCues() string { return cuesTxt }
