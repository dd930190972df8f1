package extract

import "github.com/whosaid/whosaid/digest"

// mainClauseDate returns the date phrase of the main clause that a
// statement with a participle for its cue goes on with ("Dubois on Sunday
// defended the overhaul, saying ..."), read before the cue: the saying is
// part of what the main clause tells, at the time it gives. It returns nil
// when that clause gives no date of its own, or says the saying was some
// time ago. The statement's own reading (r.dated, the statement model's
// features) stays as it is: the date is used only when dates are resolved.
func (s *sentence) mainClauseDate(r raw, others []raw) *when {
	if len(s.toks) == 0 || r.cue[0] <= s.toks[0].s {
		return nil
	}
	r.clause = digest.Span{s.toks[0].s, r.cue[0]}
	s.clauseDate(&r, others)
	if !r.dated {
		return nil
	}
	w := r.when // only the date goes to the heap, not the whole copy of r
	return &w
}
