// A speaker phrase that is only an auxiliary verb: "Does the candidate
// have the stamina, or does that person get tired and say the wrong
// thing?" read back to "Does", "I shouldn't say anything myself" to
// "shouldn't". A verb is no one; the phrase that should speak was lost,
// and a line naming "Does" tells a reader nothing.

package extract

import "bytes"

// auxOnly reports whether speaker phrase m is one auxiliary verb and
// nothing else: "does", "did", "is", "has", "should", "having" (of a
// participle clause cue_having.go does not read: "Having said all that,
// Lee voted"), or one with "not" run into it ("shouldn't"). "Will", "May", "Can" and "Must" are left:
// written with a capital they are names as often. It runs for every
// statement, so it lowers the phrase into a buffer on the stack.
func (s *sentence) auxOnly(m mention) bool {
	if m.span[1] <= m.span[0] || m.span[1]-m.span[0] > 12 {
		return false
	}
	var buf [32]byte
	w := lowerInto(&buf, s.t[m.span[0]:m.span[1]])
	if bytes.IndexByte(w, ' ') >= 0 {
		return false
	}
	switch string(w) {
	case "do", "does", "did", "is", "are", "was", "were", "has", "have", "had", "having", "should", "would", "could":
		return true
	}
	return bytes.HasSuffix(w, []byte("n't")) || bytes.HasSuffix(w, []byte("n’t"))
}
