// The base form "tell" is a verb of speech with its audience ("will tell
// reporters that", "did tell CNN that", "tell pollsters they ..."); with
// none it tells things apart ("time will tell if", "hard to tell whether",
// "I can tell that he was tired") and reports no one's words.

package extract

// tellsNoOne reports whether the cue at j is the base form "tell" with no
// audience after it.
func (s *sentence) tellsNoOne(j int) bool {
	if !s.is(j, "tell") || s.has(j+1, fObject) {
		return false
	}
	_, ok := s.tellObject(j + 1)
	return !ok || s.is(j+1, "that") || s.has(j+1, fQuestion)
}
