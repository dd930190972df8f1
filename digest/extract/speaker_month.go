// A month or weekday that is a person's surname: "Theresa May", "Mrs.
// May", "May, the prime minister, said".

package extract

// monthSurname reports whether token i is a month or weekday written as a
// surname: capitalised, right after a first name the train articles know
// ("Theresa May", "Brian May") or a courtesy title ("Mrs. May"), or
// opening the clause with a role set off after it ("May, the prime
// minister, said": a month holds no office).
func (s *sentence) monthSurname(i int) bool {
	if i < 0 || i >= len(s.toks) || !s.toks[i].cap || s.toks[i].w.f&(fMonth|fWeekday) == 0 {
		return false
	}
	if i == s.from {
		return s.roleSetOff(i + 1)
	}
	if i == 0 {
		return false
	}
	p := s.toks[i-1]
	return p.k == kWord && p.cap && p.e == s.toks[i].s-1 && (knownFirstName(s.t[p.s:p.e]) || p.w.f&fHon != 0)
}

// roleSetOff reports whether a comma at c opens "the" and a role closed by
// another comma: ", the prime minister,".
func (s *sentence) roleSetOff(c int) bool {
	if !s.punct(c, ",") || !s.is(c+1, "the") {
		return false
	}
	for k := c + 3; k < len(s.toks) && k <= c+8; k++ {
		if s.punct(k, ",") {
			return s.appositiveTitle(c+1, k) != ""
		}
		if s.toks[k].k != kWord {
			return false
		}
	}
	return false
}
