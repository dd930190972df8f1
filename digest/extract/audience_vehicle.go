// The one told, without the saying's vehicle after it: "told The Times in
// an interview published Sunday that ...", "told reporters in a briefing
// on Monday that ...", "told CNN during an interview that ...". The
// vehicle says how and when the telling was done (its date dates the
// saying, date_event.go); the audience is "The Times", "reporters", "CNN".
// A line that writes "to The Times in an interview published" reads as
// no sentence.

package extract

// audienceVehicle returns where the audience in tokens [p, e) ends: before
// "in" or "during" and a noun for a saying or a text (dateVehicle), its
// article and up to two words between ("in a radio interview"), else e.
func (s *sentence) audienceVehicle(p, e int) int {
	for k := p + 1; k < e; k++ {
		if !s.is(k, "in") && !s.is(k, "during") {
			continue
		}
		for v := k + 1; v < e && v <= k+4; v++ {
			if s.dateVehicle(v) && s.vehicleHead(v) {
				return k
			}
			if s.toks[v].k != kWord || s.toks[v].cap && !s.has(v, fDet) {
				break // "in New York": a place, not a vehicle
			}
		}
	}
	return e
}

// vehicleHead reports whether the vehicle's noun at v heads its phrase:
// nothing after it but a preposition, a participle of issue or a date
// ("in an interview with", "in a message released Sunday", "in a video
// on Monday"), not a noun it describes ("in a debate class", "in an email
// chain": a group or a place).
func (s *sentence) vehicleHead(v int) bool {
	n := v + 1
	if n >= len(s.toks) || s.toks[n].k != kWord || s.toks[n].cap || s.has(n, fPrep) || s.is(n, "that") {
		return true
	}
	return issuedWords[lowerASCII(s.word(n))] || s.dateStarts(n)
}
