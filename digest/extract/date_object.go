// The date of a saying whose verb takes an object first: "accused the
// council on Sunday of hiding the figures", "urged workers on Saturday to
// reject the offer", "asked residents on Monday to stay home", "called the
// plan “a failure” on Thursday". The content of such a cue opens with its
// object, and a date phrase right after the object, before the complement
// ("of", "to", "as", "for", "whether"), can only be the verb's: an object
// of a noun phrase alone holds no verb of its own to take it. A call's
// complement is a name ("called the plan “a failure”", "described the
// ruling as “a disaster”"), so a date closing it is the call's too, with or without the saying's vehicle ("in remarks
// Thursday"). A date after an infinitive or a gerund ("urged residents to
// stay home on Saturday", "accused the council of hiding the figures on
// Sunday") may be that verb's, so it is left to no one.

package extract

// objectComplement lists the words that open an object cue's complement
// after its object: "accused X of", "urged X to", "described X as",
// "criticized X for", "asked X whether".
var objectComplement = map[string]bool{"of": true, "to": true, "as": true, "for": true, "whether": true, "if": true, "that": true}

// objectDate returns the date phrase inside r's own content that dates the
// saying (see the file's comment): after the cue's object and before its
// complement, or closing a call's name. ok is false when there is none.
func (s *sentence) objectDate(r *raw) (w when, ok bool) {
	if r.direct || r.tb > len(s.toks) || r.ta < 0 {
		return when{}, false
	}
	c := s.tokenAt(r.cue[0])
	if c < 0 || s.toks[c].k != kWord || s.toks[c].cap || s.has(c, fPart) {
		return when{}, false
	}
	call := s.has(c, fCall) && s.toks[c].e == r.cue[1] // a call naming ("called the plan “a failure”"), not "called for"
	a := r.ta
	for a < r.tb && s.toks[a].s < r.cue[1] {
		a++ // the cue's own words opening the content: "urged workers ..."
	}
	naming := call && a == c+1 // not "called for a vote on Thursday": the thing called for may have its own day
	vehicle := false
	tb := len(s.toks) // the words after the content too: a call's date may close the sentence after the name the rules took
	if a >= tb || s.toks[a].k != kWord || s.is(a, "that") || s.has(a, fPronoun|fQuestion|fPrep|fAux) {
		return when{}, false // a clause or a phrase, not an object
	}
	for j := a + 1; j < tb && j <= a+8; j++ {
		l, dw := s.dateAt(j)
		if l == 0 {
			switch {
			case !call && s.is(j, "as") && j > a:
				call, naming = true, true // "described the ruling as “a disaster” on Friday": a name given, as a call gives one
			case call && s.toks[j].k == kQuote:
				continue // the name a call gives: "called the plan “a failure”"
			case call && (s.is(j, "in") || s.is(j, "during")) && s.vehicleClosing(j+1, tb):
				vehicle = true // "in remarks Thursday", "called for calm in a statement on Thursday": the saying's vehicle and its date
				continue
			case s.toks[j].k != kWord || s.has(j, fPrep|fSub|fCue|fWeakCue) || s.is(j, "and") || s.is(j, "but"):
				return when{}, false // an object with a phrase or a clause of its own
			}
			continue
		}
		e := j + l
		if s.objectHasVerb(a, j) || !call && s.otherEvent(j, s.span(j, e), r.cue) {
			// (a call's name is often a quotation, which otherEvent takes
			// for another's words between the cue and the date)
			return when{}, false
		}
		if e < tb && s.toks[e].k == kWord && objectComplement[lowerASCII(s.word(e))] && !s.toks[e].cap ||
			(naming || vehicle) && (e >= tb || s.isEnd(e)) {
			return dw, true
		}
		return when{}, false
	}
	return when{}, false
}

// vehicleClosing reports whether tokens from i are the vehicle of a saying
// ("remarks", "a statement", "his speech") with nothing after it but a
// date phrase closing the content at tb.
func (s *sentence) vehicleClosing(i, tb int) bool {
	if s.has(i, fDet) {
		i++
	}
	if !s.dateVehicle(i) {
		return false
	}
	l, _ := s.dateAt(i + 1)
	return l > 0 && (i+1+l >= tb || s.isEnd(i+1+l))
}

// objectHasVerb reports whether tokens [a, e), an object, hold a finite verb
// of their own; a bare plural opening them ("urged workers") is none.
func (s *sentence) objectHasVerb(a, e int) bool {
	if a < e && isPlural(s.word(a)) && !s.toks[a].cap && !finiteAux(lowerASCII(s.word(a))) {
		a++
	}
	return s.hasVerb(a, e)
}
