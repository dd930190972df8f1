package extract

// offParticle reports whether the verb of speech at j takes "off" as its
// particle, which makes another verb: "has written off efforts by the
// rebels", "could write off the costs" (dismiss, deduct), as "called off
// the strike" cancels; no one says anything. "Said off the record" and
// "told reporters off camera" keep "off" with its noun (offPlace): where
// the words were said, not the verb's particle.
func (s *sentence) offParticle(j int) bool {
	return s.is(j+1, "off") && !s.punct(j+2, "-") && !s.offPlace(j+1)
}

// offPlace reports whether "off" at i opens a phrase of where or how
// words were said, "off the record", "off camera", "off script", which
// may stand between a cue and its "that" (forms.go thatAfterAside) as
// "in an interview" does.
func (s *sentence) offPlace(i int) bool {
	if !s.is(i, "off") {
		return false
	}
	if s.punct(i+1, "-") {
		i++ // "off-camera"
	}
	return s.is(i+1, "the") && s.is(i+2, "record") || s.is(i+1, "camera") || s.is(i+1, "mic") || s.is(i+1, "script") || s.is(i+1, "air")
}
