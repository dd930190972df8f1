package extract

// offParticle reports whether the verb of speech at j takes "off" as its
// particle, which makes another verb: "has written off efforts by the
// rebels", "could write off the costs" (dismiss, deduct), as "called off
// the strike" cancels; no one says anything. "Said off the record" and
// "told reporters off camera" keep "off" with its noun: where the words
// were said, not the verb's particle.
func (s *sentence) offParticle(j int) bool {
	if !s.is(j+1, "off") || s.punct(j+2, "-") {
		return false
	}
	switch {
	case s.is(j+2, "the") && s.is(j+3, "record"), s.is(j+2, "camera"), s.is(j+2, "mic"), s.is(j+2, "script"), s.is(j+2, "air"):
		return false
	}
	return true
}
