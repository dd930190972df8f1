// "“It is dead,” Ahmed Nour — a producer at Ora Media — told reporters":
// an appositive set off by dashes (or by "--", two hyphens) between a
// quotation and its cue describes the speaker as one set off by commas
// does. The head comes before the first dash, the appositive is the
// speaker's title.

package extract

// dashAside reads tokens [a, b) as a head, a dash, an appositive and a
// closing dash that ends the phrase. It returns the head's end (the
// opening dash), the appositive's tokens [ta, tb), and whether the phrase
// has that shape.
func (s *sentence) dashAside(a, b int) (head, ta, tb int, ok bool) {
	if b-a < 4 || !s.dash(b-1) {
		return 0, 0, 0, false
	}
	tb = b - 1
	if s.dash(tb-1) && s.toks[tb-1].e == s.toks[tb].s {
		tb-- // "--"
	}
	head = -1
	for i := a + 1; i < tb; i++ {
		if s.dash(i) {
			head = i
			break
		}
	}
	if head < 0 {
		return 0, 0, 0, false
	}
	ta = head + 1
	if s.dash(ta) && s.toks[ta-1].e == s.toks[ta].s {
		ta++ // "--"
	}
	for i := ta; i < tb; i++ {
		if s.dash(i) || s.toks[i].k != kWord && !s.punct(i, ",") {
			return 0, 0, 0, false // one aside, of words
		}
	}
	return head, ta, tb, ta < tb && head > a
}

// quotedDashSubject is the speaker of the phrase [a, b) with a dash appositive:
// the head's mention, with the appositive as its title when it has none.
func (s *sentence) quotedDashSubject(a, b int) (mention, bool) {
	head, ta, tb, ok := s.dashAside(a, b)
	if !ok {
		return mention{}, false
	}
	m := s.mention(a, head)
	if t := s.appositiveTitle(ta, tb); t != "" && m.title == "" {
		m.title = t
	}
	m.span = s.span(a, b)
	return m, true
}
