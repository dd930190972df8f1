// A concession that opens a sentence whose attribution comes after it
// ("Despite a month of attacks, Lee has failed to gain ground, a new poll
// says", "Though he cannot win outright, Kim has the best odds, according
// to the model") is the writer's: it sets what was said against what the
// story told before, as "Still," or "However," do (ends.go connectives).
// What was said starts after the comma that closes it; a place or a time
// ("In 2014, ...", "Among Democrats, ...") stays, as the annotations keep
// it.

package extract

// concessionOpener returns the token after the comma that closes a
// concessive clause or phrase opening content tokens [a, b) ("Despite
// ...,", "Though ...,", "Although ...,", "Even though ...,", "For all
// ...,") when a main clause follows it, else a. "Even as ...," is a time
// as often: the annotations keep it.
func (s *sentence) concessionOpener(a, b int) int {
	i := a
	switch {
	case s.is(i, "despite"), s.is(i, "though"), s.is(i, "although"):
		i++
	case s.is(i, "even") && s.is(i+1, "though"), s.is(i, "for") && s.is(i+1, "all"):
		i += 2
	default:
		return a
	}
	for k := i + 1; k+2 < b; k++ {
		if s.toks[k].k == kQuote || s.dashEnding(k) >= 0 {
			return a
		}
		if s.punct(k, ",") {
			if s.has(k+1, fRelative) || (s.is(k+1, "a") || s.is(k+1, "an")) && s.mainClauseAfterComma(k+1, b) {
				continue // "Though the race moves to New York, a state she hoped to carry, ...": an appositive or relative clause inside it
			}
			if s.mainClause(k + 1) {
				return k + 1
			}
			return a
		}
	}
	return a
}

// mainClauseAfterComma reports whether a comma in content tokens (k, b)
// has a main clause after it: then the noun phrase at k ("a state she
// hoped to carry,") is an appositive the comma closes, not the subject of
// what was said ("a large crowd turned out").
func (s *sentence) mainClauseAfterComma(k, b int) bool {
	for c := k + 1; c+1 < b; c++ {
		if s.punct(c, ",") {
			return s.mainClause(c + 1)
		}
	}
	return false
}
