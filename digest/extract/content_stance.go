package extract

// presentStance are verbs of belief or wish in the present's third
// person: a stance held now.
var presentStance = wordSet(`believes thinks hopes feels fears expects worries wants doubts`)

// stanceNow reports whether the conjunction at i, inside reported clause
// tokens [p, i), opens the speaker's present stance rather than more of
// what was said: a verb of belief or wish in the present third person
// with no subject of its own ("and expects it to pass", "but hopes it
// will fail") after a clause whose verb is in the past ("the deal was
// bad"). A reported clause takes the past of its saying; a present verb
// set beside it is the writer's report of the speaker now, and it has
// the speaker's subject ("Lee warned the deal was bad and expects it to
// pass": Lee expects).
func (s *sentence) stanceNow(p, i int) bool {
	v := s.skipAdverb(i + 1)
	if v >= len(s.toks) || s.toks[v].k != kWord || s.toks[v].cap || !presentStance[lowerASCII(s.word(v))] {
		return false
	}
	for k := p; k < i; k++ {
		if s.toks[k].k != kWord || s.toks[k].cap {
			continue
		}
		switch w := lowerASCII(s.word(k)); w {
		case "was", "were", "had", "would", "could", "might":
			return true
		default:
			if presentStance[w] || w == "is" || w == "are" || w == "has" || w == "will" {
				return false // the clause is in the present: the verb may be its subject's
			}
		}
	}
	return false
}
