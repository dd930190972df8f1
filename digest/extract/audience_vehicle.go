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
			if s.dateVehicle(v) {
				return k
			}
			if s.toks[v].k != kWord || s.toks[v].cap && !s.has(v, fDet) {
				break // "in New York": a place, not a vehicle
			}
		}
	}
	return e
}
