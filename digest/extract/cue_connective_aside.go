// A sentence adverb set off by commas between the subject and its verb
// of speech: "The judges who heard the case, for instance, said ...",
// "Voters in the state, however, argue ...". The aside is the writer's
// link to what came before; the subject is read as if it were not there.

package extract

import "github.com/whosaid/whosaid/digest"

// connectiveSubject reads the subject before a connective aside ("for
// instance", "however", "in fact") whose closing comma is token k, just
// before the cue at j. It runs after the readers of a speaker after the
// cue and of an appositive, so "..., however, said Smith" and "Ruth
// Okafor, the club's treasurer, said" keep their readings. The subject
// must open the clause, or hold a relative clause that ends at the aside.
func (s *sentence) connectiveSubject(j, k int, cue digest.Span) (int, bool) {
	c := s.connectiveAside(k)
	if c < 0 || c-1 < s.from || s.toks[c-1].k != kWord {
		return 0, false
	}
	if _, _, ok := s.subjectBeforeRelative(c - 1); !ok {
		np, ok := s.leftNP(c - 1)
		if !ok {
			return 0, false
		}
		if st, _, ok := s.subjectBeforePreps(np); ok {
			np = st
		}
		if !s.mainSubjectOpens(np) {
			return 0, false // "A look at his planes and three helicopters, however, suggests": a phrase inside the subject
		}
	}
	return s.subjectSays(j, c-1, cue)
}
