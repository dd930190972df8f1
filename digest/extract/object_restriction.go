package extract

// restrictionNouns name a measure that bears on something: what it bears
// on follows with "on" as part of the noun phrase ("a freeze on fuel
// duty", "sanctions on Russia", "a cap on rents").
var restrictionNouns = wordSet(`freeze ban bans tax taxes tariff tariffs cap caps limit limits curb curbs restriction restrictions sanction sanctions moratorium crackdown levy levies embargo duty duties surcharge ceiling controls`)

// restrictionOn reports whether "on" at i goes on with a noun of
// restriction before it (restrictionNouns): the object "a freeze on fuel
// duty" is one noun phrase, where "on" elsewhere closes an object with
// the circumstance of the saying ("denied the report on Twitter"). A date
// after "on" is read before this (objectCut).
func (s *sentence) restrictionOn(i int) bool {
	if i < 1 || s.toks[i-1].k != kWord || s.toks[i-1].cap || !restrictionNouns[lowerASCII(s.word(i-1))] {
		return false
	}
	return i+1 < len(s.toks) && s.toks[i+1].k == kWord
}
