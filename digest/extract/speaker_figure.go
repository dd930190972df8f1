// "said 9/11 widow Terry Strada", "said 2016 nominee Ann Lee": a figure
// may open the descriptive phrase before a name, as a date or a year
// modifying the noun after it. It is the speaker's description only when
// a lower-case noun and a capitalised name follow; "said 2,093 of her
// emails" and "said 30 people were hurt" give no name and stay as they
// are.

package extract

// figureLead returns the end of a figure opening a speaker phrase at p
// ("9/11", "2016": digits, with a slash joining digits without spaces),
// when a lower-case noun and a capitalised word follow it; else p.
func (s *sentence) figureLead(p int) int {
	toks := s.toks
	q := p
	for q < len(toks) && q < p+3 {
		tk := toks[q]
		switch {
		case tk.k == kWord && tk.e > tk.s && isDigit(s.t[tk.s]) && (q == p || toks[q-1].e == tk.s):
		case s.figureSlash(q):
		default:
			goto end
		}
		q++
	}
end:
	if q == p || q+1 >= len(toks) {
		return p
	}
	n := toks[q]
	if n.k != kWord || n.cap || n.w.f&(fPrep|fDet|fCue|fWeakCue|fAux|fNeg|fPronoun|fSub|fRelative|fPassive|fQuant|fNumber) != 0 {
		return p
	}
	if c := toks[q+1]; c.k != kWord || !c.cap || c.w.f&(fStarter|fWeekday|fMonth) != 0 {
		return p
	}
	return q
}

// figureSlash reports whether token i is a slash joining two figures with
// no space around it: "9/11", "24/7".
func (s *sentence) figureSlash(i int) bool {
	toks := s.toks
	return s.punct(i, "/") && i > 0 && i+1 < len(toks) && toks[i-1].e == toks[i].s && toks[i].e == toks[i+1].s &&
		isDigit(s.t[toks[i-1].e-1]) && isDigit(s.t[toks[i+1].s])
}
