package digest

// cueDayWords are the words of a day that a cue may hold between its verb
// and its particle ("called Wednesday for", "called on Friday for"): the
// line writes the day before the sentence already, so the verb it writes
// leaves them out ("called for"), and never in lower case ("friday").
var cueDayWords = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "yesterday": true, "today": true, "tonight": true,
}

// dropCueDay returns the lower-case words of a cue without a day they
// hold after the verb, with the "on" before it: "called on friday for" ->
// "called for". The verb itself is kept whatever it is.
func dropCueDay(f []string) []string {
	out := f[:1:1]
	for i := 1; i < len(f); i++ {
		if cueDayWords[f[i]] {
			if n := len(out); n > 1 && out[n-1] == "on" {
				out = out[:n-1]
			}
			continue
		}
		out = append(out, f[i])
	}
	return out
}
