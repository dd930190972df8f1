// A quotation set in straight double marks that quotes someone in its turn
// with curly ones: "The board isn’t about “Fair Play” anymore." The
// curly pair is a quotation inside the straight one, not its end.

package extract

// nestedCurly reports whether the curly opening mark at raw index j, met
// while looking for the close of a straight double quotation, opens a
// quotation nested inside it: it stands after a space, inside the
// sentence, and its own closing curly mark comes before any other double
// mark. It returns the index of that closing mark, from which the search
// for the straight close goes on.
func (z *tokenizer) nestedCurly(t string, j int) (int, bool) {
	o := z.raw[j]
	if o.s == 0 || !isSpaceByte(t[o.s-1]) || o.e >= len(t) || !isLetter(rune(t[o.e])) {
		return 0, false
	}
	for k := j + 1; k < len(z.raw); k++ {
		c := z.raw[k]
		if c.k != kMark || c.mark&markSingle != 0 {
			continue
		}
		if c.mark == markClose {
			return k, true
		}
		return 0, false
	}
	return 0, false
}
