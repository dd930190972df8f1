// A quotation that its verb follows at once, then the speaker ("“Not
// again,” fumed one resident", "“We did it,” beamed the coach") is the
// form of an attribution whatever the verb: the verb stands where only a
// verb of saying can. The looser reading (fallback.go) proposes such
// statements for verbs it learned from train; the statement model judges
// the other candidates it proposes, but not these: they are kept as
// found, as the rules' own quotations are (learn.go).

package extract

// quoteThenVerb reports whether a statement's content [a, e) is one
// quotation that its cue follows at once.
func (s *sentence) quoteThenVerb(c *stmtCtx, a, e int) bool {
	return !c.after && e == a+1 && s.toks[a].k == kQuote && c.cue == e
}
