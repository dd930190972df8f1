package extract

import "github.com/whosaid/whosaid/digest"

// "A Feb. 1 letter from the Legion obtained by The Associated Press warns
// that ...", "A copy of the inspector's memo seen by Reuters said ...": a
// participle of obtaining or seeing and "by" reduce a relative clause
// about a document; the outlet that got hold of it only passes it on (it
// joins the statement's via list), and the document before the participle
// is the subject, or the one it comes from ("a letter from the Legion").
// Without the document noun the phrase stays as it is read ("families
// visited by the mayor said": the families speak).

// obtainWords are the participles of getting hold of a document.
var obtainWords = map[string]bool{"obtained": true, "seen": true, "reviewed": true, "viewed": true, "acquired": true}

// maxDocumentReach bounds how far before the participle the document's
// noun may stand: "A redacted copy of the 2013 FDIC inspector general's
// memo seen by".
const maxDocumentReach = 8

// seenBy reads the subject phrase that ends at token k, just before a
// verb of speech, as a document obtained by an outlet: np is where the
// phrase read before the verb starts (the outlet's name after "by"). It
// returns the speaker, the first token of the whole subject, the outlet's
// name, and whether the form is there.
func (s *sentence) seenBy(np, k int) (m mention, st int, outlet string, ok bool) {
	v := np - 2
	if v <= s.from || !s.is(np-1, "by") || s.toks[v].k != kWord || s.toks[v].cap {
		return m, 0, "", false
	}
	var lb [32]byte
	if !obtainWords[string(lowerInto(&lb, s.word(v)))] {
		return m, 0, "", false
	}
	for d := v - 1; d > s.from && d >= v-maxDocumentReach && s.toks[d].k == kWord; d-- {
		if !documentWords[string(lowerInto(&lb, s.word(d)))] {
			continue
		}
		st, ok := s.leftNP(d)
		if !ok {
			return m, 0, "", false
		}
		m = s.mention(st, v)
		if s.documentFrom(d+1) && d+2 < v {
			m = s.mention(d+2, v) // "a letter from the American Legion": the Legion
		}
		m.span = s.span(st, k+1)
		return m, st, capsOnly(s.t, s.toks[np:k+1]), true
	}
	return m, 0, "", false
}

// withOutlet adds the outlet to the via list of the statements of cue
// found from raws[n] on.
func (s *sentence) withOutlet(n int, cue digest.Span, outlet string) {
	if outlet == "" || !isMedia(outlet) && !allCaps(outlet) {
		return
	}
	for i := n; i < len(s.x.raws); i++ {
		if r := &s.x.raws[i]; r.cue == cue {
			r.via = append(r.via, outlet)
		}
	}
}
